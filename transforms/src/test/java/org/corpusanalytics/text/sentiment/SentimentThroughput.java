package org.corpusanalytics.text.sentiment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Single-thread throughput of the two sentiment modes: sentences scored per second over all four
 * VADER ground-truth sets (23,703 sentences, 2 to 856 characters, mean 102). Prints numbers,
 * asserts nothing; on a shared machine compare the best pass, which other processes disturbed
 * least.
 *
 * <p>Run from the module directory after {@code mvn test-compile}: {@code java -cp
 * target/classes:target/test-classes org.corpusanalytics.text.sentiment.SentimentThroughput
 * [data-dir] [passes]}; prefix {@code taskset -c 0} to confine the JVM, GC included, to one core.
 */
public final class SentimentThroughput {

  private SentimentThroughput() {}

  public static void main(String[] args) {
    Path dir = SentimentEvaluation.dataDir(args);
    int passes = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    if (!Files.isDirectory(dir)) {
      System.out.println(dir.toAbsolutePath().normalize() + " absent: nothing to measure");
      return;
    }
    List<String> texts = new ArrayList<>();
    for (String set : SentimentEvaluation.SETS) {
      SentimentEvaluation.load(dir, set).forEach(item -> texts.add(item.text()));
    }
    System.out.printf(Locale.ROOT, "%,d sentences, %d timed passes per mode, one thread%n",
        texts.size(), passes);
    measure("vader", new VaderSentimentScorer(), texts, passes);
    measure("news", new NewsSentimentScorer(), texts, passes);
  }

  private static void measure(String mode, SentimentScorer scorer, List<String> texts,
      int passes) {
    // Untimed passes first: class loading, lexicon parsing and JIT compilation.
    double checksum = 0;
    long warmUntil = System.nanoTime() + 3_000_000_000L;
    while (System.nanoTime() < warmUntil) {
      checksum += scoreAll(scorer, texts);
    }
    double[] perSecond = new double[passes];
    for (int p = 0; p < passes; p++) {
      long start = System.nanoTime();
      checksum += scoreAll(scorer, texts);
      perSecond[p] = texts.size() / ((System.nanoTime() - start) / 1e9);
    }
    Arrays.sort(perSecond);
    System.out.printf(Locale.ROOT,
        "%-5s best %,8.0f sent/s  median %,8.0f sent/s  worst %,8.0f sent/s  (checksum %.1f)%n",
        mode, perSecond[passes - 1], perSecond[passes / 2], perSecond[0], checksum);
  }

  /** Sum of compounds, returned so that the JIT cannot drop the scoring as dead code. */
  private static double scoreAll(SentimentScorer scorer, List<String> texts) {
    double sum = 0;
    for (String text : texts) {
      sum += scorer.score(text).compound();
    }
    return sum;
  }
}
