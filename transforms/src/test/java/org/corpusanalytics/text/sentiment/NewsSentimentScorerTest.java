package org.corpusanalytics.text.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NewsSentimentScorerTest {

  private final NewsSentimentScorer news = new NewsSentimentScorer();
  private final VaderSentimentScorer vader = new VaderSentimentScorer();

  @Test
  void marksCapitalisedLexiconWordsInsideSentencesOnly() {
    assertEquals("Hope is here. The Justice\u2060 Department and hope.",
        NewsSentimentScorer.markNames("Hope is here. The Justice Department and hope."));
  }

  @Test
  void leavesRuleWordsAndShortTextsAlone() {
    assertEquals("It is No good and Kind of bad.",
        NewsSentimentScorer.markNames("It is No good and Kind of bad."));
    String tweet = "Met the Justice today, great talk!";
    assertEquals(vader.score(tweet).compound() != 0, news.score(tweet).compound() != 0);
  }

  @Test
  void newsLexiconScoresEditorialVocabulary() {
    // "economic" and "too" are not VADER words; editorials use "party", "justice" and
    // "security" mostly as neutral institutions, so their valence is lowered.
    String added = "Officials release economic figures too often.";
    assertEquals(0.0, vader.score(added).compound(), 0.0);
    assertTrue(news.score(added).compound() < -0.05);
    String shifted = "The party promised justice and security.";
    assertTrue(news.score(shifted).compound() < vader.score(shifted).compound());
  }

  @Test
  void nullIsNeutral() {
    assertSame(SentimentScores.NEUTRAL, news.score(null));
  }
}
