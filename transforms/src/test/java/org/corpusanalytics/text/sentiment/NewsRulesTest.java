package org.corpusanalytics.text.sentiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The pieces of the news modes, against hand-worked values and VADER's own scores. */
class NewsRulesTest {

  private final VaderSentimentScorer vader = new VaderSentimentScorer();
  private final NewsRulesScorer rules = new NewsRulesScorer();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "quarterly profit rose 5%|1|0",
      "losses narrowed in the quarter|1|0",
      "losses widened in the quarter|0|1",
      "the carmaker will cut 500 jobs|0|1",
      "shares fell after the report|0|1",
      "results beat expectations but the outlook was lowered|1|1",
      "she rose to speak in the chamber|0|0",
      "''|0|0"})
  void economicMovements(String text, int good, int bad) {
    List<String> words = VaderText.of(text).lowerTokens;
    assertArrayEquals(new int[] {good, bad}, EconomicDirection.count(words), text);
  }

  @Test
  void namesAndNeutralWordsCarryNoValence() {
    // "Hope" and "Justice" inside a sentence of prose are names; "security" and "party" are
    // institutions. VADER scores the same sentence positive.
    String text = "Officials from the Justice Department met Hope Smith and the party and its security staff.";
    assertTrue(vader.score(text).compound() > 0.5);
    assertEquals(0.0, rules.score(text).compound(), 0.0);
    // A sentence-initial capital is not a name; "great" keeps VADER's 3.1, less the neutral band
    // 0.293: 2.807 / sqrt(2.807^2 + 15) = 0.5868.
    assertEquals(0.5868, rules.score("Great news for the town.").compound(), 1e-4);
  }

  @Test
  void titleCaseHeadlinesKeepTheirWords() {
    String headline = "Investors Cheer Strong Results As Shares Jump";
    // No name marking in title case; "strong" and "cheer" keep their valence, "shares" has none.
    assertTrue(rules.score(headline).compound() > 0.5);
  }

  @Test
  void movementsAddToVadersSum() {
    // "profit" keeps VADER's 1.9 and the movement adds 1.5, less the band: 3.107 / sqrt(3.107^2 +
    // 15) = 0.6258 (0.6257 from VADER's rounded compound of "profit").
    assertEquals(0.6258, rules.score("Quarterly profit rose").compound(), 2e-4);
    // "losses" -1.7 in VADER's lexicon, the movement -1.5: -2.907 / sqrt(2.907^2 + 15) = -0.6003.
    assertEquals(-0.6003, rules.score("losses widened").compound(), 2e-4);
  }

  @Test
  void aLoneWeakWordLeavesAReportNeutral() {
    // "want" 0.3: VADER 0.3 / sqrt(0.3^2 + 15) = 0.0772, positive; less the band 0.293, 0.007 gives
    // 0.0018, neutral.
    assertEquals(0.0772, vader.score("They want a vote.").compound(), 1e-4);
    assertEquals(0.0018, rules.score("They want a vote.").compound(), 1e-4);
  }

  @Test
  void quotedWordsCountHalf() {
    // "disaster" -3.1 halved inside the quotation, less the band: -1.257 / sqrt(1.257^2 + 15)
    // = -0.3087; unquoted, -2.807 gives -0.5868.
    assertEquals(-0.3087, rules.score("He said \"this is a disaster\" today.").compound(), 1e-4);
    assertEquals(-0.5868, rules.score("He said this is a disaster today.").compound(), 1e-4);
    // A quotation that the next sentence closes runs to the end; curly marks count too.
    assertArrayEquals(new boolean[] {false, true, true}, NewsFeatures.quoted(List.of("He:", "\"It", "was.")));
    assertArrayEquals(new boolean[] {true, true, false, false},
        NewsFeatures.quoted(List.of("\u201cWe", "won,\u201d", "she", "said.")));
    assertArrayEquals(new boolean[] {false, true, false}, NewsFeatures.quoted(List.of("a", "\"word\".", "b")));
  }

  @Test
  void articleScoreOfShortTextsIsWholeTextVader() {
    // VADER: "It is good." 0.4404 each; the whole two-sentence text sums 1.9 + 1.9 = 3.8:
    // 3.8 / sqrt(3.8^2 + 15) = 0.7003.
    double first = vader.score("It is good.").compound();
    double second = vader.score("It is good.").compound();
    assertEquals(0.7003, vader.score("It is good. It is good.").compound(), 0.0);
    assertEquals(0.7003, ArticleScore.compound(new double[] {first, second}), 2e-4);
    assertEquals(0.5, ArticleScore.compound(new double[] {0.5}), 1e-9);
  }

  @Test
  void articleScoreDoesNotSaturate() {
    // Six or sixty sentences of 0.5 read as three: 3 sqrt(5) / sqrt(45 + 15) = 0.8660.
    double[] six = {0.5, 0.5, 0.5, 0.5, 0.5, 0.5};
    double[] sixty = new double[60];
    java.util.Arrays.fill(sixty, 0.5);
    assertEquals(0.8660, ArticleScore.compound(six), 1e-4);
    assertEquals(0.8660, ArticleScore.compound(sixty), 1e-4);
    assertEquals(0.0, ArticleScore.compound(new double[0]), 0.0);
  }

  @Test
  void ordinalCompoundReadsTheModelsClass() {
    OrdinalModel model = new OrdinalModel(new double[] {0}, new double[] {1}, new double[] {1}, -1, 1);
    assertEquals(0.0, model.compound(0), 1e-12);
    assertEquals(0.05, model.compound(1), 1e-12);
    assertEquals(-0.05, model.compound(-1), 1e-12);
    // 0.05 + 0.95 tanh(1) = 0.05 + 0.95 * 0.761594 = 0.773515
    assertEquals(0.773515, model.compound(3), 1e-6);
    assertEquals(3.0, model.score(new double[] {3}), 0.0);
  }

  @Test
  void nullIsNeutral() {
    assertSame(SentimentScores.NEUTRAL, rules.score(null));
    assertSame(SentimentScores.NEUTRAL, new NewsModelScorer().score(null));
  }
}
