package org.corpusanalytics.text.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A cumulative-logit (ordinal) logistic regression over negative &lt; neutral &lt; positive: a linear
 * score s = Σ weight_k (x_k − mean_k) / scale_k, with P(negative) = σ(cutLow − s) and
 * P(not positive) = σ(cutHigh − s). The class is the median one: negative below cutLow, positive
 * above cutHigh, neutral between.
 *
 * <p>{@link #compound} maps s onto VADER's scale so that VADER's customary reading (±0.05) gives
 * exactly that class: linear from −0.05 at cutLow to 0.05 at cutHigh, then 0.95 tanh((s − cut) / 2)
 * further out towards ±1. It is monotonic in s.
 *
 * <p>Resource format, tab-separated: one line "feature name, mean, scale, weight" per feature in
 * {@link NewsFeatures#NAMES} order, then "cutLow value" and "cutHigh value"; '#' starts a comment.
 */
public record OrdinalModel(double[] means, double[] scales, double[] weights, double cutLow,
    double cutHigh) {

  public double score(double[] features) {
    double s = 0;
    for (int k = 0; k < weights.length; k++) {
      s += weights[k] * (features[k] - means[k]) / scales[k];
    }
    return s;
  }

  /** s on VADER's compound scale, in (−1, 1); see the class comment. */
  public double compound(double s) {
    if (s >= cutHigh) {
      return 0.05 + 0.95 * Math.tanh((s - cutHigh) / 2);
    }
    if (s <= cutLow) {
      return -0.05 - 0.95 * Math.tanh((cutLow - s) / 2);
    }
    return -0.05 + 0.1 * (s - cutLow) / (cutHigh - cutLow);
  }

  /** The resource lines of this model, with 6 decimals. */
  public List<String> lines(List<String> featureNames) {
    List<String> lines = new ArrayList<>();
    for (int k = 0; k < weights.length; k++) {
      lines.add(String.format(java.util.Locale.ROOT, "%s\t%.6f\t%.6f\t%.6f",
          featureNames.get(k), means[k], scales[k], weights[k]));
    }
    lines.add(String.format(java.util.Locale.ROOT, "cutLow\t%.6f", cutLow));
    lines.add(String.format(java.util.Locale.ROOT, "cutHigh\t%.6f", cutHigh));
    return lines;
  }

  /** Parses {@link #lines}; fails fast, naming the resource, when it is absent or malformed. */
  static OrdinalModel load(String resource, List<String> featureNames) {
    InputStream in = OrdinalModel.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("Sentiment model missing from the classpath: "
          + OrdinalModel.class.getPackageName().replace('.', '/') + "/" + resource);
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read sentiment model " + resource, e);
    }
    int n = featureNames.size();
    if (rows.size() != n + 2) {
      throw new IllegalStateException(resource + ": expected " + (n + 2) + " lines, not " + rows.size());
    }
    double[] means = new double[n];
    double[] scales = new double[n];
    double[] weights = new double[n];
    for (int k = 0; k < n; k++) {
      String[] row = rows.get(k);
      if (!row[0].equals(featureNames.get(k)) || row.length != 4) {
        throw new IllegalStateException(resource + ": line " + (k + 1) + " is not feature "
            + featureNames.get(k));
      }
      means[k] = Double.parseDouble(row[1]);
      scales[k] = Double.parseDouble(row[2]);
      weights[k] = Double.parseDouble(row[3]);
    }
    return new OrdinalModel(means, scales, weights, Double.parseDouble(rows.get(n)[1]),
        Double.parseDouble(rows.get(n + 1)[1]));
  }
}
