package org.corpusanalytics.text.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A multinomial naive Bayes classifier over character 1- to {@code maxN}-grams of words padded
 * with a space at each end (so "de" yields " d", "de", "e ", " de", "de " ...), with
 * add-{@code smoothing} smoothing and equal priors. Small on purpose: it is trained on a few hundred short
 * sentences per language and only chooses among close languages the general model already
 * narrowed the text to (see {@link CloseLanguageIdentifier}).
 *
 * <p>Stored as text: a {@code settings} line (maxN, smoothing), a {@code languages} line, a
 * {@code totals} line (n-grams seen per language),
 * then one line per n-gram: {@code ngram TAB index:count index:count ...}, sorted, so a retrained
 * model is byte for byte the same file.
 */
public final class CharNgramModel {
  /** The settings of the shipped model, chosen by cross-validation on its training sentences. */
  public static final int DEFAULT_MAX_N = 4;
  public static final double DEFAULT_SMOOTHING = 0.05;
  /** Characters read from a text: plenty for a language decision, and bounded work per article. */
  static final int MAX_CHARS = 2_000;

  private final int maxN;
  private final double smoothing;
  private final List<String> languages;
  private final long[] totals;
  /** n-gram -> (language index, count) pairs, flattened. */
  private final Map<String, int[]> counts;

  private CharNgramModel(int maxN, double smoothing, List<String> languages, long[] totals,
      Map<String, int[]> counts) {
    if (maxN < 1 || smoothing <= 0) {
      throw new IllegalArgumentException("maxN must be at least 1 and smoothing positive, not " + maxN + ", "
          + smoothing);
    }
    this.maxN = maxN;
    this.smoothing = smoothing;
    this.languages = List.copyOf(languages);
    this.totals = totals;
    this.counts = counts;
  }

  /** Counts the n-grams of each language's texts (language code -> texts). */
  public static CharNgramModel train(Map<String, List<String>> textsByLanguage, int maxN, double smoothing) {
    List<String> languages = new ArrayList<>(new TreeMap<>(textsByLanguage).keySet());
    long[] totals = new long[languages.size()];
    Map<String, Map<Integer, Integer>> byNgram = new TreeMap<>();
    for (int index = 0; index < languages.size(); index++) {
      for (String text : textsByLanguage.get(languages.get(index))) {
        for (String ngram : ngrams(text, maxN)) {
          byNgram.computeIfAbsent(ngram, k -> new TreeMap<>()).merge(index, 1, Integer::sum);
          totals[index]++;
        }
      }
    }
    Map<String, int[]> counts = new HashMap<>();
    byNgram.forEach((ngram, perLanguage) -> counts.put(ngram, flatten(perLanguage)));
    return new CharNgramModel(maxN, smoothing, languages, totals, counts);
  }

  private static int[] flatten(Map<Integer, Integer> perLanguage) {
    int[] pairs = new int[2 * perLanguage.size()];
    int i = 0;
    for (Map.Entry<Integer, Integer> entry : perLanguage.entrySet()) {
      pairs[i++] = entry.getKey();
      pairs[i++] = entry.getValue();
    }
    return pairs;
  }

