package org.corpusanalytics.tokenize;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.corpusanalytics.model.TokenizedArticleCoder;
import org.corpusanalytics.model.Article;
import org.corpusanalytics.model.Sentence;
import org.corpusanalytics.model.Token;
import org.corpusanalytics.model.TokenizedArticle;
import org.corpusanalytics.text.SentenceSpan;
import org.corpusanalytics.text.TextSegmenter;
import org.corpusanalytics.text.TokenSpan;
import org.corpusanalytics.text.lang.SegmenterByLanguage;

/**
 * Splits cleaned articles into sentences and word tokens with character offsets, by the article's
 * language: OpenNLP's English models for English, ICU's language-neutral break rules for the rest
 * ({@link SegmenterByLanguage}).
 *
 * <p>Article -> TokenizedArticle(article, [Sentence(index, span, text, [Token])]).
 *
 * <pre>{@code
 * PCollection<TokenizedArticle> tokenized = cleanArticles.apply("Tokenize", TokenizeArticles.create());
 * }</pre>
 */
public class TokenizeArticles extends PTransform<PCollection<Article>, PCollection<TokenizedArticle>> {

  public static TokenizeArticles create() {
    return new TokenizeArticles();
  }

  @Override
  public PCollection<TokenizedArticle> expand(PCollection<Article> articles) {
    return articles.apply("SegmentText", ParDo.of(new TokenizeFn())).setCoder(TokenizedArticleCoder.of());
  }

  /** Segmenters per DoFn instance: the OpenNLP decoders and break iterators are not thread-safe; models are shared. */
  static class TokenizeFn extends DoFn<Article, TokenizedArticle> {
    private final Counter articles = Metrics.counter(TokenizeFn.class, "articlesTokenized");
    private final Counter sentences = Metrics.counter(TokenizeFn.class, "sentences");
    private final Counter tokens = Metrics.counter(TokenizeFn.class, "tokens");
    private transient SegmenterByLanguage segmenters;

    @Setup
    public void setup() {
      segmenters = new SegmenterByLanguage();
    }

    @ProcessElement
    public void process(@Element Article article, OutputReceiver<TokenizedArticle> out) {
      TokenizedArticle tokenized = tokenize(segmenters.forLanguage(article.getLanguage()), article);
      articles.inc();
      sentences.inc(tokenized.getSentences().size());
      tokens.inc(tokenized.tokenCount());
      out.output(tokenized);
    }
  }

  /** Segments one article's text; exposed for callers outside Beam. */
  public static TokenizedArticle tokenize(TextSegmenter segmenter, Article article) {
    String text = article.getText();
    List<Sentence> sentences = new ArrayList<>();
    for (SentenceSpan span : segmenter.segment(text)) {
      List<Token> tokens = new ArrayList<>(span.tokens().size());
      for (TokenSpan token : span.tokens()) {
        tokens.add(Token.create(
            text.substring(token.start(), token.end()), token.norm(), token.start(), token.end(), token.stopWord()));
      }
      sentences.add(Sentence.create(sentences.size(), span.start(), span.end(),
          text.substring(span.start(), span.end()), tokens));
    }
    return TokenizedArticle.create(article, sentences);
  }
}
