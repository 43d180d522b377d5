package org.corpusanalytics.text.sentiment;

/**
 * Sentiment of one text in VADER's shape: a normalised {@code compound} score in [-1, 1] plus the
 * proportions of positive, neutral and negative lexical mass ({@code pos + neu + neg ≈ 1}, or all
 * zero when nothing was scored).
 */
public record SentimentScores(double compound, double pos, double neu, double neg) {

  /** Returned for text without any token, so callers never see null. */
  public static final SentimentScores NEUTRAL = new SentimentScores(0.0, 0.0, 0.0, 0.0);

  /** VADER's customary 3-class reading of {@code compound} (thresholds ±0.05). */
  public int polarity() {
    if (compound >= 0.05) {
      return 1;
    }
    return compound <= -0.05 ? -1 : 0;
  }
}
