package org.corpusanalytics.text.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Port of the scoring in scrapinghub/article-extraction-benchmark {@code evaluate.py}: texts are
 * tokenized with the regex {@code \w+}, compared as multisets of 4-token shingles, per-page
 * TP/FP/FN are normalized to sum to one, and precision and recall are averaged over pages before
 * F1 is taken from the two averages.
 */
final class ShingleScorer {

  private static final int NGRAM = 4;
  private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  private ShingleScorer() {}

  /** Normalized shingle match counts for one page. */
  record PageScore(double tp, double fp, double fn) {

    /** Pages with nothing predicted are left out of the precision average, as upstream does. */
    boolean hasPrediction() {
      return tp + fp > 0;
    }

    boolean hasTruth() {
      return tp + fn > 0;
    }

    double precision() {
      if (fp == 0 && fn == 0) {
        return 1;
      }
      return tp + fp == 0 ? 0 : tp / (tp + fp);
    }

    double recall() {
      if (fp == 0 && fn == 0) {
        return 1;
      }
      return tp + fn == 0 ? 0 : tp / (tp + fn);
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  record Summary(double precision, double recall, double f1) {}

  static PageScore score(String truth, String predicted) {
    Map<List<String>, Integer> expected = shingles(truth);
    Map<List<String>, Integer> actual = shingles(predicted);
    Set<List<String>> keys = new HashSet<>(expected.keySet());
    keys.addAll(actual.keySet());
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (List<String> key : keys) {
      int t = expected.getOrDefault(key, 0);
      int p = actual.getOrDefault(key, 0);
      tp += Math.min(t, p);
      fp += Math.max(0, p - t);
      fn += Math.max(0, t - p);
    }
    double sum = tp + fp + fn;
    return sum > 0 ? new PageScore(tp / sum, fp / sum, fn / sum) : new PageScore(0, 0, 0);
  }

  static Summary summarize(List<PageScore> pages) {
    double precision =
        pages.stream()
            .filter(PageScore::hasPrediction)
            .mapToDouble(PageScore::precision)
            .average()
            .orElse(0);
    double recall =
        pages.stream().filter(PageScore::hasTruth).mapToDouble(PageScore::recall).average().orElse(0);
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Summary(precision, recall, f1);
  }

  static List<String> tokenize(String text) {
    List<String> tokens = new ArrayList<>();
    if (text == null) {
      return tokens;
    }
    Matcher matcher = TOKEN.matcher(text);
    while (matcher.find()) {
      tokens.add(matcher.group());
    }
    return tokens;
  }

  /** 4-token shingles with counts; a text shorter than four tokens is a single shingle. */
  private static Map<List<String>, Integer> shingles(String text) {
    List<String> tokens = tokenize(text);
    Map<List<String>, Integer> counts = new HashMap<>();
    if (tokens.isEmpty()) {
      return counts;
    }
    int last = Math.max(1, tokens.size() - NGRAM + 1);
    for (int i = 0; i < last; i++) {
      counts.merge(List.copyOf(tokens.subList(i, Math.min(tokens.size(), i + NGRAM))), 1, Integer::sum);
    }
    return counts;
  }
}
