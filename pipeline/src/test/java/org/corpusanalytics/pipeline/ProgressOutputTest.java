package org.corpusanalytics.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job's main, in its own JVM as a person runs it: progress lines while it runs, stages at the end. */
class ProgressOutputTest {
  @TempDir Path work;

  @Test
  void longRunShowsProgressAndEndsWithPerStageCounts() throws Exception {
    Path log = work.resolve("run.log");
    Path output = work.resolve("out");
    Process job = JobRuns.start("2g", log, "--input=../seeds/", "--output=" + output, "--parallelism=2",
        "--progressSeconds=1", "--report=false");
    assertTrue(job.waitFor(5, TimeUnit.MINUTES), "the job finishes");
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    assertEquals(0, job.exitValue(), String.join("\n", lines));

    // The model loads take seconds, so a run of one article still lasts several intervals.
    List<String> progress = lines.stream().filter(line -> line.matches("\\[\\s*\\d+ s\\] files .*")).toList();
    assertTrue(!progress.isEmpty(), "progress lines in:\n" + String.join("\n", lines));
    assertTrue(progress.get(0).matches("\\[\\s*\\d+ s\\] files \\d+ of \\d+ read \\| articles: cleaned \\d+, "
        + "tokenized \\d+, scored \\d+, NER \\d+ \\| rows out: articles \\d+, mentions \\d+, pairs \\d+ \\| "
        + "rejects \\d+"), progress.get(0));
    assertTrue(lines.stream().anyMatch(line -> line.matches("articles through NER\\s+1\\s+\\d+\\.\\d\\s+\\d+\\.\\d")),
        "stage table in:\n" + String.join("\n", lines));

    JsonNode stages = new ObjectMapper().readTree(output.resolve("_SUMMARY.json").toFile()).get("stages");
    assertEquals(7 + CorpusJob.TABLES.size(), stages.size());
    for (JsonNode stage : stages) {
      long expected = switch (stage.get("counter").asText()) {
        case "filesMatched", "filesRead", "recordsRead", "articlesCleaned", "articlesTokenized", "articlesScored",
            "articlesRecognized", "rows_articles" -> 1;
        default -> stage.get("count").asLong();
      };
      assertEquals(expected, stage.get("count").asLong(), stage.toString());
      assertEquals(expected > 0, stage.get("first_seconds").isNumber(), stage.toString());
    }
  }
}
