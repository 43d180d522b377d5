package org.corpusanalytics.pipeline.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.corpusanalytics.pipeline.CorpusJob;
import org.corpusanalytics.pipeline.DatedNewsCorpus;
import org.corpusanalytics.pipeline.JobRuns;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every query of notebooks/queries.sql runs against the job's output on a dated corpus with
 * entities, and returns rows (the corpus is made so that each has some); the main ones return
 * what the tables say when read another way.
 */
class NotebookQueriesTest {
  static final Path QUERIES = Path.of("../notebooks/queries.sql");
  @TempDir static Path work;
  private static Path output;
  private static Map<String, String> queries;

  @BeforeAll
  static void runJob() throws Exception {
    output = work.resolve("out");
    JobRuns.run(DatedNewsCorpus.write(work.resolve("corpus")).toString(), output);
    queries = QueryFile.parse(Files.readString(QUERIES, StandardCharsets.UTF_8));
  }

  private static List<Map<String, Object>> run(String name) throws SQLException {
    assertTrue(queries.containsKey(name), "queries.sql has no query " + name);
    return QueryFile.run(output, queries.get(name));
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }

  @Test
  void everyQueryRunsAndReturnsRows() throws SQLException {
    assertTrue(queries.size() >= 10, "queries: " + queries.keySet());
    for (Map.Entry<String, String> query : queries.entrySet()) {
      List<Map<String, Object>> rows;
      try {
        rows = QueryFile.run(output, query.getValue());
      } catch (SQLException e) {
        throw new AssertionError("query " + query.getKey() + " fails: " + e.getMessage(), e);
      }
      assertFalse(rows.isEmpty(), "query " + query.getKey() + " returns no rows");
    }
  }

  @Test
  void tableRowsCountsEveryTable() throws SQLException {
    Map<String, Long> counted = run("table_rows").stream()
        .collect(Collectors.toMap(row -> (String) row.get("table_name"), row -> number(row.get("row_count"))));
    assertEquals(CorpusJob.TABLES.keySet(), counted.keySet());
    for (String table : CorpusJob.TABLES.keySet()) {
      assertEquals(JobRuns.count(output, table), counted.get(table), table);
    }
    assertEquals(DatedNewsCorpus.ARTICLES, counted.get("articles"));
    assertEquals(List.of(Map.of("stage", "read", "reason", "malformed_json", "records", DatedNewsCorpus.REJECTS)),
        run("rejects_by_reason").stream().map(row -> Map.of("stage", row.get("stage"), "reason", row.get("reason"),
            "records", number(row.get("records")))).toList());
  }

  @Test
  void topEntitiesCountTheirMentions() throws SQLException {
    List<Map<String, Object>> top = run("top_entities_by_type");
    Map<String, Long> mentions = JobRuns.query("SELECT entity, count(*) AS n FROM "
        + JobRuns.table(output, "entity_mentions") + " GROUP BY entity").stream()
        .collect(Collectors.toMap(row -> (String) row.get("entity"), row -> number(row.get("n"))));
    Map<String, Long> articles = JobRuns.query("SELECT entity, count(DISTINCT doc_id) AS n FROM "
        + JobRuns.table(output, "entity_mentions") + " GROUP BY entity").stream()
        .collect(Collectors.toMap(row -> (String) row.get("entity"), row -> number(row.get("n"))));
    for (Map<String, Object> row : top) {
      assertEquals(mentions.get(row.get("entity")), number(row.get("mention_count")), row.toString());
      assertEquals(articles.get(row.get("entity")), number(row.get("doc_count")), row.toString());
    }
    Map<String, Object> venezuela = top.stream().filter(row -> row.get("entity").equals("Venezuela")).findFirst()
        .orElseThrow(() -> new AssertionError("Venezuela is not a top entity: " + top));
    assertEquals("LOCATION", venezuela.get("entity_type"));
    assertEquals(4L, number(venezuela.get("doc_count")));
  }

  @Test
  void topPairsAreTheStrongestRowsOfEachScope() throws SQLException {
    List<Map<String, Object>> pairs = run("top_pairs");
    for (String scope : List.of("sentence", "article")) {
      List<Long> counts = pairs.stream().filter(row -> row.get("scope").equals(scope))
          .map(row -> number(row.get("pair_count"))).toList();
      assertFalse(counts.isEmpty(), scope);
      long strongest = number(JobRuns.query("SELECT max(pair_count) AS n FROM " + JobRuns.table(output, "cooccurrence")
          + " WHERE scope = '" + scope + "'").get(0).get("n"));
      assertEquals(strongest, counts.get(0), scope);
      assertEquals(counts.stream().sorted(Comparator.reverseOrder()).toList(), counts, scope);
    }
    assertTrue(pairs.stream().allMatch(row -> Math.abs(((Number) row.get("npmi")).doubleValue()) <= 1), "npmi");
  }

  @Test
  void sentimentOverTimeCoversEveryDatedArticle() throws SQLException {
    List<Map<String, Object>> months = run("sentiment_by_month");
    assertEquals(DatedNewsCorpus.MONTHS, months.stream()
        .map(row -> row.get("month").toString().substring(0, 7)).toList());
    assertEquals(DatedNewsCorpus.DATED_ARTICLES, months.stream().mapToLong(row -> number(row.get("articles"))).sum());
    assertEquals(DatedNewsCorpus.DATED_ARTICLES, run("sentiment_by_day").stream()
        .mapToLong(row -> number(row.get("articles"))).sum());
    double january = ((Number) JobRuns.query("SELECT avg(sentiment_compound) AS m FROM "
        + JobRuns.table(output, "articles") + " WHERE doc_id IN ('n1', 'n2')").get(0).get("m")).doubleValue();
    assertEquals(january, ((Number) months.get(0).get("mean_sentiment")).doubleValue(), 1e-12);
  }

