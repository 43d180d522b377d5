package org.corpusanalytics.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.corpusanalytics.pipeline.io.ReadArticlesFixtures;
import org.corpusanalytics.pipeline.output.RunSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole job on files, read back with DuckDB. */
class CorpusJobTest {
  private static final String SEEDS = "../seeds/";
  @TempDir Path work;

  @Test
  void seedCorpusGivesDocumentedTables() throws Exception {
    Path output = work.resolve("out");
    RunSummary summary = JobRuns.run(SEEDS, output);

    assertEquals(List.of("doc_id VARCHAR", "source VARCHAR", "title VARCHAR",
        "published_at TIMESTAMP WITH TIME ZONE", "language VARCHAR", "text VARCHAR", "char_count INTEGER",
        "sentence_count INTEGER", "token_count INTEGER", "boilerplate_chars_removed INTEGER",
        "sentiment_compound DOUBLE", "sentiment_pos_share DOUBLE", "sentiment_neg_share DOUBLE", "tone DOUBLE",
        "positive_word_pct DOUBLE", "negative_word_pct DOUBLE", "language_source VARCHAR",
        "crawled_at TIMESTAMP WITH TIME ZONE", "duplicate_of VARCHAR", "duplicate_similarity DOUBLE"),
        JobRuns.columns(output, "articles"));
    assertEquals(List.of("doc_id VARCHAR", "sentence_index INTEGER", "text VARCHAR", "char_start INTEGER",
        "char_end INTEGER", "token_count INTEGER", "sentiment_compound DOUBLE", "sentiment_pos DOUBLE",
        "sentiment_neu DOUBLE", "sentiment_neg DOUBLE"), JobRuns.columns(output, "sentences"));
    assertEquals(List.of("doc_id VARCHAR", "term VARCHAR", "count BIGINT"), JobRuns.columns(output, "terms"));
    assertEquals(List.of("term VARCHAR", "term_count BIGINT", "doc_count BIGINT"),
        JobRuns.columns(output, "vocabulary"));
    assertEquals(List.of("source VARCHAR", "stage VARCHAR", "reason VARCHAR", "detail VARCHAR",
        "raw_snippet VARCHAR"), JobRuns.columns(output, "rejects"));

    Map<String, Object> article = JobRuns.query("SELECT * FROM " + JobRuns.table(output, "articles")).get(0);
    assertEquals("Trump Held Secret Call With Maduro To Discuss Possible U.S. Meeting: NYT Report", article.get("title"));
    String text = (String) article.get("text");
    assertEquals(6, text.split("\n\n").length);
    for (String gone : List.of("×", "Also Read", "Thanksgiving", "Elon Musk", "Hellhole", "Gallery", "WhatsApp",
        "\u00a0")) {
      assertFalse(text.contains(gone), gone);
    }
    assertEquals(15, article.get("sentence_count"));
    assertEquals(text.length(), article.get("char_count"));
    assertEquals(1L, JobRuns.count(output, "articles"));
    assertEquals(List.of("US leader", "US President", "The discussion,", "Multiple sources", "The potential",
        "The call", "This dual-track", "Amid the", "Critics, including", "The Venezuelan", "On Thursday,",
        "\"The land", "Such pronouncements", "Neither the", "As speculation"),
        JobRuns.query("SELECT split_part(text, ' ', 1) || ' ' || split_part(text, ' ', 2) AS opening FROM "
            + JobRuns.table(output, "sentences") + " ORDER BY sentence_index").stream()
            .map(row -> row.get("opening")).toList());
    assertEquals(0L, JobRuns.count(output, "rejects"));
    assertEquals(0L, ((Number) JobRuns.query("SELECT count(*) AS n FROM " + JobRuns.table(output, "sentences")
        + " s, " + JobRuns.table(output, "articles") + " a WHERE s.doc_id = a.doc_id AND "
        + "substr(a.text, s.char_start + 1, s.char_end - s.char_start) <> s.text").get(0).get("n")).longValue());
    assertEquals(JobRuns.query("SELECT sum(token_count) AS n FROM " + JobRuns.table(output, "sentences")).get(0).get("n"),
        JobRuns.query("SELECT sum(token_count) AS n FROM " + JobRuns.table(output, "articles")).get(0).get("n"));

    assertEquals(0L, ((Number) JobRuns.query("SELECT count(*) AS n FROM " + JobRuns.table(output, "sentences")
        + " WHERE sentiment_compound IS NULL OR sentiment_compound NOT BETWEEN -1 AND 1"
        + " OR abs(sentiment_pos + sentiment_neu + sentiment_neg - 1) > 0.002").get(0).get("n")).longValue());
    assertEquals(0L, ((Number) JobRuns.query("SELECT count(*) AS n FROM " + JobRuns.table(output, "articles")
        + " WHERE sentiment_compound NOT BETWEEN -1 AND 1 OR sentiment_pos_share NOT BETWEEN 0 AND 1"
        + " OR sentiment_neg_share NOT BETWEEN 0 AND 1 OR positive_word_pct NOT BETWEEN 0 AND 100"
        + " OR negative_word_pct NOT BETWEEN 0 AND 100 OR abs(tone - (positive_word_pct - negative_word_pct)) > 1e-9"
        ).get(0).get("n")).longValue());
    // The README's article score: sentence compounds back to valence sums, their sum scaled to three sentences,
    // normalised again.
    assertEquals(((Number) JobRuns.query("SELECT w / sqrt(w * w + 15) AS m FROM (SELECT v * least(1, 3.0 / n) AS w"
        + " FROM (SELECT sum(c * sqrt(15) / sqrt(1 - c * c)) AS v, count(*) AS n FROM (SELECT"
        + " greatest(-0.9999, least(0.9999, sentiment_compound)) AS c FROM " + JobRuns.table(output, "sentences")
        + ")))").get(0).get("m")).doubleValue(), ((Number) article.get("sentiment_compound")).doubleValue(), 1e-12);

    JsonNode written = new ObjectMapper().readTree(output.resolve("_SUMMARY.json").toFile());
    assertEquals(1, written.get("records_read").asLong());
    assertEquals(1, written.get("articles_written").asLong());
    assertEquals(15, written.get("sentences").asLong());
    assertEquals(0, written.get("control_chars_removed").asLong());
    assertEquals(0, written.get("articles_read_as_wrapped").asLong());
    assertEquals(0, written.get("files_skipped").size());
    assertEquals(((Number) JobRuns.query("SELECT sum(token_count) AS n FROM " + JobRuns.table(output, "articles"))
        .get(0).get("n")).longValue(), written.get("tokens").asLong());
    assertEquals(summary.recordsRead(), summary.articlesWritten() + summary.rejected());
  }

