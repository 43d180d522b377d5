package org.corpusanalytics.pipeline.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The report ranks the same terms as notebooks/queries.sql: words of three or more letters. */
class RankedWordsTest {
  @ParameterizedTest
  @CsvSource({
      "film, true", "über, true", "naïve, true", "東京都, true",
      "mr, false", "m, false", "£5m, false", "2004, false", "bn, false", "co-op, false", "mp3, false"})
  void ranksWordsOfThreeOrMoreLetters(String term, boolean ranked) {
    assertEquals(ranked, CollectReportData.isRankedWord(term), term);
  }
}
