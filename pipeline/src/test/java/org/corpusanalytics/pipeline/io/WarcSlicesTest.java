package org.corpusanalytics.pipeline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.corpusanalytics.model.Article;
import org.corpusanalytics.model.Reject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * A web archive cut into slices at record offsets gives exactly what reading it whole gives:
 * the same articles, the same rejects (with the same offsets) and the same skipped counts.
 */
class WarcSlicesTest {
  private static final int PAGES = 40;
  private static final Instant CRAWLED = Instant.parse("2024-05-06T07:08:09Z");

  @TempDir Path corpus;

  /** What a read gave: "source -> text" per article, "source: reason" per reject, skipped by type. */
  record Outcome(List<String> articles, List<String> rejects, Map<String, Long> skipped) {}

  /** PAGES request + response pairs, each page with its own words; every fifth response is no HTML. */
  private Path archive(String name, WarcCompression compression) throws IOException {
    Path file = corpus.resolve(name);
    try (FileChannel channel = FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE_NEW,
        java.nio.file.StandardOpenOption.WRITE); WarcWriter writer = new WarcWriter(channel, compression)) {
      for (int i = 0; i < PAGES; i++) {
        String url = "https://news.example/story-" + i;
        writer.write(new WarcRequest.Builder(url).date(CRAWLED)
            .body(new HttpRequest.Builder("GET", "/story-" + i).build()).build());
        byte[] body = i % 5 == 4 ? ("User-agent: " + i).getBytes(StandardCharsets.US_ASCII) : page(i);
        writer.write(new WarcResponse.Builder(url).date(CRAWLED)
            .body(WarcRecordsTest.htmlResponse(body, i % 5 == 4 ? "text/plain" : "text/html; charset=utf-8"))
            .build());
      }
    }
    return file;
  }

  private static byte[] page(int i) {
    return ("<html><head><title>Story number " + i + "</title></head><body><article><h1>Story number " + i
        + "</h1><p>The council met on day " + i + " and agreed the budget for the bridge after a long debate "
        + "that ran late into the evening.</p><p>Residents said the decision on day " + i + " came years too "
        + "late, while the mayor promised that work would start in the spring.</p></article></body></html>")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** The reference: the whole file read in one go, as stored. */
  private static Outcome readWhole(Path file) throws IOException {
    List<String> articles = new ArrayList<>();
    List<String> rejects = new ArrayList<>();
    Map<String, Long> skipped = new TreeMap<>();
    new WarcRecords(new WholeFileParser(), ReadLimits.DEFAULTS.maxFileBytes()).read(FileChannel.open(file),
        file.toString(), Long.MAX_VALUE, record -> {
          if (record.article() != null) {
            articles.add(record.article().getSource() + " -> " + record.article().getText());
          } else {
            rejects.add(record.reject().getSource() + ": " + record.reject().getReason());
          }
        }, type -> skipped.merge(type, 1L, Long::sum));
    return new Outcome(articles, rejects, skipped);
  }

  /** What the reader gives at this slice size, with the number of slices it read. */
  private Sliced readSliced(String pattern, long sliceBytes) throws IOException {
    Path out = Files.createTempDirectory(corpus, "out");
    Pipeline pipeline = ReadArticlesTest.directPipeline();
    PCollectionTuple read = pipeline.apply(ReadArticles.from(List.of(pattern)).withWarcSliceBytes(sliceBytes)
        .withParallelism(4));
    read.get(ReadArticles.ARTICLES)
        .apply("Articles", MapElements.into(TypeDescriptors.strings())
            .via((Article article) -> oneLine(article.getSource() + " -> " + article.getText())))
        .apply("WriteArticles", TextIO.write().to(out.resolve("articles").toString()));
    read.get(ReadArticles.REJECTS)
        .apply("Rejects", MapElements.into(TypeDescriptors.strings())
            .via((Reject reject) -> oneLine(reject.getSource() + ": " + reject.getReason())))
        .apply("WriteRejects", TextIO.write().to(out.resolve("rejects").toString()));
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    Map<String, Long> skipped = new TreeMap<>();
    long slices = 0;
    for (MetricResult<Long> counter : result.metrics().queryMetrics(MetricsFilter.builder().build()).getCounters()) {
      String name = counter.getName().getName();
      if (name.startsWith(ParseWarcSliceFn.WARC_SKIPPED_PREFIX)) {
        skipped.merge(name.substring(ParseWarcSliceFn.WARC_SKIPPED_PREFIX.length()), counter.getAttempted(), Long::sum);
      } else if (name.equals("warcSlices")) {
        slices += counter.getAttempted();
      }
    }
    return new Sliced(new Outcome(lines(out, "articles"), lines(out, "rejects"), skipped), slices);
  }

  /** A reader's outcome and how many slices it read. */
  record Sliced(Outcome outcome, long slices) {}

  private static String oneLine(String text) {
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
  }

  private static List<String> lines(Path directory, String prefix) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      List<String> lines = new ArrayList<>();
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList()) {
        lines.addAll(Files.readAllLines(file));
      }
      return lines.stream().sorted().toList();
    }
  }

  private static Outcome sorted(Outcome outcome) {
    return new Outcome(outcome.articles().stream().map(WarcSlicesTest::oneLine).sorted().toList(),
        outcome.rejects().stream().map(WarcSlicesTest::oneLine).sorted().toList(), outcome.skipped());
  }

  @Test
  void aGzipArchiveCutIntoSlicesGivesTheArticlesOfReadingItWhole() throws IOException {
    Path file = archive("many.warc.gz", WarcCompression.GZIP);
    Outcome whole = readWhole(file);
    // 40 responses, every fifth plain text: 32 pages, 8 not HTML, 40 requests.
    assertEquals(32, whole.articles().size());
    assertEquals(Map.of("request", 40L, WarcRecords.NOT_HTML, 8L), whole.skipped());
    assertTrue(whole.articles().get(31).startsWith("https://news.example/story-38 -> "), whole.articles().get(31));
    Sliced sliced = readSliced(file.toString(), Files.size(file) / 10);
    assertEquals(sorted(whole), sliced.outcome());
    assertTrue(sliced.slices() >= 8 && sliced.slices() <= 11, "slices: " + sliced.slices());
  }

  @Test
  void anUncompressedArchiveCutIntoSlicesGivesTheArticlesOfReadingItWhole() throws IOException {
    Path file = archive("many.warc", WarcCompression.NONE);
    Outcome whole = readWhole(file);
    assertEquals(32, whole.articles().size());
    Sliced sliced = readSliced(file.toString(), 1);
    assertEquals(sorted(whole), sliced.outcome());
    // Every record its own slice.
    assertEquals(2 * PAGES, sliced.slices());
  }

  @Test
  void aDamagedRecordInTheMiddleIsRejectedAtItsOffsetAndReadingGoesOnInBothWays() throws IOException {
    Path file = archive("damaged.warc", WarcCompression.NONE);
    byte[] bytes = Files.readAllBytes(file);
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    // The HTTP status line of story 10's response becomes garbage: that record alone is unreadable.
    int story10 = text.indexOf("HTTP/1.1 200", text.indexOf("GET /story-10 "));
    bytes[story10] = 'X';
    bytes[story10 + 1] = 'X';
    // The WARC headers of story 30's request are damaged: nothing from there on can be found again.
    int request30 = text.lastIndexOf("WARC/1.", text.indexOf("GET /story-30 "));
    bytes[request30] = 'X';
    Files.write(file, bytes);

    Outcome whole = readWhole(file);
    assertEquals(List.of("https://news.example/story-10: unreadable", file + "@" + request30 + ": unreadable"),
        whole.rejects());
    // Stories 0-29 less story 10 and the six not HTML (4, 9, 14, 19, 24, 29): 23 articles.
    assertEquals(23, whole.articles().size());
    Sliced sliced = readSliced(file.toString(), 2_000);
    assertEquals(sorted(whole), sliced.outcome());
    assertTrue(sliced.slices() > 10, "slices: " + sliced.slices());
  }

  @Test
  void sharedArchivesGiveTheSameRecordsSlicedAsWhole() throws IOException {
    Path shared = WarcRecordsTest.HUNGARIAN.getParent();
    Assumptions.assumeTrue(Files.isDirectory(shared), shared.toAbsolutePath().normalize() + " absent");
    String pattern = shared.toAbsolutePath().normalize() + "/**.warc.gz";
    Sliced whole = readSliced(pattern, ReadArticles.DEFAULT_WARC_SLICE_BYTES);
    Sliced sliced = readSliced(pattern, 20_000);
    assertEquals(whole.outcome(), sliced.outcome());
    // The Hungarian captures' 35 responses of 25 pages (10 recaptures) and the other responses are all here.
    assertTrue(whole.outcome().articles().size() >= 25, "articles: " + whole.outcome().articles().size());
    assertEquals(6, whole.slices());
    assertTrue(sliced.slices() > 2 * whole.slices(), "slices: " + sliced.slices());
  }
}
