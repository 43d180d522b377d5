package org.corpusanalytics.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.corpusanalytics.pipeline.output.RunSummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Languages through the whole job, read back with DuckDB: each article's language is the input's or
 * the identified one, English analyses (sentiment, entities, English stop words) leave no output
 * for articles in other languages, and the summary counts articles by language.
 */
class LanguageRoutingJobTest {
  @TempDir static Path work;
  private static Path output;
  private static RunSummary summary;

  /** Articles written for this test, each naming people and places the English CRF would tag. */
  private static final List<Map<String, String>> RECORDS = List.of(
      Map.of("id", "en1", "text", "Chancellor Angela Merkel met President Emmanuel Macron in Berlin on Monday. "
          + "The two leaders agreed on a wonderful new plan for the economy. Critics in Paris called it a terrible "
          + "mistake that would hurt workers."),
      Map.of("id", "de1", "text", "Bundeskanzlerin Angela Merkel hat am Montag in Berlin den französischen "
          + "Präsidenten Emmanuel Macron getroffen. Die beiden Politiker einigten sich auf einen neuen Plan für die "
          + "Wirtschaft. Kritiker in Paris nannten den Plan einen schweren Fehler, der den Arbeitern schaden werde."),
      Map.of("id", "fr1", "text", "Le président Emmanuel Macron a rencontré la chancelière Angela Merkel à Berlin "
          + "lundi. Les deux dirigeants se sont mis d'accord sur un nouveau plan pour l'économie. Des critiques à "
          + "Paris ont dénoncé une grave erreur qui nuirait aux travailleurs."),
      Map.of("id", "es1", "text", "El presidente Emmanuel Macron se reunió el lunes en Berlín con la canciller "
          + "Angela Merkel. Los dos líderes acordaron un nuevo plan para la economía. Los críticos en París lo "
          + "calificaron como un grave error que perjudicaría a los trabajadores."),
      Map.of("id", "zh1", "text", "法国总统马克龙星期一在柏林会见了德国总理默克尔。两位领导人就新的经济计划达成一致。"
          + "巴黎的批评者称这是一个严重的错误，将损害工人的利益。"),
      Map.of("id", "given-de", "language", "de", "text", "The council said on Tuesday that the new bridge over the "
          + "river would open in the spring, after two years of delays and rising costs for the city."),
      Map.of("id", "given-pt", "language", "pt-BR", "text", "O governo anunciou nesta terça-feira um novo programa "
          + "de investimentos em infraestrutura para as regiões mais pobres do país."));

  @BeforeAll
  static void runJob() throws IOException {
    Path input = work.resolve("in");
    Files.createDirectories(input);
    ObjectMapper json = new ObjectMapper();
    StringBuilder lines = new StringBuilder();
    for (Map<String, String> record : RECORDS) {
      lines.append(json.writeValueAsString(record)).append('\n');
    }
    Files.writeString(input.resolve("mixed.jsonl"), lines, StandardCharsets.UTF_8);
    output = work.resolve("out");
    summary = JobRuns.run(input.toString(), output);
  }

  private static List<Map<String, Object>> rows(String sql) throws SQLException {
    for (String table : CorpusJob.TABLES.keySet()) {
      sql = sql.replace("{" + table + "}", JobRuns.table(output, table));
    }
    return JobRuns.query(sql);
  }

  @Test
  void everyArticleHasItsLanguageAndWhereItCameFrom() throws SQLException {
    Map<String, String> languages = rows("SELECT doc_id, language || '/' || language_source AS l FROM {articles}")
        .stream().collect(Collectors.toMap(row -> (String) row.get("doc_id"), row -> (String) row.get("l")));
    assertEquals(Map.of("en1", "en/detected", "de1", "de/detected", "fr1", "fr/detected", "es1", "es/detected",
        "zh1", "zh/detected", "given-de", "de/input", "given-pt", "pt/input"), languages);
  }

  @Test
  void noEnglishAnalysisOutputExistsForOtherLanguages() throws SQLException {
    String notEnglish = "('de1', 'fr1', 'es1', 'zh1', 'given-de', 'given-pt')";
    assertEquals(List.of(), rows("SELECT doc_id FROM {entity_mentions} WHERE doc_id IN " + notEnglish));
    assertEquals(List.of(), rows("SELECT doc_id FROM {articles} WHERE doc_id IN " + notEnglish
        + " AND (sentiment_compound IS NOT NULL OR tone IS NOT NULL)"));
    assertEquals(List.of(), rows("SELECT doc_id FROM {sentences} WHERE doc_id IN " + notEnglish
        + " AND sentiment_compound IS NOT NULL"));
    // The English article keeps every English analysis.
    assertTrue(rows("SELECT 1 FROM {entity_mentions} WHERE doc_id = 'en1'").size() >= 3);
    assertEquals(1, rows("SELECT 1 FROM {articles} WHERE doc_id = 'en1' AND sentiment_compound IS NOT NULL").size());
  }

  @Test
  void otherLanguagesGetSentencesTokensAndTheirOwnStopWords() throws SQLException {
    Map<String, Object> german = rows("SELECT sentence_count, token_count FROM {articles} WHERE doc_id = 'de1'").get(0);
    assertEquals(3, ((Number) german.get("sentence_count")).intValue());
    // Counted by hand: 14 + 12 + 14 words.
    assertEquals(40, ((Number) german.get("token_count")).intValue());
    List<Object> germanTerms = rows("SELECT term FROM {terms} WHERE doc_id = 'de1'").stream()
        .map(row -> row.get("term")).toList();
    assertTrue(germanTerms.containsAll(List.of("bundeskanzlerin", "wirtschaft", "plan", "fehler")), germanTerms::toString);
    for (String stopWord : List.of("die", "den", "der", "in", "am", "hat", "auf")) {
      assertTrue(!germanTerms.contains(stopWord), stopWord + " is a German stop word");
    }
    assertEquals(3, ((Number) rows("SELECT sentence_count FROM {articles} WHERE doc_id = 'zh1'").get(0)
        .get("sentence_count")).intValue());
  }

  @Test
  void summaryCountsArticlesByLanguageAndDisagreements() throws IOException {
    Map<?, ?> written = new ObjectMapper().readValue(output.resolve("_SUMMARY.json").toFile(), Map.class);
    assertEquals(Map.of("en", 1, "de", 2, "fr", 1, "es", 1, "zh", 1, "pt", 1), written.get("articles_by_language"));
    assertEquals(Map.of("input", 2, "detected", 5, "undetermined", 0), written.get("language_source"));
    // "given-de" is English text labelled German.
    assertEquals(1, written.get("language_disagreements"));
    assertEquals(7L, summary.articlesWritten());
  }
}
