package org.corpusanalytics.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.corpusanalytics.pipeline.options.CorpusJobOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Acceptance of the entity tables: the whole job on the seed article, read back with DuckDB. */
class EntitiesJobTest {
  @TempDir static Path work;
  private static Path output;

  @BeforeAll
  static void runJob() {
    output = work.resolve("out");
    JobRuns.run("../seeds/", output);
  }

  private static List<Map<String, Object>> rows(String sql) throws SQLException {
    return JobRuns.query(sql.replace("{entity_mentions}", JobRuns.table(output, "entity_mentions"))
        .replace("{entities}", JobRuns.table(output, "entities"))
        .replace("{cooccurrence}", JobRuns.table(output, "cooccurrence"))
        .replace("{articles}", JobRuns.table(output, "articles")));
  }

  @Test
  void tablesHaveTheDocumentedColumns() throws SQLException {
    assertEquals(List.of("doc_id VARCHAR", "sentence_index INTEGER", "text VARCHAR", "entity VARCHAR",
        "entity_type VARCHAR", "char_start INTEGER", "char_end INTEGER", "sentiment DOUBLE"),
        JobRuns.columns(output, "entity_mentions"));
    assertEquals(List.of("entity VARCHAR", "entity_type VARCHAR", "mention_count BIGINT", "doc_count BIGINT",
        "mean_sentiment DOUBLE"), JobRuns.columns(output, "entities"));
    assertEquals(List.of("entity_a VARCHAR", "type_a VARCHAR", "entity_b VARCHAR", "type_b VARCHAR",
        "scope VARCHAR", "pair_count BIGINT", "doc_count BIGINT", "pmi DOUBLE", "npmi DOUBLE",
        "mean_sentiment DOUBLE", "first_seen TIMESTAMP WITH TIME ZONE", "last_seen TIMESTAMP WITH TIME ZONE",
        "period VARCHAR"), JobRuns.columns(output, "cooccurrence"));
  }

  @Test
  void seedArticleHasExactlyItsEntities() throws SQLException {
    Map<String, Set<String>> byType = rows("SELECT entity, entity_type FROM {entities}").stream()
        .collect(Collectors.groupingBy(row -> (String) row.get("entity_type"), TreeMap::new,
            Collectors.mapping(row -> (String) row.get("entity"), Collectors.toCollection(TreeSet::new))));
    String all = "entities: " + byType;
    assertEquals(Set.of("Donald Trump", "Nicolás Maduro", "Marco Rubio"), byType.get("PERSON"), all);
    // the White House is a LOCATION, as CoNLL-2003 annotates it (14 of its 15 mentions in train and dev)
    assertEquals(Set.of("United States", "Venezuela", "Caribbean", "Europe", "White House"), byType.get("LOCATION"),
        all);
    assertEquals(Set.of("New York Times", "State Department", "Cartel de los Soles"), byType.get("ORGANIZATION"), all);
    // "Latin American conflicts" and "Democratic lawmakers" are adjective phrases, not entities
    assertEquals(Set.of("LOCATION", "ORGANIZATION", "PERSON"), byType.keySet(), all);
    for (String absent : List.of("Elon Musk", "Thanksgiving", "Trump", "Maduro", "Rubio", "US", "U.S.", "NYT")) {
      assertTrue(byType.values().stream().noneMatch(names -> names.contains(absent)), absent + " is an entity: " + all);
    }
  }

  @Test
  void demonymsCountTowardTheirCountryAndNoAdjectivePhraseIsAnEntity() throws SQLException {
    List<Map<String, Object>> venezuelan =
        rows("SELECT DISTINCT entity, entity_type FROM {entity_mentions} WHERE text = 'Venezuelan'");
    assertEquals(List.of(Map.of("entity", "Venezuela", "entity_type", "LOCATION")), venezuelan);
    assertEquals(0L, ((Number) rows("SELECT count(*) AS n FROM {entities} WHERE entity LIKE '%authoritarian%'"
        + " OR regexp_matches(entity, ' [a-z]+$')").get(0).get("n")).longValue());
  }

