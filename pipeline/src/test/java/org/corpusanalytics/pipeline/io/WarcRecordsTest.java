package org.corpusanalytics.pipeline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.Warcinfo;
import org.netpreserve.jwarc.WarcWriter;

class WarcRecordsTest {
  static final Path HUNGARIAN = Path.of("../../shared/data/warc/news-hu");
  static final Path UKWA = Path.of("../../shared/data/warc/ukwa-test-suite");
  private static final String PAGE = "<html><head><title>Bridge opens</title></head><body><article>"
      + "<h1>Bridge opens</h1><p>The new bridge over the river opened on Tuesday after two years of work, the "
      + "city council said.</p><p>Residents crossed it on foot in the morning and cars followed at noon, "
      + "while the mayor cut a ribbon in front of the crowd. Officials said the crossing would halve the time "
      + "it takes to reach the hospital on the other bank.</p></article></body></html>";
  private static final Instant CRAWLED = Instant.parse("2024-05-06T07:08:09Z");

  /** What one read gave: records in order and skipped records by type. */
  record Read(List<ParsedRecord> records, Map<String, Integer> skipped) {}

  static Read read(InputStream in, String path) {
    List<ParsedRecord> records = new ArrayList<>();
    Map<String, Integer> skipped = new TreeMap<>();
    new WarcRecords(new WholeFileParser(), 1 << 24).read(in, path, records::add,
        type -> skipped.merge(type, 1, Integer::sum));
    return new Read(records, skipped);
  }

  static HttpResponse htmlResponse(byte[] body, String contentType, String... headers) {
    HttpResponse.Builder http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(contentType), body);
    for (int i = 0; i < headers.length; i += 2) {
      http.addHeader(headers[i], headers[i + 1]);
    }
    return http.build();
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  /** HTTP/1.1 chunked transfer coding, in chunks of 100 bytes. */
  private static byte[] chunked(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < bytes.length; i += 100) {
      int n = Math.min(100, bytes.length - i);
      out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(bytes, i, n);
      out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  /** A small archive of every record type, written with jwarc, uncompressed. */
  static byte[] mixedArchive() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter writer = new WarcWriter(out)) {
      writer.write(new Warcinfo.Builder().fields(Map.of("software", List.of("test"))).build());
      writer.write(new WarcRequest.Builder("https://news.example/bridge").date(CRAWLED)
          .body(new HttpRequest.Builder("GET", "/bridge").build()).build());
      writer.write(new WarcResponse.Builder("https://news.example/bridge").date(CRAWLED)
          .body(htmlResponse(PAGE.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8")).build());
      // Latin-2 text with the charset only in the page's meta tag.
      String hungarian = PAGE.replace("<head>", "<head><meta charset=\"iso-8859-2\">")
          .replace("Bridge opens", "Átadták a hidat: őszi ünnepség");
      writer.write(new WarcResponse.Builder("https://news.example/hid").date(CRAWLED)
          .body(htmlResponse(hungarian.getBytes(Charset.forName("ISO-8859-2")), "text/html")).build());
      // Gzip content coding inside chunked transfer coding.
      writer.write(new WarcResponse.Builder("https://news.example/gzip").date(CRAWLED)
          .body(htmlResponse(chunked(gzip(PAGE.getBytes(StandardCharsets.UTF_8))), "text/html; charset=utf-8",
              "Transfer-Encoding", "chunked", "Content-Encoding", "gzip")).build());
      writer.write(new WarcResponse.Builder("https://news.example/robots.txt").date(CRAWLED)
          .body(htmlResponse("User-agent: *".getBytes(StandardCharsets.US_ASCII), "text/plain")).build());
      writer.write(new WarcResponse.Builder("https://news.example/logo.png").date(CRAWLED)
          .body(htmlResponse(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "image/png")).build());
      writer.write(new WarcMetadata.Builder().targetURI("https://news.example/bridge")
          .body(MediaType.parse("application/warc-fields"), "outlinks: none".getBytes(StandardCharsets.US_ASCII))
          .build());
      writer.write(new WarcRevisit.Builder("https://news.example/bridge").date(CRAWLED).build());
    }
    return out.toByteArray();
  }

  @Test
  void eachHtmlResponseIsOneArticleAndTheRestIsCountedByType() throws IOException {
    Read read = read(new ByteArrayInputStream(mixedArchive()), "/in/mixed.warc");
    assertEquals(List.of("https://news.example/bridge", "https://news.example/hid", "https://news.example/gzip"),
        read.records().stream().map(r -> r.article().getSource()).toList());
    assertEquals(Map.of("warcinfo", 1, "request", 1, "metadata", 1, "revisit", 1, "response_not_html", 2),
        read.skipped());
    for (ParsedRecord record : read.records()) {
      assertEquals(org.joda.time.Instant.parse("2024-05-06T07:08:09Z"), record.article().getCrawledAt());
      assertTrue(record.article().getText().contains("The new bridge over the river opened on Tuesday"),
          record.article().getText());
    }
    assertEquals("Átadták a hidat: őszi ünnepség", read.records().get(1).article().getTitle());
  }

  @Test
  void aDamagedRecordIsAnUnreadableRejectNamingItsOffsetAndEarlierRecordsStay() throws IOException {
    byte[] archive = mixedArchive();
    String text = new String(archive, StandardCharsets.ISO_8859_1);
    // Cut the archive in the middle of the third response record (the gzip page).
    int gzipRecord = text.lastIndexOf("WARC/1.", text.indexOf("https://news.example/gzip"));
    int cut = text.indexOf("Content-Encoding: gzip") + 40;
    Read read = read(new ByteArrayInputStream(Arrays.copyOf(archive, cut)), "/in/cut.warc");
    assertEquals(3, read.records().size());
    assertNotNull(read.records().get(1).article());
    ParsedRecord last = read.records().get(2);
    assertNull(last.article());
    assertEquals(RejectReason.UNREADABLE, last.reject().getReason());
    assertTrue(last.reject().getDetail().contains("offset " + gzipRecord), last.reject().getDetail());
  }

  @Test
  void hungarianCapturesGiveOneRecordPerResponseWithItsUrl() throws IOException {
    Path file = HUNGARIAN.resolve("next_page_of_article.warc.gz");
    Assumptions.assumeTrue(Files.isRegularFile(file), file.toAbsolutePath().normalize() + " absent");
    Read read;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      read = read(in, file.toString());
    }
    assertEquals(Map.of("warcinfo", 1, "request", 25), read.skipped());
    assertEquals(25, read.records().size());
    for (ParsedRecord record : read.records()) {
      assertNotNull(record.article(), () -> String.valueOf(record.reject()));
      assertTrue(record.article().getSource().matches("https?://[a-z0-9.]*\\.hu/.+"), record.article().getSource());
      assertTrue(!record.article().getText().isBlank(), record.article().getSource());
    }
  }

  @Test
  void ukwaEdgeCasesEndEveryResponseInOneRecord() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(UKWA), UKWA.toAbsolutePath().normalize() + " absent");
    try (var files = Files.list(UKWA)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".warc.gz")).sorted().toList()) {
        Read read;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
          read = read(in, file.toString());
        }
        int total = read.records().size() + read.skipped().values().stream().mapToInt(Integer::intValue).sum();
        System.out.println(file.getFileName() + ": " + read.records().size() + " records, skipped " + read.skipped());
        assertTrue(total > 0, file.toString());
      }
    }
  }
}