  @Test
  void sentimentHistogramCountsEverySentence() throws SQLException {
    long sentences = JobRuns.count(output, "sentences");
    List<Map<String, Object>> bins = run("sentiment_histogram");
    assertEquals(sentences, bins.stream().mapToLong(row -> number(row.get("sentences"))).sum());
    assertTrue(bins.size() >= 3, "sentiment spread over " + bins);
  }

  @Test
  void distinctiveTermsAreRankedByTfIdf() throws SQLException {
    // TF-IDF recomputed here from the raw terms rows: sum over articles of count / article terms,
    // times ln(articles / articles with the term); words of three or more letters are ranked.
    List<Map<String, Object>> rows = JobRuns.query("SELECT doc_id, term, count FROM " + JobRuns.table(output, "terms"));
    Map<String, Long> articleTerms = new HashMap<>();
    for (Map<String, Object> row : rows) {
      articleTerms.merge((String) row.get("doc_id"), number(row.get("count")), Long::sum);
    }
    Map<String, Double> tfidf = new HashMap<>();
    Map<String, Integer> docs = new HashMap<>();
    for (Map<String, Object> row : rows) {
      String term = (String) row.get("term");
      tfidf.merge(term, (double) number(row.get("count")) / articleTerms.get((String) row.get("doc_id")), Double::sum);
      docs.merge(term, 1, Integer::sum);
    }
    long articles = JobRuns.count(output, "articles");
    tfidf.replaceAll((term, tf) -> tf * Math.log((double) articles / docs.get(term)));
    tfidf.keySet().removeIf(term -> term.codePointCount(0, term.length()) < 3
        || !term.codePoints().allMatch(Character::isLetter));
    List<Map<String, Object>> ranked = run("distinctive_terms");
    double previous = Double.POSITIVE_INFINITY;
    for (Map<String, Object> row : ranked) {
      double score = ((Number) row.get("tfidf")).doubleValue();
      assertEquals(tfidf.get(row.get("term")), score, 1e-12, row.toString());
      assertTrue(score <= previous + 1e-12, "ranked by score: " + row);
      previous = score;
    }
    double lowestRanked = previous;
    Set<Object> rankedTerms = ranked.stream().map(row -> row.get("term")).collect(Collectors.toSet());
    tfidf.forEach((term, score) -> assertTrue(rankedTerms.contains(term) || score <= lowestRanked + 1e-12,
        term + " scores " + score + " yet is not ranked"));
    assertEquals(0.0, tfidf.get("said"), 0.0, "a term in every article");
    assertFalse(ranked.stream().anyMatch(row -> row.get("term").equals("said")));

    List<Map<String, Object>> perArticle = run("top_terms_per_article");
    assertEquals(articles, perArticle.stream().map(row -> row.get("doc_id")).distinct().count());
    assertTrue(perArticle.stream().collect(Collectors.groupingBy(row -> row.get("doc_id"), Collectors.counting()))
        .values().stream().allMatch(n -> n <= 5));
  }

  @Test
  void notebookIsNbformat4AndNamesOnlyDefinedQueries() throws Exception {
    Notebook notebook = Notebook.read(Path.of("../notebooks/explore.ipynb"));
    List<String> used = notebook.queryNames();
    assertFalse(used.isEmpty());
    for (String name : used) {
      assertTrue(queries.containsKey(name), "the notebook runs query " + name + ", which queries.sql lacks");
    }
    for (String name : List.of("top_entities_by_type", "top_pairs", "sentiment_by_month", "distinctive_terms")) {
      assertTrue(used.contains(name), "the notebook shows " + name);
    }
    for (String table : CorpusJob.TABLES.keySet()) {
      assertTrue(notebook.code().contains("\"" + table + "\""), "the notebook loads " + table);
    }
  }

  /**
   * The notebook is committed as PythonClientsTest leaves it executed (pipeline/target/explore.ipynb),
   * so a reader sees it rendered: every code cell run in order, each but the settings cell with its
   * output, no error, its five plots drawn.
   */
  @Test
  void notebookIsCommittedWithItsOutputs() throws Exception {
    JsonNode notebook = new ObjectMapper().readTree(Path.of("../notebooks/explore.ipynb").toFile());
    int executed = 0;
    int plots = 0;
    for (JsonNode cell : notebook.get("cells")) {
      if (cell.get("cell_type").asText().equals("code")) {
        assertEquals(++executed, cell.path("execution_count").asInt(-1), "cell " + cell.get("id") + " ran in order");
        assertTrue(executed == 1 || !cell.get("outputs").isEmpty(), "cell " + cell.get("id") + " has its output");
        for (JsonNode output : cell.get("outputs")) {
          assertFalse(output.get("output_type").asText().equals("error"), "cell " + cell.get("id") + ": " + output);
          plots += output.path("data").has("image/png") ? 1 : 0;
        }
      }
    }
    assertEquals(5, plots);
  }

  @Test
  void overviewSpansTheDatedArticles() throws SQLException {
    Map<String, Object> overview = run("corpus_overview").get(0);
    assertEquals(DatedNewsCorpus.ARTICLES, number(overview.get("articles")));
    assertEquals(DatedNewsCorpus.DATED_ARTICLES, number(overview.get("dated_articles")));
    assertEquals(Instant.parse("2025-01-06T09:00:00Z"), ((OffsetDateTime) overview.get("first_published")).toInstant());
    assertEquals(Instant.parse("2025-03-10T11:00:00Z"), ((OffsetDateTime) overview.get("last_published")).toInstant());
  }
}
