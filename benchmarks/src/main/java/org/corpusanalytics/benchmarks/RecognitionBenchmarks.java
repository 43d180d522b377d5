package org.corpusanalytics.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.corpusanalytics.model.Article;
import org.corpusanalytics.model.Sentence;
import org.corpusanalytics.model.Token;
import org.corpusanalytics.model.TokenizedArticle;
import org.corpusanalytics.text.ArticleCleaner;
import org.corpusanalytics.text.OpenNlpSegmenter;
import org.corpusanalytics.text.TokenSpan;
import org.corpusanalytics.text.ner.ArticleRecognizer;
import org.corpusanalytics.text.ner.CrfEntityRecognizer;
import org.corpusanalytics.tokenize.TokenizeArticles;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
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
 * Entity recognition speed in word tokens per second on one thread, over real BBC articles: the
 * cased CRF sentence by sentence (as before ALL-CAPS routing and consistent labels) and the job's
 * {@link ArticleRecognizer}. The {@code tokens} line of the output is the rate to read.
 *
 * <pre>{@code
 * java -cp ... org.openjdk.jmh.Main RecognitionBenchmarks -p corpus=target/bench-corpora/bbc-2000.jsonl
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class RecognitionBenchmarks {
  @Param("target/bench-corpora/bbc-2000.jsonl")
  public String corpus;

  @Param("200")
  public int articles;

  /** Word tokens recognised, reported by JMH as a rate. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Tokens {
    public long tokens;

    @Setup(Level.Iteration)
    public void reset() {
      tokens = 0;
    }
  }

  private final CrfEntityRecognizer cased = CrfEntityRecognizer.shared();
  private final ArticleRecognizer article = ArticleRecognizer.standard();
  private List<String> texts;
  private List<List<List<TokenSpan>>> sentences;
  private long tokenCount;

  @Setup
  public void readArticles() throws IOException {
    ArticleCleaner cleaner = ArticleCleaner.withDefaultRules();
    OpenNlpSegmenter segmenter = new OpenNlpSegmenter();
    List<Article> raw = new ArrayList<>();
    new JsonLinesInput().read(Path.of(corpus), record -> {
      if (record.article() != null && raw.size() < articles) {
        raw.add(record.article());
      }
    });
    texts = new ArrayList<>();
    sentences = new ArrayList<>();
    for (Article article : raw) {
      TokenizedArticle tokenized = TokenizeArticles.tokenize(segmenter,
          article.toBuilder().setText(cleaner.clean(article.getText(), false).text()).build());
      texts.add(tokenized.getArticle().getText());
      List<List<TokenSpan>> spans = new ArrayList<>();
      for (Sentence sentence : tokenized.getSentences()) {
        List<TokenSpan> tokens = new ArrayList<>();
        for (Token token : sentence.getTokens()) {
          tokens.add(new TokenSpan(token.getCharStart(), token.getCharEnd(), token.getNorm(), token.isStopWord()));
        }
        spans.add(tokens);
      }
      sentences.add(spans);
      tokenCount += tokenized.tokenCount();
    }
  }

  @Benchmark
  public void casedSentences(Tokens counter, Blackhole out) {
    for (int a = 0; a < texts.size(); a++) {
      for (List<TokenSpan> tokens : sentences.get(a)) {
        out.consume(cased.recognize(texts.get(a), tokens));
      }
    }
    counter.tokens += tokenCount;
  }

  @Benchmark
  public void wholeArticles(Tokens counter, Blackhole out) {
    for (int a = 0; a < texts.size(); a++) {
      out.consume(article.recognize(texts.get(a), sentences.get(a)));
    }
    counter.tokens += tokenCount;
  }
}
