package org.corpusanalytics.text.sentiment;

/** Which sentiment scorer a pipeline uses. */
public enum SentimentMode {
  /** VADER 3.3.2 as published: the reference for social-media text. */
  VADER,
  /** VADER with a news-domain lexicon and name handling: better on news and editorial prose. */
  NEWS;

  public SentimentScorer newScorer() {
    return this == VADER ? new VaderSentimentScorer() : new NewsSentimentScorer();
  }
}
