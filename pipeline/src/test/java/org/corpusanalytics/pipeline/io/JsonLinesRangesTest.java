package org.corpusanalytics.pipeline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.runners.spark.SparkPipelineOptions;
import org.apache.beam.runners.spark.SparkRunner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.Sum;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.corpusanalytics.model.Article;
import org.corpusanalytics.model.Reject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON Lines files read in byte ranges give exactly the records of the files read whole: the same
 * doc ids, sources, texts, reject reasons, details and raw snippets, over the edge cases of lines
 * and range boundaries, on the DirectRunner and on Spark.
 */
class JsonLinesRangesTest {
  /** Lines longer than this are too large, so that a too-long line can cross many small ranges. */
  private static final int MAX_LINE_BYTES = 100;

  @TempDir Path corpus;

  /** Articles the edge-case corpus yields (counted by hand, per file below). */
  private static final long ARTICLES = 3 + 2 + 2 + 2 + 2 + 2 + 1 + 1 + 1 + 1 + 1 + 40;
  /** Its rejects: the too-long line, the invalid UTF-8, three in malformed.jsonl and the number line. */
  private static final long REJECTS = 1 + 1 + 3 + 1;

  private void write(String name, byte[] bytes) throws IOException {
    Files.write(corpus.resolve(name), bytes);
  }

