package org.corpusanalytics.text.sentiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Scores VADER's human-rated ground truth (Hutto &amp; Gilbert 2014, MIT; read in place from the
 * shared data directory, never copied) and prints, per set and scorer: n, Pearson r of compound
 * against the mean human rating, 3-class macro-F1 and single-thread sentences per second.
 *
 * <p>Run from the module directory after {@code mvn test-compile}: {@code java -cp
 * target/classes:target/test-classes org.corpusanalytics.text.sentiment.SentimentEvaluation
 * [data-dir]}.
 */
public final class SentimentEvaluation {

  /** Relative to the module directory, which is the working directory of Maven builds. */
  static final Path DEFAULT_DIR = Path.of("../../shared/data/sentiment/vader-groundtruth");

  static final List<String> SETS = List.of(
      "nytEditorialSnippets", "tweets", "movieReviewSnippets", "amazonReviewSnippets");

  /** Fixed seed of the NYT 70/30 tune/held-out split. */
  static final long SPLIT_SEED = 20140601L;

  record Item(String id, double mean, String text) {}

  record Result(String label, int n, double pearson, double macroF1, double perSecond) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%-28s n=%5d  r=%.4f  macroF1=%.4f  %,10.0f sent/s",
          label, n, pearson, macroF1, perSecond);
    }
  }

  private SentimentEvaluation() {}

  static Path dataDir(String[] args) {
    return args.length > 0 ? Path.of(args[0]) : DEFAULT_DIR;
  }

  static List<Item> load(Path dir, String set) {
    Path file = dir.resolve(set + "_GroundTruth.txt");
    List<Item> items = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        // Files use CRLF; readAllLines splits on LF only, so drop the CR here.
        String[] fields = line.replace("\r", "").split("\t", 3);
        if (fields.length == 3) {
          items.add(new Item(fields[0], Double.parseDouble(fields[1]), fields[2]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file.toAbsolutePath(), e);
    }
    return items;
  }

  /**
   * NYT snippets are split by editorial (the id part before '_'), not by snippet, so that
   * sentences of one editorial never sit on both sides; the hash makes membership independent of
   * file order.
   */
  static boolean isNytTune(String id) {
    int underscore = id.indexOf('_');
    String editorial = underscore < 0 ? id : id.substring(0, underscore);
    long z = SPLIT_SEED + editorial.hashCode() * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    z = z ^ (z >>> 31);
    return Math.floorMod(z, 100) < 70;
  }

  static Result evaluate(String label, List<Item> items, SentimentScorer scorer) {
    double[] predicted = new double[items.size()];
    for (int i = 0; i < items.size(); i++) {
      predicted[i] = scorer.score(items.get(i).text()).compound();
    }
    // Timed passes after the first one, which warmed up the JIT and loaded the lexicon; the
    // fastest of three is least disturbed by GC and other processes.
    double seconds = Double.MAX_VALUE;
    for (int pass = 0; pass < 3; pass++) {
      long start = System.nanoTime();
      for (Item item : items) {
        scorer.score(item.text());
      }
      seconds = Math.min(seconds, (System.nanoTime() - start) / 1e9);
    }
    double[] gold = items.stream().mapToDouble(Item::mean).toArray();
    return new Result(label, items.size(), pearson(predicted, gold), macroF1(gold, predicted),
        items.size() / seconds);
  }

  /** Pearson r of the scorer's compound against the human means, without timing. */
  static double correlation(List<Item> items, SentimentScorer scorer) {
    double[] x = items.stream().mapToDouble(i -> scorer.score(i.text()).compound()).toArray();
    double[] y = items.stream().mapToDouble(Item::mean).toArray();
    return pearson(x, y);
  }

  static double pearson(double[] x, double[] y) {
    double mx = 0;
    double my = 0;
    for (int i = 0; i < x.length; i++) {
      mx += x[i];
      my += y[i];
    }
    mx /= x.length;
    my /= y.length;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxy / Math.sqrt(sxx * syy);
  }

  /** Gold class = sign of the human mean; predicted class = compound vs ±0.05. */
  static double macroF1(double[] goldMeans, double[] compounds) {
    int[][] confusion = new int[3][3];
    for (int i = 0; i < goldMeans.length; i++) {
      int gold = (int) Math.signum(goldMeans[i]) + 1;
      int pred = new SentimentScores(compounds[i], 0, 0, 0).polarity() + 1;
      confusion[gold][pred]++;
    }
    double sum = 0;
    for (int c = 0; c < 3; c++) {
      int tp = confusion[c][c];
      int predicted = confusion[0][c] + confusion[1][c] + confusion[2][c];
      int actual = confusion[c][0] + confusion[c][1] + confusion[c][2];
      sum += tp == 0 ? 0.0 : 2.0 * tp / (predicted + actual);
    }
    return sum / 3;
  }

  static List<Item> filter(List<Item> items, Predicate<Item> keep) {
    return items.stream().filter(keep).toList();
  }

  public static void main(String[] args) {
    Path dir = dataDir(args);
    List<SentimentScorer> scorers = List.of(new VaderSentimentScorer(), new NewsSentimentScorer());
    List<String> names = List.of("vader", "news");
    for (int s = 0; s < scorers.size(); s++) {
      System.out.println("== " + names.get(s) + " mode (" + dir.toAbsolutePath().normalize() + ")");
      for (String set : SETS) {
        List<Item> items = load(dir, set);
        System.out.println(evaluate(set, items, scorers.get(s)));
        if (set.startsWith("nyt")) {
          System.out.println(evaluate("  nyt tune (70%)",
              filter(items, i -> isNytTune(i.id())), scorers.get(s)));
          System.out.println(evaluate("  nyt held-out (30%)",
              filter(items, i -> !isNytTune(i.id())), scorers.get(s)));
        }
      }
    }
  }
}
