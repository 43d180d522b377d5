package org.corpusanalytics.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.schemas.SchemaRegistry;
import org.apache.beam.sdk.util.CoderUtils;
import org.corpusanalytics.entities.ExtractEntities;
import org.corpusanalytics.model.Article;
import org.corpusanalytics.model.ArticleEntities;
import org.corpusanalytics.model.ArticleEntitiesCoder;
import org.corpusanalytics.model.TokenizedArticle;
import org.corpusanalytics.model.TokenizedArticleCoder;
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
 * Encoding and decoding the two collections that Spark caches and reads several times (scored
 * tokenized articles, each article's entities), with Beam's schema coder against the job's compact
 * coders, over the same batch of real BBC articles: one operation = every article of the batch
 * encoded to bytes and decoded back.
 *
 * <pre>{@code
 * java -cp ... org.openjdk.jmh.Main CoderBenchmarks -p corpus=target/bench-corpora/bbc-2000.jsonl
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class CoderBenchmarks {
  @Param("target/bench-corpora/bbc-2000.jsonl")
  public String corpus;

  @Param("200")
  public int articles;

  private List<TokenizedArticle> scored;
  private List<ArticleEntities> entities;
  private Coder<TokenizedArticle> tokenizedSchemaCoder;
  private Coder<ArticleEntities> entitiesSchemaCoder;

  @Setup
  public void analyseArticles() throws IOException, NoSuchSchemaException {
    List<Article> raw = new ArrayList<>();
    new JsonLinesInput().read(Path.of(corpus), record -> {
      if (record.article() != null && raw.size() < articles) {
        raw.add(record.article());
      }
    });
    ArticleCleaner cleaner = ArticleCleaner.withDefaultRules();
    OpenNlpSegmenter segmenter = new OpenNlpSegmenter();
    ArticleEntityResolver resolver = ArticleEntityResolver.standard(DemonymMode.COUNTRY);
    SentimentScorer scorer = SentimentMode.NEWS_RULES.newScorer();
    scored = raw.stream()
        .map(article -> article.toBuilder().setText(cleaner.clean(article.getText(), false).text()).build())
        .map(article -> TokenizeArticles.tokenize(segmenter, article))
        .map(article -> ScoreSentiment.score(scorer, article))
        .toList();
    entities = scored.stream()
        .map(article -> ExtractEntities.extract(ArticleRecognizer.standard(), resolver, article))
        .toList();
    SchemaRegistry schemas = SchemaRegistry.createDefault();
    tokenizedSchemaCoder = schemas.getSchemaCoder(TokenizedArticle.class);
    entitiesSchemaCoder = schemas.getSchemaCoder(ArticleEntities.class);
  }

  @Benchmark
  public void tokenizedSchemaCoder(Blackhole out) throws IOException {
    roundTrip(tokenizedSchemaCoder, scored, out);
  }

  @Benchmark
  public void tokenizedCompactCoder(Blackhole out) throws IOException {
    roundTrip(TokenizedArticleCoder.of(), scored, out);
  }

  @Benchmark
  public void entitiesSchemaCoder(Blackhole out) throws IOException {
    roundTrip(entitiesSchemaCoder, entities, out);
  }

  @Benchmark
  public void entitiesCompactCoder(Blackhole out) throws IOException {
    roundTrip(ArticleEntitiesCoder.of(), entities, out);
  }

  private static <T> void roundTrip(Coder<T> coder, List<T> values, Blackhole out) throws IOException {
    for (T value : values) {
      out.consume(CoderUtils.decodeFromByteArray(coder, CoderUtils.encodeToByteArray(coder, value)));
    }
  }
}
