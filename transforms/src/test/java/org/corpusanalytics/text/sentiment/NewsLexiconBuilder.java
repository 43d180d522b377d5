package org.corpusanalytics.text.sentiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Derives {@code news_lexicon.txt} for {@link NewsSentimentScorer} from the tune part (70%) of the
 * NYT editorial ground truth only. A word's valence is its shrunken mean residual: over the tune
 * snippets containing it, the human rating minus a linear fit of VADER's compound, summed and
 * divided by (count + K), times a scale C. Only words VADER lacks, seen in at least MIN_DF distinct
 * editorials, are kept, so one editorial's topic cannot mint a word.
 *
 * <p>{@code main([data-dir] [--cv])}: with {@code --cv} it prints a 2-fold cross-validation (folds
 * are editorials within the tune part) over the hyper-parameter grid; otherwise it writes the
 * resource with the constants below, which were chosen by that cross-validation.
 */
public final class NewsLexiconBuilder {

  static final int MIN_DF = 3;
  static final double K = 30;
  static final double C = 2.0;
  static final boolean ADJUST_KNOWN = true;

  private static final Pattern WORD = Pattern.compile("[a-z][a-z'-]*[a-z]");
  private static final Set<String> RULE_WORDS = Set.of("but", "kind", "least", "no", "of");

  private NewsLexiconBuilder() {}

  static Map<String, Double> derive(List<SentimentEvaluation.Item> items, int minDf, double k,
      double c, boolean adjustKnown) {
    VaderSentimentScorer vader = new VaderSentimentScorer();
    VaderLexicon lexicon = VaderLexicon.bundled();
    double[] x = items.stream().mapToDouble(i -> vader.score(i.text()).compound()).toArray();
    double[] y = items.stream().mapToDouble(SentimentEvaluation.Item::mean).toArray();
    double[] fit = linearFit(x, y);
    Map<String, double[]> stats = new HashMap<>();
    Map<String, Set<String>> editorials = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      double residual = y[i] - (fit[0] + fit[1] * x[i]);
      String editorial = items.get(i).id().split("_")[0];
      for (String word : candidateWords(items.get(i).text(), lexicon, adjustKnown)) {
        double[] s = stats.computeIfAbsent(word, w -> new double[2]);
        s[0] += residual;
        s[1]++;
        editorials.computeIfAbsent(word, w -> new HashSet<>()).add(editorial);
      }
    }
    Map<String, Double> out = new TreeMap<>();
    for (Map.Entry<String, double[]> e : stats.entrySet()) {
      if (editorials.get(e.getKey()).size() < minDf) {
        continue;
      }
      double delta = c * e.getValue()[0] / (e.getValue()[1] + k);
      Double known = lexicon.valence(e.getKey());
      double valence = (known == null ? 0.0 : known) + delta;
      if (Math.abs(delta) >= 0.05) {
        out.put(e.getKey(), Math.round(valence * 1000) / 1000.0);
      }
    }
    return out;
  }

  private static Set<String> candidateWords(String text, VaderLexicon lexicon,
      boolean adjustKnown) {
    Set<String> words = new HashSet<>();
    for (String token : VaderText.of(text).lowerTokens) {
      if (WORD.matcher(token).matches() && (adjustKnown || !lexicon.contains(token))
          && !VaderConstants.BOOSTER_DICT.containsKey(token)
          && !VaderSentimentScorer.negated(token) && !RULE_WORDS.contains(token)) {
        words.add(token);
      }
    }
    return words;
  }

  /** Least-squares intercept and slope of y on x. */
  static double[] linearFit(double[] x, double[] y) {
    double mx = 0;
    double my = 0;
    for (int i = 0; i < x.length; i++) {
      mx += x[i] / x.length;
      my += y[i] / y.length;
    }
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
    }
    double slope = sxy / sxx;
    return new double[] {my - slope * mx, slope};
  }

  private static boolean foldA(SentimentEvaluation.Item item) {
    return Math.floorMod(item.id().split("_")[0].hashCode() * 0x9E3779B1, 2) == 0;
  }

  public static void main(String[] args) throws IOException {
    Path dir = args.length > 0 && !args[0].startsWith("--")
        ? Path.of(args[0]) : SentimentEvaluation.DEFAULT_DIR;
    List<SentimentEvaluation.Item> tune = SentimentEvaluation.filter(
        SentimentEvaluation.load(dir, "nytEditorialSnippets"),
        i -> SentimentEvaluation.isNytTune(i.id()));
    if (List.of(args).contains("--cv")) {
      crossValidate(tune);
      return;
    }
    List<String> lines = lexiconLines(dir);
    Path out = Path.of("src/main/resources/org/corpusanalytics/text/sentiment",
        NewsSentimentScorer.NEWS_LEXICON_RESOURCE);
    Files.write(out, lines, StandardCharsets.UTF_8);
    System.out.println("wrote " + lines.size() + " entries to " + out);
  }

  /** The lines of {@code news_lexicon.txt} ("word TAB valence", sorted) derived from {@code dir}. */
  static List<String> lexiconLines(Path dir) {
    List<SentimentEvaluation.Item> tune = SentimentEvaluation.filter(
        SentimentEvaluation.load(dir, "nytEditorialSnippets"),
        i -> SentimentEvaluation.isNytTune(i.id()));
    List<String> lines = new ArrayList<>();
    derive(tune, MIN_DF, K, C, ADJUST_KNOWN).forEach((w, v) -> lines.add(w + "\t" + v));
    return lines;
  }

  private static void crossValidate(List<SentimentEvaluation.Item> tune) {
    Predicate<SentimentEvaluation.Item> a = NewsLexiconBuilder::foldA;
    List<SentimentEvaluation.Item> foldA = SentimentEvaluation.filter(tune, a);
    List<SentimentEvaluation.Item> foldB = SentimentEvaluation.filter(tune, a.negate());
    VaderSentimentScorer vader = new VaderSentimentScorer();
    System.out.printf(Locale.ROOT, "vader: foldA r=%.4f foldB r=%.4f%n",
        SentimentEvaluation.correlation(foldA, vader), SentimentEvaluation.correlation(foldB, vader));
    for (boolean adjust : new boolean[] {false, true}) {
      for (int minDf : new int[] {3, 5, 10}) {
        for (double k : new double[] {3, 10, 30}) {
          for (double c : new double[] {0.5, 1, 2, 4}) {
            double rB = SentimentEvaluation.correlation(foldB,
                NewsSentimentScorer.withEntries(derive(foldA, minDf, k, c, adjust)));
            double rA = SentimentEvaluation.correlation(foldA,
                NewsSentimentScorer.withEntries(derive(foldB, minDf, k, c, adjust)));
            System.out.printf(Locale.ROOT, "adjust=%-5s minDf=%2d k=%4.0f c=%3.1f  A->B r=%.4f"
                + "  B->A r=%.4f  mean=%.4f%n", adjust, minDf, k, c, rB, rA, (rA + rB) / 2);
          }
        }
      }
    }
  }
}
