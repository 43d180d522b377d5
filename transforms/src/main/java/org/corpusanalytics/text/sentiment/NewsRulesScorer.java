package org.corpusanalytics.text.sentiment;

/**
 * Sentiment for news by rule, with nothing fitted to labelled data: VADER 3.3.2 over
 * {@link NewsFeatures}' silenced text (no valence on names, on words news uses without judging,
 * or on economic measures), with each economic movement {@link EconomicDirection} finds adding
 * ±{@value #MOVEMENT_VALENCE} to VADER's valence sum before normalisation ("profit rose" counts
 * as a positive word of VADER's "good" strength, "losses widened" as a negative one).
 * Thread-safe.
 */
public final class NewsRulesScorer implements SentimentScorer {

  /** About the valence of a plain positive word in VADER's lexicon ("good" 1.9, "gain" 2.4). */
  static final double MOVEMENT_VALENCE = 1.5;

  private static final double ALPHA = 15;
  private static final double MAX_COMPOUND = 0.9999;

  private final NewsFeatures features = new NewsFeatures();

  @Override
  public SentimentScores score(String text) {
    if (text == null) {
      return SentimentScores.NEUTRAL;
    }
    NewsFeatures.Analysis analysis = features.analyse(text);
    SentimentScores vader = analysis.vader();
    double movements = analysis.features()[3] - analysis.features()[4];
    if (movements == 0) {
      return vader;
    }
    double c = Math.max(-MAX_COMPOUND, Math.min(MAX_COMPOUND, vader.compound()));
    double sum = c * Math.sqrt(ALPHA) / Math.sqrt(1 - c * c) + MOVEMENT_VALENCE * movements;
    return new SentimentScores(VaderSentimentScorer.round(sum / Math.sqrt(sum * sum + ALPHA), 4),
        vader.pos(), vader.neu(), vader.neg());
  }

  @Override
  public Double valence(String lowerCaseWord) {
    return features.valence(lowerCaseWord);
  }
}
