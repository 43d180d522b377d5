package org.corpusanalytics.text.sentiment;

/**
 * Scores the sentiment of a piece of text. Implementations must be thread-safe so that one instance
 * can be shared by all workers of a pipeline.
 */
public interface SentimentScorer {

  /** Scores {@code text}; null or blank text yields {@link SentimentScores#NEUTRAL}. */
  SentimentScores score(String text);

  /** Lexicon valence of one lower-case word (VADER scale, about -4..4), or null when it has none. */
  Double valence(String lowerCaseWord);
}
