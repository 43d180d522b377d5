package org.corpusanalytics.text.sentiment;

/** Which sentiment scorer a pipeline uses. */
public enum SentimentMode {
  /** VADER 3.3.2 as published: the reference for social-media text. */
  VADER,
  /** VADER with the lexicon fitted to NYT editorial snippets: worse than VADER on other news. */
  NEWS,
  /**
   * VADER without valence on names, neutral-in-news words and economic measures, quoted words at
   * half weight, economic direction rules and a neutral band: better than VADER on news it was
   * never tuned on. The default.
   */
  NEWS_RULES,
  /** An ordinal model over NEWS_RULES' features, trained on news sets; see NewsModelScorer. */
  NEWS_MODEL;

  public SentimentScorer newScorer() {
    return switch (this) {
      case VADER -> new VaderSentimentScorer();
      case NEWS -> new NewsSentimentScorer();
      case NEWS_RULES -> new NewsRulesScorer();
      case NEWS_MODEL -> new NewsModelScorer();
    };
  }
}
