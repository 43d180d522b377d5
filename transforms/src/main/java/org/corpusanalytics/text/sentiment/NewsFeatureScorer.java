package org.corpusanalytics.text.sentiment;

/**
 * What the news scorers share: null text is neutral, any other text is read once by {@link
 * NewsFeatures} and scored from that {@link NewsFeatures.Analysis}; a word's valence is the one the
 * features see. Thread-safe when the subclass is.
 */
abstract class NewsFeatureScorer implements SentimentScorer {

  private final NewsFeatures features = new NewsFeatures();

  @Override
  public final SentimentScores score(String text) {
    return text == null ? SentimentScores.NEUTRAL : scoreAnalysis(features.analyse(text));
  }

  /** The scores of a text from its analysis. */
  abstract SentimentScores scoreAnalysis(NewsFeatures.Analysis analysis);

  @Override
  public final Double valence(String lowerCaseWord) {
    return features.valence(lowerCaseWord);
  }
}