  @Test
  void demonymsKeepLeavesThemAsMisc() throws SQLException {
    Path kept = work.resolve("kept");
    CorpusJobOptions options = JobRuns.options("../seeds/", kept);
    options.setDemonyms("keep");
    CorpusJob.run(options);
    List<Map<String, Object>> venezuelan = JobRuns.query("SELECT DISTINCT entity, entity_type FROM "
        + JobRuns.table(kept, "entity_mentions") + " WHERE text = 'Venezuelan'");
    assertEquals(List.of(Map.of("entity", "Venezuelan", "entity_type", "MISC")), venezuelan);
  }

  @Test
  void anUnknownDemonymsValueFailsNamingTheChoices() {
    CorpusJobOptions options = JobRuns.options("../seeds/", work.resolve("never"));
    options.setDemonyms("countries");
    JobFailure failure = assertThrows(JobFailure.class, () -> CorpusJob.run(options));
    assertEquals(JobFailure.USAGE, failure.exitCode());
    assertEquals("--demonyms must be country or keep, got: countries", failure.getMessage());
  }

  @Test
  void mentionOffsetsIndexIntoTheCleanedText() throws SQLException {
    assertEquals(0L, ((Number) rows("SELECT count(*) AS n FROM {entity_mentions} m JOIN {articles} a USING (doc_id)"
        + " WHERE substr(a.text, m.char_start + 1, m.char_end - m.char_start) <> m.text").get(0).get("n")).longValue());
    assertEquals(Set.of("Donald Trump"), rows("SELECT DISTINCT entity FROM {entity_mentions} WHERE text = 'Trump'")
        .stream().map(row -> row.get("entity")).collect(Collectors.toSet()));
    assertEquals(Set.of("Nicolás Maduro"), rows("SELECT DISTINCT entity FROM {entity_mentions} WHERE text = 'Maduro'")
        .stream().map(row -> row.get("entity")).collect(Collectors.toSet()));
  }

  @Test
  void entitySentimentIsTheMeanOfItsMentions() throws SQLException {
    assertEquals(0L, ((Number) rows("SELECT count(*) AS n FROM {entity_mentions}"
        + " WHERE sentiment IS NULL OR sentiment NOT BETWEEN -1 AND 1").get(0).get("n")).longValue());
    List<Map<String, Object>> mismatched = rows("SELECT e.entity, e.mean_sentiment, m.mean FROM {entities} e JOIN"
        + " (SELECT entity, avg(sentiment) AS mean FROM {entity_mentions} GROUP BY entity) m USING (entity)"
        + " WHERE abs(e.mean_sentiment - m.mean) > 1e-9");
    assertEquals(List.of(), mismatched);
    assertEquals(0L, ((Number) rows("SELECT count(*) AS n FROM {cooccurrence}"
        + " WHERE mean_sentiment IS NULL OR mean_sentiment NOT BETWEEN -1 AND 1").get(0).get("n")).longValue());
  }

  @Test
  void pairsExistAtBothScopes() throws SQLException {
    List<Map<String, Object>> trumpMaduro = rows("SELECT scope FROM {cooccurrence}"
        + " WHERE entity_a = 'Donald Trump' AND entity_b = 'Nicolás Maduro' ORDER BY scope");
    assertEquals(List.of("article", "sentence"), trumpMaduro.stream().map(row -> row.get("scope")).toList());
    long maduroUs = ((Number) rows("SELECT pair_count FROM {cooccurrence} WHERE scope = 'sentence'"
        + " AND entity_a = 'Nicolás Maduro' AND entity_b = 'United States'").get(0).get("pair_count")).longValue();
    assertTrue(maduroUs >= 2, "Nicolás Maduro - United States in " + maduroUs + " sentences");
    assertEquals(0L, ((Number) rows("SELECT count(*) AS n FROM {cooccurrence} WHERE entity_a >= entity_b"
        + " OR npmi NOT BETWEEN -1 AND 1 OR pair_count < 1").get(0).get("n")).longValue());
  }
}