  @Test
  void mixedFormatCorpusReconcilesAndReplacesThePreviousOutputWhole() throws Exception {
    Path corpus = ReadArticlesFixtures.mixedCorpus(work.resolve("corpus"));
    Path output = work.resolve("out");

    JobRuns.run(corpus.toString(), output);

    JsonNode summary = new ObjectMapper().readTree(output.resolve("_SUMMARY.json").toFile());
    long articles = JobRuns.count(output, "articles");
    long rejects = JobRuns.count(output, "rejects");
    assertEquals(ReadArticlesFixtures.MIXED_ARTICLES, articles);
    assertEquals(ReadArticlesFixtures.MIXED_REJECTS, rejects);
    assertEquals(summary.get("records_read").asLong(), articles + rejects);
    assertEquals(summary.get("rejected_total").asLong(), rejects);
    assertEquals(List.of("empty_after_cleaning", "empty_file", "malformed_json", "no_article_text", "not_text"),
        JobRuns.query("SELECT DISTINCT reason FROM " + JobRuns.table(output, "rejects") + " ORDER BY reason")
            .stream().map(row -> row.get("reason")).toList());
    assertEquals(ReadArticlesFixtures.MIXED_ARTICLES, JobRuns.query("SELECT count(DISTINCT doc_id) AS n FROM "
        + JobRuns.table(output, "articles")).get(0).get("n") instanceof Number n ? n.longValue() : -1);

    JobRuns.run(SEEDS, output);

    assertEquals(1L, JobRuns.count(output, "articles"));
    assertEquals(0L, JobRuns.count(output, "rejects"));
    try (Stream<Path> siblings = Files.list(work)) {
      assertEquals(List.of("corpus", "out"), siblings.map(path -> path.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void failsBeforeAnyWorkOnBadOptions() throws IOException {
    Path foreign = Files.createDirectories(work.resolve("documents"));
    Files.writeString(foreign.resolve("notes.txt"), "keep me", StandardCharsets.UTF_8);

    JobFailure noMatch = assertThrows(JobFailure.class, () -> JobRuns.run(work + "/nothing-*.txt", work.resolve("o")));
    JobFailure notOurs = assertThrows(JobFailure.class, () -> JobRuns.run(SEEDS, foreign));

    assertEquals(JobFailure.USAGE, noMatch.exitCode());
    assertTrue(noMatch.getMessage().contains("nothing-*.txt"), noMatch.getMessage());
    assertEquals(JobFailure.USAGE, notOurs.exitCode());
    assertEquals("keep me", Files.readString(foreign.resolve("notes.txt")));
  }

  @Test
  void readmeQueriesRunAgainstTheOutput() throws IOException, SQLException {
    Path output = work.resolve("output");
    JobRuns.run(SEEDS, output);
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    List<String> queries = ReadmeSnippets.sqlBlocks(readme);

    assertEquals(5, queries.size());
    for (String query : queries) {
      List<Map<String, Object>> rows = JobRuns.query(query.replace("'output/", "'" + output + "/"));
      assertTrue(query.contains("rejects") || !rows.isEmpty(), "no rows from " + query);
    }
  }
}
