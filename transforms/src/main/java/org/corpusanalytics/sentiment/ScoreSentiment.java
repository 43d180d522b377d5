package org.corpusanalytics.sentiment;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.corpusanalytics.model.TokenizedArticleCoder;
import org.corpusanalytics.model.ArticleSentiment;
import org.corpusanalytics.model.Sentence;
import org.corpusanalytics.model.SentenceSentiment;
import org.corpusanalytics.model.Token;
import org.corpusanalytics.model.TokenizedArticle;
import org.corpusanalytics.text.lang.Languages;
import org.corpusanalytics.text.sentiment.ArticleScore;
import org.corpusanalytics.text.sentiment.SentimentMode;
import org.corpusanalytics.text.sentiment.SentimentScorer;
import org.corpusanalytics.text.sentiment.SentimentScores;

/**
 * Scores sentiment per sentence and per article.
 *
 * <p>TokenizedArticle -> the same article with every sentence's {@link SentenceSentiment} and the
 * article's {@link ArticleSentiment} ({@link ArticleScore} of the sentence compounds: whole-text
 * scoring up to three sentences, a three-sentence average beyond; positive/negative sentence
 * shares; and word-level tone). The lexicons are English: articles in other languages pass
 * through unscored (null sentiment), counted as {@code articlesNotScored}.
 *
 * <pre>{@code
 * PCollection<TokenizedArticle> scored =
 *     tokenized.apply("ScoreSentiment", ScoreSentiment.create().withMode(SentimentMode.VADER));
 * }</pre>
 */
public class ScoreSentiment extends PTransform<PCollection<TokenizedArticle>, PCollection<TokenizedArticle>> {
  /** VADER's customary thresholds for a positive or negative reading of compound. */
  public static final double POSITIVE_THRESHOLD = 0.05;
  public static final double NEGATIVE_THRESHOLD = -0.05;

  private final SentimentMode mode;

  private ScoreSentiment(SentimentMode mode) {
    this.mode = mode;
  }

  /** News rules: the default of this product, better than plain VADER on news prose. */
  public static ScoreSentiment create() {
    return new ScoreSentiment(SentimentMode.NEWS_RULES);
  }

  public ScoreSentiment withMode(SentimentMode mode) {
    return new ScoreSentiment(mode);
  }

  @Override
  public PCollection<TokenizedArticle> expand(PCollection<TokenizedArticle> articles) {
    return articles.apply("ScoreSentences", ParDo.of(new ScoreSentimentFn(mode))).setCoder(TokenizedArticleCoder.of());
  }

  /** The scorer's lexicons are loaded once per JVM; the scorer itself is stateless and cheap. */
  static class ScoreSentimentFn extends DoFn<TokenizedArticle, TokenizedArticle> {
    private final Counter articlesScored = Metrics.counter(ScoreSentimentFn.class, "articlesScored");
    private final Counter sentencesScored = Metrics.counter(ScoreSentimentFn.class, "sentencesScored");
    private final Counter notEnglish = Metrics.counter(ScoreSentimentFn.class, "articlesNotScored");
    private final SentimentMode mode;
    private transient SentimentScorer scorer;

    ScoreSentimentFn(SentimentMode mode) {
      this.mode = mode;
    }

    @Setup
    public void setup() {
      scorer = mode.newScorer();
    }

    @ProcessElement
    public void process(@Element TokenizedArticle article, OutputReceiver<TokenizedArticle> out) {
      if (!Languages.isEnglish(article.getArticle().getLanguage())) {
        notEnglish.inc();
        out.output(article);
        return;
      }
      out.output(score(scorer, article));
      articlesScored.inc();
      sentencesScored.inc(article.getSentences().size());
    }
  }

  /** Scores one article; exposed for callers outside Beam. */
  public static TokenizedArticle score(SentimentScorer scorer, TokenizedArticle article) {
    List<Sentence> scored = new ArrayList<>(article.getSentences().size());
    double[] compounds = new double[article.getSentences().size()];
    int positiveSentences = 0;
    int negativeSentences = 0;
    int words = 0;
    int positiveWords = 0;
    int negativeWords = 0;
    for (Sentence sentence : article.getSentences()) {
      SentimentScores scores = scorer.score(sentence.getText());
      scored.add(sentence.withSentiment(
          SentenceSentiment.create(scores.compound(), scores.pos(), scores.neu(), scores.neg())));
      compounds[scored.size() - 1] = scores.compound();
      positiveSentences += scores.compound() >= POSITIVE_THRESHOLD ? 1 : 0;
      negativeSentences += scores.compound() <= NEGATIVE_THRESHOLD ? 1 : 0;
      for (Token token : sentence.getTokens()) {
        Double valence = scorer.valence(token.getNorm());
        words++;
        positiveWords += valence != null && valence > 0 ? 1 : 0;
        negativeWords += valence != null && valence < 0 ? 1 : 0;
      }
    }
    int sentences = Math.max(1, scored.size());
    int wordCount = Math.max(1, words);
    return article.withSentiment(scored, ArticleSentiment.create(
        ArticleScore.compound(compounds),
        (double) positiveSentences / sentences,
        (double) negativeSentences / sentences,
        100.0 * positiveWords / wordCount,
        100.0 * negativeWords / wordCount));
  }
}