  /** The words' padded n-grams, lower-cased; anything but letters and marks separates words. */
  static List<String> ngrams(String text, int maxN) {
    String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    List<String> ngrams = new ArrayList<>();
    for (String word : sample.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}]+")) {
      if (word.isEmpty()) {
        continue;
      }
      String padded = " " + word + " ";
      for (int n = 1; n <= maxN; n++) {
        for (int start = 0; start + n <= padded.length(); start++) {
          if (n > 1 || padded.charAt(start) != ' ') {
            ngrams.add(padded.substring(start, start + n));
          }
        }
      }
    }
    return ngrams;
  }

  public List<String> languages() {
    return languages;
  }

  /**
   * The posterior probability of each candidate the model knows, given that the text is in one of
   * them (equal priors); empty when it knows fewer than two, or when fewer than half of the text's
   * letters were ever seen in those candidates (another script: the posteriors would only reflect
   * the smoothing).
   */
  public Map<String, Double> posteriors(String text, Collection<String> candidates) {
    return posteriors(text, candidates, 1);
  }

  /**
   * As {@link #posteriors(String, Collection)}, with the log-likelihoods divided by {@code
   * temperature} first: above 1, the posteriors are flatter than naive Bayes's overconfident ones.
   */
  public Map<String, Double> posteriors(String text, Collection<String> candidates, double temperature) {
    List<Integer> known = new ArrayList<>();
    for (String code : candidates) {
      int index = languages.indexOf(code);
      if (index >= 0) {
        known.add(index);
      }
    }
    List<String> ngrams = ngrams(text, maxN);
    if (known.size() < 2 || ngrams.isEmpty()) {
      return Map.of();
    }
    double vocabulary = counts.size();
    double[] logLikelihood = new double[known.size()];
    int[] seen = new int[languages.size()];
    int letters = 0;
    int lettersSeen = 0;
    for (String ngram : ngrams) {
      int[] pairs = counts.get(ngram);
      java.util.Arrays.fill(seen, 0);
      if (pairs != null) {
        for (int i = 0; i < pairs.length; i += 2) {
          seen[pairs[i]] = pairs[i + 1];
        }
      }
      boolean inCandidates = false;
      for (int k = 0; k < known.size(); k++) {
        inCandidates |= seen[known.get(k)] > 0;
        int index = known.get(k);
        logLikelihood[k] += Math.log((seen[index] + smoothing) / (totals[index] + smoothing * vocabulary));
      }
      if (ngram.length() == 1) {
        letters++;
        lettersSeen += inCandidates ? 1 : 0;
      }
    }
    if (2 * lettersSeen < letters) {
      return Map.of();
    }
    for (int k = 0; k < logLikelihood.length; k++) {
      logLikelihood[k] /= temperature;
    }
    double max = java.util.Arrays.stream(logLikelihood).max().orElseThrow();
    double sum = 0;
    for (double value : logLikelihood) {
      sum += Math.exp(value - max);
    }
    Map<String, Double> posteriors = new TreeMap<>();
    for (int k = 0; k < known.size(); k++) {
      posteriors.put(languages.get(known.get(k)), Math.exp(logLikelihood[k] - max) / sum);
    }
    return posteriors;
  }

  public void write(Writer out) throws IOException {
    out.write("settings\t" + maxN + "\t" + smoothing + "\n");
    out.write("languages\t" + String.join("\t", languages) + "\n");
    StringBuilder line = new StringBuilder("totals");
    for (long total : totals) {
      line.append('\t').append(total);
    }
    out.write(line.append('\n').toString());
    for (Map.Entry<String, int[]> entry : new TreeMap<>(counts).entrySet()) {
      line.setLength(0);
      line.append(entry.getKey()).append('\t');
      int[] pairs = entry.getValue();
      for (int i = 0; i < pairs.length; i += 2) {
        line.append(i == 0 ? "" : " ").append(pairs[i]).append(':').append(pairs[i + 1]);
      }
      out.write(line.append('\n').toString());
    }
  }

  /** Reads what {@link #write} wrote; lines starting with {@code #} are comments. */
  public static CharNgramModel read(BufferedReader in) throws IOException {
    String[] settings = null;
    List<String> languages = null;
    long[] totals = null;
    Map<String, int[]> counts = new HashMap<>();
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      if (line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t");
      if (settings == null) {
        settings = fields;
      } else if (languages == null) {
        languages = List.of(fields).subList(1, fields.length);
      } else if (totals == null) {
        totals = new long[fields.length - 1];
        for (int i = 1; i < fields.length; i++) {
          totals[i - 1] = Long.parseLong(fields[i]);
        }
      } else {
        String[] pairs = fields[1].split(" ");
        int[] flat = new int[2 * pairs.length];
        for (int i = 0; i < pairs.length; i++) {
          int colon = pairs[i].indexOf(':');
          flat[2 * i] = Integer.parseInt(pairs[i], 0, colon, 10);
          flat[2 * i + 1] = Integer.parseInt(pairs[i], colon + 1, pairs[i].length(), 10);
        }
        counts.put(fields[0], flat);
      }
    }
    if (settings == null || settings.length != 3 || !settings[0].equals("settings") || languages == null
        || totals == null || totals.length != languages.size()) {
      throw new IOException("not a character n-gram model: missing or mismatched settings, languages, totals lines");
    }
    return new CharNgramModel(Integer.parseInt(settings[1]), Double.parseDouble(settings[2]), languages, totals,
        counts);
  }
}
