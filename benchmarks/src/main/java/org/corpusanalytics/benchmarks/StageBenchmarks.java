package org.corpusanalytics.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.corpusanalytics.entities.CooccurrencePeriod;
import org.corpusanalytics.entities.CountEntities;
import org.corpusanalytics.entities.ExtractEntities;
import org.corpusanalytics.entities.Fanout;
import org.corpusanalytics.model.Article;
import org.corpusanalytics.model.ArticleEntities;
import org.corpusanalytics.model.Sentence;
import org.corpusanalytics.model.Token;
import org.corpusanalytics.model.TokenizedArticle;
import org.corpusanalytics.sentiment.ScoreSentiment;
import org.corpusanalytics.text.ArticleCleaner;
import org.corpusanalytics.text.OpenNlpSegmenter;
import org.corpusanalytics.text.ner.ArticleEntityResolver;
import org.corpusanalytics.text.ner.ArticleRecognizer;
import org.corpusanalytics.text.ner.DemonymMode;
import org.corpusanalytics.text.sentiment.SentimentMode;
import org.corpusanalytics.text.sentiment.SentimentScorer;
import org.corpusanalytics.tokenize.TokenizeArticles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One JMH benchmark per analysis stage of the job, each over the same batch of real BBC articles
 * (the first {@code articles} of a benchmark corpus) on one thread: one operation = the stage over
 * the whole batch, so the scores add up to the per-article analysis time and give each stage's
 * share. Every stage's input is the previous stage's output, computed once in setup.
 *
 * <pre>{@code
 * java -cp ... org.openjdk.jmh.Main StageBenchmarks -p corpus=target/bench-corpora/bbc-2000.jsonl
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class StageBenchmarks {
  @Param("target/bench-corpora/bbc-2000.jsonl")
  public String corpus;

  @Param("200")
  public int articles;

  private final ArticleCleaner cleaner = ArticleCleaner.withDefaultRules();
  private final OpenNlpSegmenter segmenter = new OpenNlpSegmenter();
  private final SentimentScorer scorer = SentimentMode.NEWS_RULES.newScorer();
  private final ArticleRecognizer recognizer = ArticleRecognizer.standard();
  private final ArticleEntityResolver resolver = ArticleEntityResolver.standard(DemonymMode.COUNTRY);

  private List<Article> raw;
  private List<Article> cleaned;
  private List<TokenizedArticle> tokenized;
  private List<TokenizedArticle> scored;
  private List<ArticleEntities> entities;

  @Setup
  public void readArticles() throws IOException {
    raw = new ArrayList<>();
    new JsonLinesInput().read(Path.of(corpus), record -> {
      if (record.article() != null && raw.size() < articles) {
        raw.add(record.article());
      }
    });
    cleaned = raw.stream().map(article -> article.toBuilder()
        .setText(cleaner.clean(article.getText(), false).text()).build()).toList();
    tokenized = cleaned.stream().map(article -> TokenizeArticles.tokenize(segmenter, article)).toList();
    scored = tokenized.stream().map(article -> ScoreSentiment.score(scorer, article)).toList();
    entities = scored.stream().map(article -> ExtractEntities.extract(recognizer, resolver, article)).toList();
  }

  @Benchmark
  public void clean(Blackhole out) {
    for (Article article : raw) {
      out.consume(cleaner.clean(article.getText(), false));
    }
  }

  @Benchmark
  public void segment(Blackhole out) {
    for (Article article : cleaned) {
      out.consume(TokenizeArticles.tokenize(segmenter, article));
    }
  }

  @Benchmark
  public void sentiment(Blackhole out) {
    for (TokenizedArticle article : tokenized) {
      out.consume(ScoreSentiment.score(scorer, article));
    }
  }

  /** The bag of words per article, as CountTerms makes it. */
  @Benchmark
  public void terms(Blackhole out) {
    for (TokenizedArticle article : scored) {
      Map<String, Long> counts = new TreeMap<>();
      for (Sentence sentence : article.getSentences()) {
        for (Token token : sentence.getTokens()) {
          if (!token.isStopWord()) {
            counts.merge(token.getNorm(), 1L, Long::sum);
          }
        }
      }
      out.consume(counts);
    }
  }

  /** CRF recognition and the article's name resolution. */
  @Benchmark
  public void entities(Blackhole out) {
    for (TokenizedArticle article : scored) {
      out.consume(ExtractEntities.extract(recognizer, resolver, article));
    }
  }

  /** Each article's entity tallies, co-occurrence units and pairs at sentence and article scope. */
  @Benchmark
  public void cooccurrence(Blackhole out) {
    for (ArticleEntities article : entities) {
      out.consume(CountEntities.tallies(article));
      out.consume(Fanout.units(article, CooccurrencePeriod.NONE));
      out.consume(Fanout.pairs(article, CooccurrencePeriod.NONE));
    }
  }
}
