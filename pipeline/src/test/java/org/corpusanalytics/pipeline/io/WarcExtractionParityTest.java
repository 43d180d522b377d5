package org.corpusanalytics.pipeline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.corpusanalytics.text.html.MainTextExtractor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The Zyte benchmark's pages written as one WARC (gzip per record, with jwarc) read back through
 * the WARC reader give exactly the text the extractor gives on the HTML files, page by page. The
 * extraction F1 over the WARC is therefore the HTML files' F1, and {@code ExtractionQualityTest}'s
 * floor holds both.
 */
class WarcExtractionParityTest {
  private static final Path ZYTE = Path.of("../../shared/data/extraction/zyte-benchmark");

  @TempDir Path work;

  @Test
  void warcOfTheZytePagesGivesTheHtmlFilesTexts() throws IOException {
    Assumptions.assumeTrue(Files.isRegularFile(ZYTE.resolve("ground-truth.json")),
        ZYTE.toAbsolutePath().normalize() + " absent");
    JsonNode truth = new ObjectMapper().readTree(ZYTE.resolve("ground-truth.json").toFile());
    Path warc = work.resolve("zyte.warc.gz");
    Map<String, String> expected = new java.util.LinkedHashMap<>();
    MainTextExtractor extractor = MainTextExtractor.create();
    try (WarcWriter writer = new WarcWriter(Files.newByteChannel(warc,
        java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> page = it.next();
        byte[] html = readHtml(ZYTE.resolve("html"), page.getKey());
        String url = page.getValue().get("url").asText();
        expected.put(url, extractor.extract(new String(html, StandardCharsets.UTF_8)).text());
        writer.write(new WarcResponse.Builder(url).date(Instant.parse("2020-01-01T00:00:00Z"))
            .body(WarcRecordsTest.htmlResponse(html, "text/html; charset=utf-8")).build());
      }
    }
    List<ParsedRecord> records;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(warc))) {
      records = WarcRecordsTest.read(in, warc.toString()).records();
    }
    assertEquals(181, expected.size());
    List<String> differing = new ArrayList<>();
    for (ParsedRecord record : records) {
      String source = record.article() != null ? record.article().getSource() : record.reject().getSource();
      String text = record.article() != null ? record.article().getText() : null;
      if (!java.util.Objects.equals(expected.get(source), text)) {
        differing.add(source);
      }
    }
    assertEquals(List.of(), differing);
    assertEquals(expected.size(), records.size());
  }

  /** Pages ship gzipped upstream but may have been unpacked; either form, as the extraction benchmark reads them. */
  private static byte[] readHtml(Path htmlDir, String id) throws IOException {
    Path plain = htmlDir.resolve(id + ".html");
    if (Files.exists(plain)) {
      return Files.readAllBytes(plain);
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(htmlDir.resolve(id + ".html.gz")))) {
      return in.readAllBytes();
    }
  }
}
