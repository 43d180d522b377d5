package org.corpusanalytics.text.sentiment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.corpusanalytics.text.OpenNlpSegmenter;
import org.corpusanalytics.text.SentenceSpan;

/**
 * The sentiment evaluation table: every mode on every labelled set of {@link LabelledSets}, 3-class
 * macro-F1 (compound read at ±0.05) and, where the gold is continuous, Pearson r.
 *
 * <p>A unit is scored by its whole text, a PerSenT document by {@link ArticleScore} over its
 * sentences. The trained mode is reported leave one domain out: a set of a domain the model learns
 * from (editorial, political, financial) is scored by a model trained on the other domains' sets
 * only; the shipped model's in-sample figures are printed separately and marked.
 *
 * <p>Run: {@code scripts/evaluate.sh sentiment}; the main argument {@code --targeted-only} prints
 * the targeted table alone.
 */
public final class SentimentTable {

  /** A mode: the compound of one sentence-like text, for units of a given set. */
  interface Mode {
    ToDoubleFunction<String> forSet(LabelledSets.LabelledSet set);
  }

  private final Map<String, Mode> modes = new LinkedHashMap<>();
  private final Map<String, List<SentenceSpan>> spansByDocument = new HashMap<>();
  private final OpenNlpSegmenter segmenter = new OpenNlpSegmenter();

  private SentimentTable() {}

  public static void main(String[] args) {
    if (!LabelledSets.present()) {
      System.out.println(LabelledSets.ROOT.toAbsolutePath().normalize() + " absent: nothing to evaluate");
      return;
    }
    List<LabelledSets.LabelledSet> sets = LabelledSets.all();
    SentimentTable table = new SentimentTable();
    if (!List.of(args).contains("--targeted-only")) {
      table.addModes(sets);
      table.print(sets);
      table.printArticleScores(sets);
    }
    table.printTargeted(sets);
  }

  private void addModes(List<LabelledSets.LabelledSet> sets) {
    VaderSentimentScorer vader = new VaderSentimentScorer();
    NewsSentimentScorer news = new NewsSentimentScorer();
    NewsFeatures features = new NewsFeatures();
    modes.put("vader", set -> t -> vader.score(t).compound());
    modes.put("news-lexicon", set -> t -> news.score(t).compound());
    modes.put("silenced", set -> t -> features.analyse(t).vader().compound());
    NewsRulesScorer rules = new NewsRulesScorer();
    modes.put("news-rules", set -> t -> rules.score(t).compound());
    Map<String, NewsModelScorer> leaveOut = new HashMap<>();
    for (String domain : List.of(LabelledSets.EDITORIAL, LabelledSets.POLITICAL, LabelledSets.FINANCIAL)) {
      leaveOut.put(domain, new NewsModelScorer(NewsModelTrainer.train(sets.stream()
          .filter(s -> NewsModelTrainer.TRAINING_SETS.contains(s.name()) && !s.domain().equals(domain))
          .toList())));
    }
    NewsModelScorer shipped = new NewsModelScorer();
    modes.put("model LODO", set -> {
      NewsModelScorer scorer = leaveOut.getOrDefault(set.domain(), shipped);
      return t -> scorer.score(t).compound();
    });
    modes.put("model shipped", set -> t -> shipped.score(t).compound());
  }

