package org.corpusanalytics.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.corpusanalytics.clean.CleanArticles;
import org.corpusanalytics.entities.ExtractEntities;
import org.corpusanalytics.model.Article;
import org.corpusanalytics.model.ArticleEntities;
import org.corpusanalytics.model.ArticleRecord;
import org.corpusanalytics.model.Reject;
import org.corpusanalytics.model.Sentence;
import org.corpusanalytics.model.SentenceRecord;
import org.corpusanalytics.model.TermCount;
import org.corpusanalytics.model.TokenizedArticle;
import org.corpusanalytics.sentiment.ScoreSentiment;
import org.corpusanalytics.terms.CountTerms;
import org.corpusanalytics.text.ArticleCleaner;
import org.corpusanalytics.text.OpenNlpSegmenter;
import org.corpusanalytics.text.lang.CloseLanguageIdentifier;
import org.corpusanalytics.text.lang.LanguageAssignment;
import org.corpusanalytics.text.lang.LanguageIdentifier;
import org.corpusanalytics.text.ner.ArticleEntityResolver;
import org.corpusanalytics.text.ner.ArticleRecognizer;
import org.corpusanalytics.text.ner.DemonymMode;
import org.corpusanalytics.text.sentiment.SentimentMode;
import org.corpusanalytics.text.sentiment.SentimentScorer;
import org.corpusanalytics.tokenize.TokenizeArticles;

/**
 * The per-article work of the corpus job without Beam: the same analysis classes, called in the
 * same order as the job's steps CleanText, Tokenize, ScoreSentiment, CountTerms and
 * ExtractEntities.
 *
 * <p>Article -> its article row, sentence rows, term rows and entities, or a clean-stage reject.
 * One instance per thread: the OpenNLP decoders are not thread-safe (the models, and the CRF, are
 * shared per JVM, as in the job).
 */
final class ArticleAnalyzer {
  /** Everything one article contributes to the tables and corpus tallies. */
  record Analyzed(ArticleRecord article, List<SentenceRecord> sentences, List<TermCount> terms,
      ArticleEntities entities, long tokens) {}

  private final ArticleCleaner cleaner = ArticleCleaner.withDefaultRules();
  private final OpenNlpSegmenter segmenter = new OpenNlpSegmenter();
  private final SentimentScorer scorer;
  private final ArticleRecognizer recognizer = ArticleRecognizer.standard();
  private final ArticleEntityResolver resolver = ArticleEntityResolver.standard(DemonymMode.COUNTRY);
  private final LanguageIdentifier languages = CloseLanguageIdentifier.shared();

  ArticleAnalyzer(SentimentMode mode) {
    this.scorer = mode.newScorer();
  }

  /** The analysis of one article, or null when cleaning leaves nothing ({@link #rejectOf} then says why). */
  Analyzed analyze(Article raw) {
    Article cleaned = clean(raw);
    if (cleaned == null) {
      return null;
    }
    // As IdentifyLanguage; the benchmark corpora are English, so every article then takes the English path.
    LanguageAssignment.Decision language =
        LanguageAssignment.decide(cleaned.getLanguage(), cleaned.getText(), languages);
    Article article = cleaned.toBuilder().setLanguage(language.language()).setLanguageSource(language.source()).build();
    TokenizedArticle scored = ScoreSentiment.score(scorer, TokenizeArticles.tokenize(segmenter, article));
    String docId = article.getDocId();
    List<SentenceRecord> sentences = new ArrayList<>(scored.getSentences().size());
    for (Sentence sentence : scored.getSentences()) {
      sentences.add(SentenceRecord.of(docId, sentence));
    }
    return new Analyzed(ArticleRecord.of(scored), sentences, CountTerms.termsOf(scored),
        ExtractEntities.extract(recognizer, resolver, scored), scored.tokenCount());
  }

  /** As CleanArticles: cleaned text and headline, or null when no letter or digit is left. */
  private Article clean(Article article) {
    ArticleCleaner.Cleaned cleaned = cleaner.clean(article.getText(), article.isTitleInFirstLine());
    if (!cleaned.hasWords()) {
      return null;
    }
    String title = cleaned.title() != null ? cleaned.title() : cleaner.cleanLine(article.getTitle());
    return article.toBuilder()
        .setTitle(title)
        .setText(cleaned.text())
        .setTitleInFirstLine(false)
        .setBoilerplateCharsRemoved(cleaned.boilerplateCharsRemoved())
        .build();
  }

  /** The reject CleanArticles writes for an article with nothing left after cleaning. */
  Reject rejectOf(Article article) {
    ArticleCleaner.Cleaned cleaned = cleaner.clean(article.getText(), article.isTitleInFirstLine());
    return Reject.create(article.getSource(), CleanArticles.STAGE, CleanArticles.EMPTY_AFTER_CLEANING,
        cleaned.whyEmpty(), article.getText());
  }
}
