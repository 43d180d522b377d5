package org.corpusanalytics.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.corpusanalytics.pipeline.options.CorpusJobOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --maxFileBytes limits only files held in memory whole: a JSON Lines file many times larger is
 * streamed to its last line, while a text file over the limit is rejected as too_large.
 */
class StreamedJsonLinesJobTest {
  private static final int MAX_FILE_BYTES = 2048;
  private static final int RECORDS = 60;

  @TempDir Path work;

  @Test
  void aJsonLinesFileLargerThanMaxFileBytesIsReadToItsLastLine() throws Exception {
    Path corpus = Files.createDirectories(work.resolve("corpus"));
    StringBuilder feed = new StringBuilder();
    for (int i = 1; i <= RECORDS; i++) {
      feed.append("{\"title\":\"Harbour report ").append(i).append("\",\"text\":\"In report ").append(i)
          .append(" the harbour council met on Monday and set the rents for berth ").append(i)
          .append(", officials said.\"}\n");
    }
    Files.writeString(corpus.resolve("feed.jsonl"), feed, StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("long.txt"), "Long headline\n" + "The council met again today. ".repeat(100),
        StandardCharsets.UTF_8);
    assertTrue(Files.size(corpus.resolve("feed.jsonl")) > 3 * MAX_FILE_BYTES);
    assertTrue(Files.size(corpus.resolve("long.txt")) > MAX_FILE_BYTES);
    Path output = work.resolve("out");

    CorpusJobOptions options = PipelineOptionsFactory.fromArgs("--input=" + corpus, "--output=" + output,
        "--maxFileBytes=" + MAX_FILE_BYTES, "--parallelism=2", "--duplicates=off", "--report=false",
        "--graphExport=false", "--progressSeconds=0").as(CorpusJobOptions.class);
    options.setRunner(DirectRunner.class);
    CorpusJob.run(options);

    JsonNode summary = new ObjectMapper().readTree(output.resolve("_SUMMARY.json").toFile());
    assertEquals(RECORDS + 1, summary.get("records_read").asLong());
    assertEquals(RECORDS, summary.get("articles_written").asLong());
    assertEquals(1, summary.get("rejected").get("too_large").asLong());
    List<Map<String, Object>> lines = JobRuns.query("SELECT count(*) AS n, max(CAST(split_part(source, ':', -1) "
        + "AS INTEGER)) AS last FROM " + JobRuns.table(output, "articles") + " WHERE source LIKE '%feed.jsonl:%'");
    assertEquals(Map.of("n", (long) RECORDS, "last", RECORDS), Map.copyOf(lines.get(0)));
    assertEquals(List.of(Map.of("source", corpus.resolve("long.txt").toString(), "reason", "too_large")),
        JobRuns.query("SELECT source, reason FROM " + JobRuns.table(output, "rejects")));
  }
}
