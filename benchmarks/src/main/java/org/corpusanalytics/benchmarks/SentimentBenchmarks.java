package org.corpusanalytics.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.corpusanalytics.text.sentiment.SentimentMode;
import org.corpusanalytics.text.sentiment.SentimentScorer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Sentences scored per second by each sentiment mode on one thread. The sentences are the first
 * {@value #SENTENCES} NYT editorial snippets of VADER's ground truth (news prose, read in place
 * from the shared data, mean about 100 characters); one operation = one sentence, so JMH's score
 * is sentences per second.
 *
 * <pre>{@code
 * scripts/bench-sentiment.sh      (java -cp ... org.openjdk.jmh.Main SentimentBenchmarks)
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class SentimentBenchmarks {
  static final int SENTENCES = 4000;

  @Param("../shared/data/sentiment/vader-groundtruth/nytEditorialSnippets_GroundTruth.txt")
  public String sentences;

  @Param({"VADER", "NEWS", "NEWS_RULES", "NEWS_MODEL"})
  public SentimentMode mode;

  private SentimentScorer scorer;
  private List<String> texts;

  @Setup
  public void readSentences() throws IOException {
    scorer = mode.newScorer();
    texts = new ArrayList<>(SENTENCES);
    // id TAB mean rating TAB text, CRLF line ends.
    for (String line : Files.readAllLines(Path.of(sentences), StandardCharsets.UTF_8)) {
      String[] fields = line.replace("\r", "").split("\t", 3);
      if (fields.length == 3 && texts.size() < SENTENCES) {
        texts.add(fields[2]);
      }
    }
    if (texts.size() < SENTENCES) {
      throw new IllegalStateException(sentences + " has fewer than " + SENTENCES + " sentences");
    }
  }

  @Benchmark
  @OperationsPerInvocation(SENTENCES)
  public void scoreSentences(Blackhole sink) {
    for (String text : texts) {
      sink.consume(scorer.score(text).compound());
    }
  }
}
