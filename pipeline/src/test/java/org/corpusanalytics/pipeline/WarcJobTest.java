package org.corpusanalytics.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.corpusanalytics.pipeline.output.RunSummary;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared Hungarian news captures (real WARC 1.1, gzip per record) through the whole job, read
 * back with DuckDB: one article per captured article page, with its URL, crawl time and language.
 */
class WarcJobTest {
  private static final Path CAPTURES = Path.of("../../shared/data/warc/news-hu");
  /**
   * The two files of article pages hold 35 responses (25 and 10, as SOURCE.txt says) of 25 distinct
   * pages: ten pages were captured twice (counted with a script over the decompressed headers).
   */
  private static final int RESPONSES = 35;
  private static final int ARTICLE_PAGES = 25;

  @TempDir static Path work;
  private static Path output;
  private static RunSummary summary;

  @BeforeAll
  static void runJob() {
    Assumptions.assumeTrue(Files.isDirectory(CAPTURES), CAPTURES.toAbsolutePath().normalize() + " absent");
    output = work.resolve("out");
    summary = JobRuns.run(CAPTURES.toAbsolutePath().normalize() + "/next_page_of_article*.warc.gz", output);
  }

  private static List<Map<String, Object>> rows(String sql) throws SQLException {
    return JobRuns.query(sql.replace("{articles}", JobRuns.table(output, "articles")));
  }

  @Test
  void everyArticlePageIsOneHungarianArticleWithItsUrlAndCrawlTime() throws SQLException {
    assertEquals(RESPONSES, summary.recordsRead());
    assertEquals(ARTICLE_PAGES, summary.articlesWritten());
    assertEquals(Map.of("duplicate_id", (long) (RESPONSES - ARTICLE_PAGES)), summary.withPrefix("rejects_"));
    assertEquals(List.of(), rows("SELECT source, language, crawled_at FROM {articles}"
        + " WHERE NOT (language = 'hu' AND regexp_matches(source, '^https?://[a-z0-9.]+\\.hu/')"
        + " AND crawled_at IS NOT NULL AND sentiment_compound IS NULL)"));
    assertEquals(List.of(Map.of("n", (long) ARTICLE_PAGES)), rows("SELECT count(DISTINCT source) AS n FROM {articles}"));
  }

  @Test
  void summaryCountsTheSkippedRecordsByType() throws IOException {
    Map<?, ?> written = new ObjectMapper().readValue(output.resolve("_SUMMARY.json").toFile(), Map.class);
    assertEquals(RESPONSES, ((Map<?, ?>) written.get("warc_records_skipped")).get("request"));
    assertEquals(Map.of("hu", ARTICLE_PAGES), written.get("articles_by_language"));
  }
}
