package org.corpusanalytics.text.sentiment;

/**
 * Sentiment for news: {@link NewsFeatures} (VADER's rules with names, neutral-in-news words and
 * economic measures silenced, plus economic movements) scored by an {@link OrdinalModel} trained
 * on news sentences. {@code compound} is the model's score on VADER's scale, so ±0.05 reads the
 * model's class; {@code pos}, {@code neu} and {@code neg} are VADER's proportions of the silenced
 * text.
 *
 * <p>{@code news_model.tsv} is written by the test-scope {@code NewsModelTrainer} from the
 * training parts of the shared news sets (political news sentences, financial news snippets and
 * tweets, NYT editorial snippets); {@code NewsModelTest} re-derives it. Thread-safe.
 */
public final class NewsModelScorer extends NewsFeatureScorer {

  static final String MODEL_RESOURCE = "news_model.tsv";

  private final OrdinalModel model;

  /** Scorer over the bundled model (parsed once per JVM). */
  public NewsModelScorer() {
    this(Holder.MODEL);
  }

  NewsModelScorer(OrdinalModel model) {
    this.model = model;
  }

  @Override
  SentimentScores scoreAnalysis(NewsFeatures.Analysis analysis) {
    SentimentScores vader = analysis.vader();
    if (vader == SentimentScores.NEUTRAL) {
      return vader;
    }
    return new SentimentScores(model.compound(model.score(analysis.features())), vader.pos(),
        vader.neu(), vader.neg());
  }

  // Lazy holder idiom, as in VaderLexicon: one thread-safe parse per JVM.
  private static final class Holder {
    static final OrdinalModel MODEL = OrdinalModel.load(MODEL_RESOURCE, NewsFeatures.NAMES);
  }
}
