package org.corpusanalytics.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.corpusanalytics.pipeline.options.CorpusJobOptions;
import org.corpusanalytics.pipeline.output.RunSummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --duplicates} on the whole job: the seed article, a syndicated copy of it (new headline,
 * re-wrapped lines, a credit line) and an unrelated article, read back with DuckDB.
 */
class DuplicatesJobTest {
  @TempDir static Path work;
  private static Path corpus;

  @BeforeAll
  static void writeCorpus() throws IOException {
    corpus = Files.createDirectories(work.resolve("corpus"));
    String seed = Files.readString(Path.of("../seeds/000_937bba91dd371ac9.txt"), StandardCharsets.UTF_8);
    String body = seed.substring(seed.indexOf("President Donald Trump"));
    Files.writeString(corpus.resolve("original.txt"), seed);
    Files.writeString(corpus.resolve("syndicated.txt"), "Trump mulls Venezuela options\n\n"
        + body.replace(". ", ".\n") + "\n\nReporting by a wire service; editing by the desk.");
    Files.writeString(corpus.resolve("unrelated.txt"), "Harvest news\n\nFarmers in the valley brought in a record "
        + "wheat harvest this autumn, helped by a wet spring and a dry, warm August.");
  }

  private static Path run(String duplicates) {
    Path output = work.resolve("out-" + duplicates);
    CorpusJobOptions options = JobRuns.options(corpus.toString(), output);
    options.setDuplicates(duplicates);
    RunSummary summary = CorpusJob.run(options);
    assertEquals(3, summary.articlesWritten(), "every article is written to articles");
    return output;
  }

  private static List<Map<String, Object>> rows(Path output, String sql) throws SQLException {
    for (String table : CorpusJob.TABLES.keySet()) {
      sql = sql.replace("{" + table + "}", JobRuns.table(output, table));
    }
    return JobRuns.query(sql);
  }

  private static long single(Path output, String sql) throws SQLException {
    return ((Number) rows(output, sql).get(0).values().iterator().next()).longValue();
  }

  private static String docId(Path output, String file) throws SQLException {
    return (String) rows(output, "SELECT doc_id FROM {articles} WHERE source LIKE '%" + file + "'").get(0).get("doc_id");
  }

  @Test
  void flagMarksTheCopyAndCountsTheGroupOnceInStatisticsOnly() throws Exception {
    Path output = run("flag");
    String original = docId(output, "original.txt");
    String copy = docId(output, "syndicated.txt");
    // Neither file has a date, so the smaller doc id represents the group.
    String representative = original.compareTo(copy) < 0 ? original : copy;
    String other = representative.equals(original) ? copy : original;
    Map<String, Object> copyRow = rows(output, "SELECT duplicate_of, duplicate_similarity FROM {articles} "
        + "WHERE doc_id = '" + other + "'").get(0);
    assertEquals(representative, copyRow.get("duplicate_of"));
    double similarity = (Double) copyRow.get("duplicate_similarity");
    assertTrue(similarity > 0.8 && similarity < 1, "credit line and headline differ: " + similarity);
    assertEquals(2, single(output, "SELECT count(*) FROM {articles} WHERE duplicate_of IS NULL"));
    // Per-article tables keep the copy; corpus statistics count the story once.
    assertEquals(3, single(output, "SELECT count(DISTINCT doc_id) FROM {terms}"));
    assertEquals(2, single(output, "SELECT count(DISTINCT doc_id) FROM {entity_mentions}"));
    assertEquals(1, single(output, "SELECT doc_count FROM {vocabulary} WHERE term = 'maduro'"));
    assertEquals(1, single(output, "SELECT doc_count FROM {entities} WHERE entity = 'Nicolás Maduro'"));
    assertEquals(1, single(output, "SELECT max(doc_count) FROM {cooccurrence}"));
    Map<String, Object> summary = new com.fasterxml.jackson.databind.ObjectMapper()
        .readValue(output.resolve("_SUMMARY.json").toFile(), Map.class);
    assertEquals(1, summary.get("duplicate_groups"));
    assertEquals(1, summary.get("duplicate_copies"));
    assertEquals("flag", ((Map<?, ?>) summary.get("options")).get("duplicates"));
  }

  @Test
  void dropWritesTheCopyToArticlesOnly() throws SQLException {
    Path output = run("drop");
    String copy = (String) rows(output, "SELECT doc_id FROM {articles} WHERE duplicate_of IS NOT NULL").get(0).get("doc_id");
    for (String table : List.of("terms", "sentences", "entity_mentions")) {
      assertEquals(0, single(output, "SELECT count(*) FROM {" + table + "} WHERE doc_id = '" + copy + "'"), table);
    }
    assertEquals(2, single(output, "SELECT count(DISTINCT doc_id) FROM {terms}"));
    assertEquals(1, single(output, "SELECT doc_count FROM {vocabulary} WHERE term = 'maduro'"));
  }

  @Test
  void offCountsEveryCopy() throws SQLException {
    Path output = run("off");
    assertEquals(0, single(output, "SELECT count(*) FROM {articles} WHERE duplicate_of IS NOT NULL "
        + "OR duplicate_similarity IS NOT NULL"));
    assertEquals(2, single(output, "SELECT doc_count FROM {vocabulary} WHERE term = 'maduro'"));
    assertEquals(2, single(output, "SELECT doc_count FROM {entities} WHERE entity = 'Nicolás Maduro'"));
  }

  @Test
  void anUnknownModeIsAUsageError() {
    CorpusJobOptions options = JobRuns.options(corpus.toString(), work.resolve("out-bad"));
    options.setDuplicates("merge");
    JobFailure failure = assertThrows(JobFailure.class, () -> CorpusJob.run(options));
    assertEquals(JobFailure.USAGE, failure.exitCode());
    assertTrue(failure.getMessage().contains("flag, drop or off"), failure.getMessage());
  }
}