  /**
   * Article scores against whole-text scoring: tweets split into sentences and combined (mean of
   * compounds, or {@link ArticleScore}) against VADER on the whole tweet; PerSenT documents.
   */
  private void printArticleScores(List<LabelledSets.LabelledSet> sets) {
    System.out.println();
    System.out.println("| set | mode | whole text | mean of sentence compounds | ArticleScore |");
    System.out.println("|---|---|---|---|---|");
    for (LabelledSets.LabelledSet set : sets) {
      boolean tweets = set.name().equals("vader tweets");
      if (!tweets && !set.domain().equals(LabelledSets.ARTICLES)) {
        continue;
      }
      for (String mode : List.of("vader", "news-rules")) {
        ToDoubleFunction<String> sentence = modes.get(mode).forSet(set);
        int n = set.units().size();
        double[] whole = new double[n];
        double[] mean = new double[n];
        double[] article = new double[n];
        for (int i = 0; i < n; i++) {
          String text = set.units().get(i).text();
          double[] compounds = sentences(text).stream().mapToDouble(sentence).toArray();
          whole[i] = tweets ? sentence.applyAsDouble(text) : Double.NaN;
          mean[i] = java.util.Arrays.stream(compounds).average().orElse(0);
          article[i] = ArticleScore.compound(compounds);
        }
        System.out.println(tweets
            ? String.format(Locale.ROOT, "| %s | %s | r %.4f | r %.4f | r %.4f |", set.name(), mode,
                pearson(set, whole), pearson(set, mean), pearson(set, article))
            : String.format(Locale.ROOT, "| %s | %s | | F1 %.3f | F1 %.3f |", set.name(), mode,
                macroF1(set, mean), macroF1(set, article)));
      }
    }
  }