  private void write(String name, String text) throws IOException {
    write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  /** The edge cases, one file each. */
  private void writeCorpus() throws IOException {
    write("crlf.jsonl", "{\"text\":\"One.\"}\r\n{\"text\":\"Two.\"}\r\n\r\n{\"text\":\"Three.\"}\r\n");
    write("no-final-newline.jsonl", "{\"text\":\"First.\"}\n{\"text\":\"Last, unterminated.\"}");
    write("empty.jsonl", "");
    write("blank-lines.jsonl",
        "\n\n  \n{\"text\":\"After blanks.\"}\n\t\n\r\n\n{\"text\":\"Between blanks.\"}\n\n\n");
    write("long-line.jsonl", "{\"text\":\"Before.\"}\n{\"text\":\"" + "x".repeat(300) + "\"}\n{\"text\":\"After.\"}\n");
    ByteArrayOutputStream badUtf8 = new ByteArrayOutputStream();
    badUtf8.writeBytes("{\"text\":\"Caf\u00e9 \u2615 r\u00e9sum\u00e9 \uD83D\uDE00.\"}\n{\"text\":\""
        .getBytes(StandardCharsets.UTF_8));
    badUtf8.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28});
    badUtf8.writeBytes("\"}\n{\"text\":\"na\u00efve\"}\n".getBytes(StandardCharsets.UTF_8));
    write("bad-utf8.jsonl", badUtf8.toByteArray());
    write("malformed.jsonl", "{\"text\":\"Good.\"}\n{\"text\":\"unclosed\n[1,2]\n{\"title\":\"No text\"}\n"
        + "{\"text\":\"Good again.\",\"published_at\":\"2025-01-05\"}\n");
    String range = "{\"text\":\"Sixty-four bytes exactly, padded to fit the range...\"}\n";
    assertEquals(64, range.getBytes(StandardCharsets.UTF_8).length);
    write("exactly-one-range.jsonl", range);
    // One byte over: the second range holds a blank line, or a whole line of one byte.
    write("one-over-blank.jsonl", range + "\n");
    write("one-over-line.jsonl", range + "7");
    write("leading-newline.jsonl", "\n{\"text\":\"Second line.\"}\n");
    write("newlines.jsonl", "\n".repeat(150) + "{\"text\":\"Line 151.\"}\n");
    StringBuilder many = new StringBuilder();
    for (int i = 1; i <= 40; i++) {
      many.append(i % 7 == 0 ? "{\"id\":\"m" + i + "\",\"title\":\"T" + i + "\",\"text\":\"Article " + i + ".\"}\n"
          : "{\"text\":\"Article " + i + ".\"}\n");
    }
    write("many.jsonl", many.toString());
  }

  private PCollectionTuple read(Pipeline pipeline, String name, long rangeBytes) {
    return pipeline.apply(name, ReadArticles.from(List.of(corpus + "/*")).withParallelism(2)
        .withMaxLineBytes(MAX_LINE_BYTES).withRangeBytes(rangeBytes));
  }

  private static PCollection<String> described(PCollectionTuple read, String name) {
    PCollection<String> articles = read.get(ReadArticles.ARTICLES).apply(name + "Articles", MapElements
        .into(TypeDescriptors.strings()).via((Article a) -> String.join(" | ", a.getDocId(), a.getSource(),
            String.valueOf(a.getTitle()), a.getText(), String.valueOf(a.getPublishedAt()))));
    PCollection<String> rejects = read.get(ReadArticles.REJECTS).apply(name + "Rejects", MapElements
        .into(TypeDescriptors.strings()).via((Reject r) -> String.join(" | ", r.getSource(), r.getReason(),
            r.getDetail(), r.getRawSnippet())));
    return PCollectionList.of(articles).and(rejects).apply(name + "Records", Flatten.pCollections());
  }

  /** Records only in one of the two readings, with how many more times the whole reading has them. */
  private static PCollection<String> differences(PCollection<String> whole, PCollection<String> ranged, String name) {
    PCollection<KV<String, Integer>> plus = whole.apply(name + "Plus", MapElements
        .into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.integers())).via(r -> KV.of(r, 1)));
    PCollection<KV<String, Integer>> minus = ranged.apply(name + "Minus", MapElements
        .into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.integers())).via(r -> KV.of(r, -1)));
    return PCollectionList.of(plus).and(minus).apply(name + "Both", Flatten.pCollections())
        .apply(name + "Sum", Sum.integersPerKey())
        .apply(name + "Unequal", Filter.by(count -> count.getValue() != 0))
        .apply(name + "Describe", MapElements.into(TypeDescriptors.strings())
            .via(count -> count.getValue() + " x " + count.getKey()));
  }

  /** Asserts that ranges of each size give the records of the whole files, which are those counted by hand. */
  private void assertRangesGiveTheWholeFilesRecords(Pipeline pipeline, long... rangeSizes) {
    PCollectionTuple whole = read(pipeline, "Whole", Long.MAX_VALUE);
    PCollection<String> wholeRecords = described(whole, "Whole");
    for (long rangeBytes : rangeSizes) {
      String name = "Ranges" + rangeBytes;
      PAssert.that(name, differences(wholeRecords, described(read(pipeline, name, rangeBytes), name), name)).empty();
    }
    PAssert.thatSingleton(whole.get(ReadArticles.ARTICLES).apply("CountArticles", Count.globally()))
        .isEqualTo(ARTICLES);
    String dir = corpus + "/";
    PAssert.that(whole.get(ReadArticles.REJECTS).apply("Sources", MapElements.into(TypeDescriptors.strings())
            .via((Reject r) -> r.getSource().replace(dir, "") + " " + r.getReason())))
        .containsInAnyOrder("long-line.jsonl:2 too_large", "bad-utf8.jsonl:2 invalid_utf8",
            "malformed.jsonl:2 malformed_json", "malformed.jsonl:3 malformed_json", "malformed.jsonl:4 missing_text",
            "one-over-line.jsonl:2 malformed_json");
    PAssert.that(whole.get(ReadArticles.ARTICLES).apply("Numbered", MapElements.into(TypeDescriptors.strings())
            .via((Article a) -> a.getDocId() + " " + a.getSource().replace(dir, "")))
            .apply("NewlinesOnly", Filter.by(line -> line.contains("newlines.jsonl"))))
        .containsInAnyOrder(DocIds.of(dir + "newlines.jsonl", 151) + " newlines.jsonl:151");
  }

  @Test
  void onSparkRangesGiveTheRecordsOfTheWholeFile() throws IOException {
    writeCorpus();
    SparkPipelineOptions options = PipelineOptionsFactory.as(SparkPipelineOptions.class);
    options.setRunner(SparkRunner.class);
    options.setSparkMaster("local[2]");
    Pipeline pipeline = Pipeline.create(options);
    assertRangesGiveTheWholeFilesRecords(pipeline, 5);

    pipeline.run().waitUntilFinish();
  }

  @Test
  void rangesOfAnySizeGiveTheRecordsOfTheWholeFile() throws IOException {
    writeCorpus();
    Pipeline pipeline = ReadArticlesTest.directPipeline();
    assertRangesGiveTheWholeFilesRecords(pipeline, 1, 5, 64);

    PipelineResult result = pipeline.run();
    result.waitUntilFinish();

    // Every file of more than five bytes is read in ranges of one or five bytes; in 64, those over 64 bytes.
    assertEquals(ARTICLES + REJECTS, rangeRecordsRead(result, "Ranges1"));
    assertEquals(ARTICLES + REJECTS, rangeRecordsRead(result, "Ranges5"));
    assertEquals(ARTICLES + REJECTS - 3 - 2 - 2 - 1 - 1, rangeRecordsRead(result, "Ranges64"),
        "crlf (55 bytes), no-final-newline (48), blank-lines (64), leading-newline (25) and exactly-one-range are"
            + " read whole");
  }

  private static long rangeRecordsRead(PipelineResult result, String step) {
    long total = 0;
    for (MetricResult<Long> counter : result.metrics().queryMetrics(MetricsFilter.builder()
        .addNameFilter(MetricNameFilter.named(ReadJsonLinesRanges.ParseRangeFn.class, "recordsRead"))
        .addStep(step).build()).getCounters()) {
      total += counter.getAttempted();
    }
    return total;
  }

  @Test
  void aFileIsCutIntoRangesOfTheSizeAndLineStartsAreCountedPerRange() throws IOException {
    // Lines start at 0, 4, 5 and 9 (after the '\n' at 3, 4 and 8); the last byte is a '\n' that starts nothing.
    write("four.jsonl", "abc\n\nefg\nh\n");
    MatchResult.Metadata file = FileSystems.match(corpus.resolve("four.jsonl").toString()).metadata().get(0);

    List<FileRange> ranges = ReadJsonLinesRanges.ranges(file, 4);
    Map<Long, Long> startsByRange = new TreeMap<>();
    for (FileRange range : ranges) {
      startsByRange.put(range.start(), ReadJsonLinesRanges.CountLineStartsFn.countLineStarts(range));
    }

    assertEquals(List.of(FileRange.of(file, 0, 4), FileRange.of(file, 4, 8), FileRange.of(file, 8, 11)), ranges);
    assertEquals(Map.of(0L, 1L, 4L, 2L, 8L, 1L), startsByRange);
    assertEquals(true, ReadJsonLinesRanges.splits(file, InputFormat.AUTO, 10));
    assertEquals(false, ReadJsonLinesRanges.splits(file, InputFormat.AUTO, 11));
    assertEquals(false, ReadJsonLinesRanges.splits(file, InputFormat.TEXT, 4));
  }
}
