package org.corpusanalytics.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.corpusanalytics.pipeline.io.ReadArticlesFixtures;
import org.corpusanalytics.pipeline.options.CorpusJobOptions;
import org.corpusanalytics.pipeline.output.RunSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the job fails: exit codes, messages, and the previous output left intact. */
class JobFailuresTest {
  private static final String SEEDS = "../seeds/";
  @TempDir Path work;

  @Test
  void countsThatDoNotReconcileFailWithExitCodeThree() {
    RunSummary lost = RunSummary.of(Map.of("recordsRead", 5L, "rows_articles", 3L, "rows_rejects", 1L));

    JobFailure failure = assertThrows(JobFailure.class, () -> lost.requireReconciled("/tmp/.out.staging-1"));

    assertEquals(JobFailure.COUNTS_DO_NOT_RECONCILE, failure.exitCode());
    assertEquals("records read (5) != articles written (3) + rejected (1); output left unpublished at "
        + "/tmp/.out.staging-1", failure.getMessage());
    RunSummary.of(Map.of("recordsRead", 5L, "rows_articles", 4L, "rows_rejects", 1L)).requireReconciled("x");
  }

  @Test
  void outputThatCannotBeCreatedFailsBeforeAnyWork() throws IOException {
    Path file = Files.writeString(work.resolve("a-file"), "not a directory");

    JobFailure failure = assertThrows(JobFailure.class, () -> JobRuns.run(SEEDS, file.resolve("out")));

    assertEquals(JobFailure.USAGE, failure.exitCode());
    assertTrue(failure.getMessage().startsWith("Output directory " + file + " is not writable"), failure.getMessage());
    try (Stream<Path> left = Files.list(work)) {
      assertEquals(List.of("a-file"), left.map(path -> path.getFileName().toString()).toList());
    }
  }

  @Test
  void tooManyRejectsFailAfterWritingThemBesideTheUntouchedOutput() throws Exception {
    Path output = work.resolve("out");
    JobRuns.run(SEEDS, output);
    Map<String, byte[]> before = snapshot(output);
    CorpusJobOptions options = JobRuns.options(ReadArticlesFixtures.mixedCorpus(work.resolve("corpus")).toString(), output);
    options.setMaxRejectFraction(0.25);

    JobFailure failure = assertThrows(JobFailure.class, () -> CorpusJob.run(options));

    assertEquals(JobFailure.TOO_MANY_REJECTS, failure.exitCode());
    Path staged = onlyStagingDirectory();
    assertEquals("5 of 11 records rejected, more than --maxRejectFraction=0.25 allows {empty_after_cleaning=1, "
        + "empty_file=1, malformed_json=1, no_article_text=1, not_text=1}; tables and rejects left unpublished at "
        + staged + " for inspection", failure.getMessage());
    assertEquals(ReadArticlesFixtures.MIXED_REJECTS, JobRuns.count(staged, "rejects"));
    assertEquals(ReadArticlesFixtures.MIXED_ARTICLES, JobRuns.count(staged, "articles"));
    assertSameFiles(before, snapshot(output));
  }

  @Test
  void aRunKilledHalfWayLeavesThePreviousOutputIntact() throws Exception {
    Path output = work.resolve("out");
    JobRuns.run(SEEDS, output);
    Map<String, byte[]> before = snapshot(output);
    Path corpus = ReadArticlesFixtures.mixedCorpus(work.resolve("corpus"));

    Process job = JobRuns.start("1g", work.resolve("job.log"), "--input=" + corpus, "--output=" + output,
        "--parallelism=3");
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (stagingDirectories().isEmpty() && job.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertTrue(job.isAlive(), "the job ended before it could be killed: " + Files.readString(work.resolve("job.log")));
    Thread.sleep(500);
    job.destroyForcibly();

    assertTrue(job.waitFor(1, TimeUnit.MINUTES));
    assertNotEquals(0, job.exitValue());
    assertSameFiles(before, snapshot(output));
  }

  @Test
  void twoRunsOverTheSameInputGiveTheSameTables() throws Exception {
    Path corpus = ReadArticlesFixtures.mixedCorpus(work.resolve("corpus"));
    // The seed article gives the entity and co-occurrence tables rows to compare.
    java.nio.file.Files.copy(Path.of("../seeds/000_937bba91dd371ac9.txt"), corpus.resolve("seed.txt"));
    Path first = work.resolve("first");
    Path second = work.resolve("second");

    JobRuns.run(corpus.toString(), first);
    CorpusJobOptions options = JobRuns.options(corpus.toString(), second);
    options.setParallelism(5);
    CorpusJob.run(options);

    for (String table : CorpusJob.TABLES.keySet()) {
      String rows = "SELECT * FROM %s ORDER BY ALL";
      List<Map<String, Object>> expected = JobRuns.query(String.format(rows, JobRuns.table(first, table)));
      assertEquals(expected, JobRuns.query(String.format(rows, JobRuns.table(second, table))), table);
      assertTrue(!expected.isEmpty(), table);
    }
    JsonNode one = new ObjectMapper().readTree(first.resolve("_SUMMARY.json").toFile());
    JsonNode two = new ObjectMapper().readTree(second.resolve("_SUMMARY.json").toFile());
    for (String count : List.of("records_read", "articles_written", "rejected", "sentences", "tokens", "table_rows")) {
      assertEquals(one.get(count), two.get(count), count);
    }
  }

  private Path onlyStagingDirectory() throws IOException {
    List<Path> staged = stagingDirectories();
    assertEquals(1, staged.size(), staged.toString());
    return staged.get(0);
  }

  private List<Path> stagingDirectories() throws IOException {
    try (Stream<Path> siblings = Files.list(work)) {
      return siblings.filter(path -> path.getFileName().toString().startsWith(".out.staging-")).toList();
    }
  }

  /** Relative path -> bytes of every file below a directory. */
  private static Map<String, byte[]> snapshot(Path directory) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        files.put(directory.relativize(path).toString(), Files.readAllBytes(path));
      }
    }
    return files;
  }

  private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
    assertEquals(expected.keySet(), actual.keySet());
    expected.forEach((path, bytes) -> assertTrue(java.util.Arrays.equals(bytes, actual.get(path)), path));
  }
}