  private void print(List<LabelledSets.LabelledSet> sets) {
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "| %-28s | %6s |", "set (domain)", "n"));
    modes.keySet().forEach(m -> header.append(String.format(Locale.ROOT, " %-15s |", m)));
    System.out.println(header);
    System.out.println("|---|---|" + "---|".repeat(modes.size()));
    Map<String, double[]> newsF1 = new LinkedHashMap<>();
    for (LabelledSets.LabelledSet set : sets) {
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %-28s | %,6d |",
          set.name() + " (" + set.domain() + ")", set.units().size()));
      for (Map.Entry<String, Mode> mode : modes.entrySet()) {
        double[] predicted = predict(set, mode.getValue().forSet(set));
        double f1 = macroF1(set, predicted);
        String cell = String.format(Locale.ROOT, "F1 %.3f", f1);
        if (set.continuous()) {
          cell += String.format(Locale.ROOT, " r %.3f", pearson(set, predicted));
        }
        boolean inSample = mode.getKey().equals("model shipped")
            && NewsModelTrainer.TRAINING_SETS.contains(set.name());
        row.append(String.format(Locale.ROOT, " %-15s |", cell + (inSample ? "*" : "")));
        if (set.news() && !set.name().contains("tune") && !set.name().contains("train")) {
          newsF1.computeIfAbsent(mode.getKey(), k -> new double[2])[0] += f1;
          newsF1.get(mode.getKey())[1]++;
        }
      }
      System.out.println(row);
    }
    StringBuilder mean = new StringBuilder(String.format(Locale.ROOT, "| %-28s | %6s |",
        "mean F1, news evaluation sets", ""));
    newsF1.values().forEach(v -> mean.append(String.format(Locale.ROOT, " %-15s |",
        String.format(Locale.ROOT, "%.3f", v[0] / v[1]))));
    System.out.println(mean);
    System.out.println("* in-sample: the shipped model was trained on this set. model LODO: trained"
        + " without the set's domain. News evaluation sets: the news sets other than tune/train parts.");
  }

  private double[] predict(LabelledSets.LabelledSet set, ToDoubleFunction<String> sentence) {
    List<LabelledSets.Unit> units = set.units();
    double[] predicted = new double[units.size()];
    boolean articles = set.domain().equals(LabelledSets.ARTICLES);
    for (int i = 0; i < units.size(); i++) {
      String text = units.get(i).text();
      if (articles) {
        List<String> sentences = sentences(text);
        double[] compounds = new double[sentences.size()];
        for (int s = 0; s < compounds.length; s++) {
          compounds[s] = sentence.applyAsDouble(sentences.get(s));
        }
        predicted[i] = ArticleScore.compound(compounds);
      } else {
        predicted[i] = sentence.applyAsDouble(text);
      }
    }
    return predicted;
  }

  List<String> sentences(String text) {
    return spans(text).stream().map(span -> text.substring(span.start(), span.end())).toList();
  }

  private List<SentenceSpan> spans(String text) {
    return spansByDocument.computeIfAbsent(text, segmenter::segment);
  }

  /**
   * Sentiment toward targets: {@link TargetedSentiment} per target, against the whole sentence's
   * compound (news-rules); for PerSenT, the mean targeted score over the sentences mentioning the
   * main person (documents without a found mention score 0).
   */
  private void printTargeted(List<LabelledSets.LabelledSet> sets) {
    TargetedSentiment targeted = new TargetedSentiment();
    NewsRulesScorer rules = new NewsRulesScorer();
    System.out.println();
    System.out.println("| set | targets | sentence compound (news-rules) F1 | targeted F1 |");
    System.out.println("|---|---|---|---|");
    for (LabelledSets.LabelledSet set : sets) {
      if (set.units().isEmpty() || set.units().get(0).targets().isEmpty()) {
        continue;
      }
      boolean articles = set.domain().equals(LabelledSets.ARTICLES);
      double[] sentence = new double[set.units().size()];
      double[] target = new double[set.units().size()];
      for (int i = 0; i < sentence.length; i++) {
        LabelledSets.Unit unit = set.units().get(i);
        if (articles) {
          target[i] = meanTargeted(targeted, unit);
          sentence[i] = Double.NaN;
        } else {
          sentence[i] = rules.score(unit.text()).compound();
          target[i] = targeted.score(unit.text(), unit.targets());
        }
      }
      System.out.println(String.format(Locale.ROOT, "| %s | %,d | %s | F1 %.3f |", set.name(),
          sentence.length, articles ? "" : String.format(Locale.ROOT, "F1 %.3f", macroF1(set, sentence)),
          macroF1(set, target)));
    }
  }

  private double meanTargeted(TargetedSentiment targeted, LabelledSets.Unit unit) {
    double sum = 0;
    int n = 0;
    for (SentenceSpan span : spans(unit.text())) {
      List<int[]> inside = new ArrayList<>();
      for (int[] t : unit.targets()) {
        if (t[0] >= span.start() && t[1] <= span.end()) {
          inside.add(new int[] {t[0] - span.start(), t[1] - span.start()});
        }
      }
      if (!inside.isEmpty()) {
        sum += targeted.score(unit.text().substring(span.start(), span.end()), inside);
        n++;
      }
    }
    return n == 0 ? 0.0 : sum / n;
  }

  static double macroF1(LabelledSets.LabelledSet set, double[] compounds) {
    int[] gold = set.units().stream().mapToInt(LabelledSets.Unit::gold).toArray();
    int[] predicted = new int[compounds.length];
    for (int i = 0; i < compounds.length; i++) {
      predicted[i] = new SentimentScores(compounds[i], 0, 0, 0).polarity();
    }
    return macroF1(gold, predicted);
  }

  /** Mean over the three classes of F1 = 2 tp / (predicted + actual); 0 for a class never hit. */
  static double macroF1(int[] gold, int[] predicted) {
    int[][] confusion = new int[3][3];
    for (int i = 0; i < gold.length; i++) {
      confusion[gold[i] + 1][predicted[i] + 1]++;
    }
    double sum = 0;
    for (int c = 0; c < 3; c++) {
      int tp = confusion[c][c];
      int p = confusion[0][c] + confusion[1][c] + confusion[2][c];
      int a = confusion[c][0] + confusion[c][1] + confusion[c][2];
      sum += tp == 0 ? 0.0 : 2.0 * tp / (p + a);
    }
    return sum / 3;
  }

  private static double pearson(LabelledSets.LabelledSet set, double[] predicted) {
    return SentimentEvaluation.pearson(predicted,
        set.units().stream().mapToDouble(LabelledSets.Unit::rating).toArray());
  }

}
