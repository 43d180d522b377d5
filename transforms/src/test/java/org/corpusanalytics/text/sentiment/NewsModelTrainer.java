package org.corpusanalytics.text.sentiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Trains {@code news_model.tsv} for {@link NewsModelScorer}: a cumulative-logit regression over
 * {@link NewsFeatures} of the training parts of the shared sets (read in place, never copied).
 *
 * <p>Training units: NYT editorial snippets of the tune part (70%), NewsMTSC train targets (each
 * scored by its whole sentence), FinEntity annotations and financial-news tweets of the train
 * part. Each set weighs the same in total, and within a set each class weighs the same, so that
 * neither a large set nor a large class decides the cut points. Features are standardised;
 * full-batch gradient descent (Adam, {@value #STEPS} steps, L2 {@value #L2}) starts from zero, so
 * the result is reproducible bit for bit (StrictMath).
 *
 * <p>{@code main}: writes the resource from the default data directory; {@code NewsModelTest}
 * re-derives it and fails if the shipped file differs.
 */
public final class NewsModelTrainer {

  static final int STEPS = 3000;
  static final double L2 = 1e-3;
  private static final double LEARNING_RATE = 0.05;

  /** The sets the shipped model learns from; the others are for evaluation only. */
  static final Set<String> TRAINING_SETS = Set.of("nyt-editorials tune 70%", "newsmtsc train",
      "finentity", "fin-tweets train");

  record Example(double[] x, int gold, double weight) {}

  private NewsModelTrainer() {}

  /** The model trained on the units of {@code sets}. */
  static OrdinalModel train(List<LabelledSets.LabelledSet> sets) {
    NewsFeatures features = new NewsFeatures();
    List<Example> examples = new ArrayList<>();
    for (LabelledSets.LabelledSet set : sets) {
      int[] perClass = new int[3];
      set.units().forEach(u -> perClass[u.gold() + 1]++);
      int classes = 0;
      for (int count : perClass) {
        classes += count > 0 ? 1 : 0;
      }
      for (LabelledSets.Unit unit : set.units()) {
        double weight = 1.0 / (sets.size() * classes * perClass[unit.gold() + 1]);
        examples.add(new Example(features.analyse(unit.text()).features(), unit.gold(), weight));
      }
    }
    return fit(examples, NewsFeatures.NAMES.size());
  }

  /** Weighted maximum likelihood of the ordinal model; see the class comment. */
  static OrdinalModel fit(List<Example> examples, int k) {
    double[] mean = new double[k];
    double[] scale = new double[k];
    double total = examples.stream().mapToDouble(Example::weight).sum();
    for (Example e : examples) {
      for (int j = 0; j < k; j++) {
        mean[j] += e.weight() * e.x()[j] / total;
      }
    }
    for (Example e : examples) {
      for (int j = 0; j < k; j++) {
        scale[j] += e.weight() * (e.x()[j] - mean[j]) * (e.x()[j] - mean[j]) / total;
      }
    }
    for (int j = 0; j < k; j++) {
      scale[j] = scale[j] > 0 ? StrictMath.sqrt(scale[j]) : 1.0;
    }
    // Parameters: k weights, cutLow, log(cutHigh - cutLow).
    double[] p = new double[k + 2];
    p[k + 1] = StrictMath.log(1.0);
    double[] m = new double[k + 2];
    double[] v = new double[k + 2];
    for (int step = 1; step <= STEPS; step++) {
      double[] g = gradient(examples, p, mean, scale, k, total);
      for (int j = 0; j < p.length; j++) {
        m[j] = 0.9 * m[j] + 0.1 * g[j];
        v[j] = 0.999 * v[j] + 0.001 * g[j] * g[j];
        double mHat = m[j] / (1 - StrictMath.pow(0.9, step));
        double vHat = v[j] / (1 - StrictMath.pow(0.999, step));
        p[j] -= LEARNING_RATE * mHat / (StrictMath.sqrt(vHat) + 1e-8);
      }
    }
    double[] weights = java.util.Arrays.copyOf(p, k);
    return new OrdinalModel(mean, scale, weights, p[k], p[k] + StrictMath.exp(p[k + 1]));
  }

  private static double[] gradient(List<Example> examples, double[] p, double[] mean,
      double[] scale, int k, double total) {
    double[] g = new double[k + 2];
    double gap = StrictMath.exp(p[k + 1]);
    double cutLow = p[k];
    double cutHigh = cutLow + gap;
    double[] z = new double[k];
    for (Example e : examples) {
      double s = 0;
      for (int j = 0; j < k; j++) {
        z[j] = (e.x()[j] - mean[j]) / scale[j];
        s += p[j] * z[j];
      }
      double f1 = sigmoid(cutLow - s);
      double f2 = sigmoid(cutHigh - s);
      double dS;
      double dLow;
      double dHigh;
      if (e.gold() < 0) {
        dS = 1 - f1;
        dLow = -(1 - f1);
        dHigh = 0;
      } else if (e.gold() > 0) {
        dS = -f2;
        dLow = 0;
        dHigh = f2;
      } else {
        double mid = Math.max(f2 - f1, 1e-12);
        double d1 = f1 * (1 - f1);
        double d2 = f2 * (1 - f2);
        dS = (d2 - d1) / mid;
        dLow = d1 / mid;
        dHigh = -d2 / mid;
      }
      double w = e.weight() / total;
      for (int j = 0; j < k; j++) {
        g[j] += w * dS * z[j];
      }
      g[k] += w * (dLow + dHigh);
      g[k + 1] += w * dHigh * gap;
    }
    for (int j = 0; j < k; j++) {
      g[j] += L2 * p[j];
    }
    return g;
  }

  private static double sigmoid(double x) {
    return 1 / (1 + StrictMath.exp(-x));
  }

  /** The shipped model's resource lines, trained on {@link #TRAINING_SETS}. */
  static List<String> modelLines() {
    List<LabelledSets.LabelledSet> training = LabelledSets.all().stream()
        .filter(s -> TRAINING_SETS.contains(s.name())).toList();
    List<String> lines = new ArrayList<>();
    lines.add("# Written by NewsModelTrainer (test scope) from " + String.join(", ",
        training.stream().map(LabelledSets.LabelledSet::name).toList()) + ".");
    lines.addAll(train(training).lines(NewsFeatures.NAMES));
    return lines;
  }

  public static void main(String[] args) throws IOException {
    List<String> lines = modelLines();
    Path out = Path.of("src/main/resources/org/corpusanalytics/text/sentiment",
        NewsModelScorer.MODEL_RESOURCE);
    Files.write(out, lines, StandardCharsets.UTF_8);
    lines.forEach(System.out::println);
    System.out.println("wrote " + out);
  }
}
