package org.corpusanalytics.text.sentiment;

/**
 * Sentiment for news by rule, with nothing fitted to labelled data: VADER 3.3.2 over
 * {@link NewsFeatures}' silenced text (no valence on names, on words news uses without judging,
 * or on economic measures), with each economic movement {@link EconomicDirection} finds adding
 * ±{@value #MOVEMENT_VALENCE} to VADER's valence sum before normalisation ("profit rose" counts
 * as a positive word of VADER's "good" strength, "losses widened" as a negative one).
 *
 * <p>News reports more than it judges, so the valence sum is then moved {@value #NEUTRAL_BAND}
 * towards zero (a sum within that band becomes 0): the strength of one of VADER's dampeners
 * ("slightly", "somewhat", |B_DECR|), so that a lone weak or dampened word, or a negated one,
 * no longer makes a report polar. Thread-safe.
 */
public final class NewsRulesScorer extends NewsFeatureScorer {

  /** About the valence of a plain positive word in VADER's lexicon ("good" 1.9, "gain" 2.4). */
  static final double MOVEMENT_VALENCE = 1.5;

  /** VADER's dampener step, |B_DECR|. */
  static final double NEUTRAL_BAND = -VaderConstants.B_DECR;

  private static final double ALPHA = 15;
  private static final double MAX_COMPOUND = 0.9999;

  @Override
  SentimentScores scoreAnalysis(NewsFeatures.Analysis analysis) {
    SentimentScores vader = analysis.vader();
    if (vader == SentimentScores.NEUTRAL) {
      return vader;
    }
    double movements = analysis.features()[3] - analysis.features()[4];
    double c = Math.max(-MAX_COMPOUND, Math.min(MAX_COMPOUND, vader.compound()));
    double sum = c * Math.sqrt(ALPHA) / Math.sqrt(1 - c * c) + MOVEMENT_VALENCE * movements;
    double reported = Math.signum(sum) * Math.max(0, Math.abs(sum) - NEUTRAL_BAND);
    return new SentimentScores(VaderSentimentScorer.round(VaderSentimentScorer.normalize(reported), 4),
        vader.pos(), vader.neu(), vader.neg());
  }
}
