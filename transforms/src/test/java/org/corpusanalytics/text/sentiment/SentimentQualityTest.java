package org.corpusanalytics.text.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Quality floors on VADER's human-rated ground truth: Pearson r may not fall more than 0.01 below
 * the figures measured with {@link SentimentEvaluation}, and VADER mode must reproduce the figures
 * of Python vaderSentiment 3.3.2 ({@code scripts/vader-python-reference.sh --groundtruth}) to 4
 * decimals. Skipped when the shared data directory is absent beside the checkout.
 */
class SentimentQualityTest {

  private static final double SLACK = 0.01;

  /** Measured with Python vaderSentiment 3.3.2; VADER mode scores every sentence identically. */
  private static final Map<String, Double> VADER_R = Map.of(
      "nytEditorialSnippets", 0.5029, "tweets", 0.8722,
      "movieReviewSnippets", 0.4274, "amazonReviewSnippets", 0.5896);

  private static final Map<String, Double> NEWS_R = Map.of(
      "nytEditorialSnippets", 0.5994, "tweets", 0.8647,
      "movieReviewSnippets", 0.4452, "amazonReviewSnippets", 0.5944);

  private static final double VADER_NYT_HELD_OUT_R = 0.5257;
  private static final double NEWS_NYT_HELD_OUT_R = 0.5515;

  private static final Path DIR = SentimentEvaluation.DEFAULT_DIR;

  @BeforeEach
  void requireData() {
    Assumptions.assumeTrue(Files.isDirectory(DIR), DIR.toAbsolutePath().normalize() + " absent");
  }

  @Test
  void vaderModeKeepsItsCorrelation() {
    assertFloors(new VaderSentimentScorer(), VADER_R);
  }

  @Test
  void vaderModeReproducesPythonVader() {
    for (String set : SentimentEvaluation.SETS) {
      double r = SentimentEvaluation.correlation(
          SentimentEvaluation.load(DIR, set), new VaderSentimentScorer());
      assertEquals(VADER_R.get(set), r, 0.00005, set);
    }
  }

  @Test
  void newsModeKeepsItsCorrelation() {
    assertFloors(new NewsSentimentScorer(), NEWS_R);
  }

  @Test
  void newsModeBeatsVaderOnHeldOutNytAndKeepsTweets() {
    List<SentimentEvaluation.Item> heldOut = SentimentEvaluation.filter(
        SentimentEvaluation.load(DIR, "nytEditorialSnippets"),
        i -> !SentimentEvaluation.isNytTune(i.id()));
    double vader = SentimentEvaluation.correlation(heldOut, new VaderSentimentScorer());
    double news = SentimentEvaluation.correlation(heldOut, new NewsSentimentScorer());
    assertTrue(vader >= VADER_NYT_HELD_OUT_R - SLACK, "vader held-out r " + vader);
    assertTrue(news >= NEWS_NYT_HELD_OUT_R - SLACK, "news held-out r " + news);
    assertTrue(news > vader, "news " + news + " <= vader " + vader + " on held-out NYT");
    List<SentimentEvaluation.Item> tweets = SentimentEvaluation.load(DIR, "tweets");
    double vaderTweets = SentimentEvaluation.correlation(tweets, new VaderSentimentScorer());
    double newsTweets = SentimentEvaluation.correlation(tweets, new NewsSentimentScorer());
    assertTrue(newsTweets >= vaderTweets - 0.02,
        "news tweets r " + newsTweets + " more than 0.02 below vader's " + vaderTweets);
  }

  private static void assertFloors(SentimentScorer scorer, Map<String, Double> measured) {
    for (String set : SentimentEvaluation.SETS) {
      double r = SentimentEvaluation.correlation(SentimentEvaluation.load(DIR, set), scorer);
      double floor = measured.get(set) - SLACK;
      assertTrue(r >= floor, set + ": r=" + r + " < floor " + floor);
    }
  }
}
