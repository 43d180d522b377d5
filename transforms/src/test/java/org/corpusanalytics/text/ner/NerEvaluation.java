package org.corpusanalytics.text.ner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corpusanalytics.text.ner.NerCorpora.GoldSentence;

/**
 * Accuracy of the entity recognisers against labelled data read from the shared data directory
 * (never copied): CoNLL-2003 train and development parts beside CoreNLP's own pipeline
 * ({@link ConllEvaluation}), then the cased CRF alone on GUM news (Wikinews) and WNUT-17 (social
 * media, robustness only).
 * Prints precision, recall and F1 per type and micro-averaged, exact span and type match, and the
 * recogniser's speed on one thread. Usage: {@code NerEvaluation [dataDir]}.
 */
public final class NerEvaluation {
  static final Path DEFAULT_DIR = Path.of("../../shared/data/ner");

  private NerEvaluation() {}

  /** true/false positives and false negatives of one type. */
  static final class Counts {
    long truePositives;
    long falsePositives;
    long falseNegatives;

    double precision() {
      return ratio(truePositives, truePositives + falsePositives);
    }

    double recall() {
      return ratio(truePositives, truePositives + falseNegatives);
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double ratio(long part, long whole) {
      return whole == 0 ? 0 : (double) part / whole;
    }
  }

  /** Per-type counts plus the micro-average under key null, over the given types only. */
  static Map<EntityType, Counts> score(List<GoldSentence> sentences, Set<EntityType> types) {
    Map<EntityType, Counts> counts = new EnumMap<>(EntityType.class);
    types.forEach(type -> counts.put(type, new Counts()));
    Counts micro = new Counts();
    for (GoldSentence sentence : sentences) {
      Set<EntitySpan> gold = new HashSet<>(sentence.gold());
      gold.removeIf(span -> !types.contains(span.type()));
      Set<EntitySpan> found = new HashSet<>(CrfEntityRecognizer.shared().recognize(sentence.text(), sentence.tokens()));
      found.removeIf(span -> !types.contains(span.type()));
      for (EntitySpan span : found) {
        Counts c = counts.get(span.type());
        if (gold.contains(span)) {
          c.truePositives++;
          micro.truePositives++;
        } else {
          c.falsePositives++;
          micro.falsePositives++;
        }
      }
      for (EntitySpan span : gold) {
        if (!found.contains(span)) {
          counts.get(span.type()).falseNegatives++;
          micro.falseNegatives++;
        }
      }
    }
    Map<EntityType, Counts> withMicro = new java.util.LinkedHashMap<>(counts);
    withMicro.put(null, micro);
    return withMicro;
  }

  static void print(String title, Map<EntityType, Counts> scores) {
    System.out.printf("%s%n  %-13s %6s %6s %6s %6s %6s %6s%n", title, "type", "gold", "found", "P", "R", "F1", "");
    for (Map.Entry<EntityType, Counts> entry : scores.entrySet()) {
      Counts c = entry.getValue();
      System.out.printf("  %-13s %6d %6d %6.3f %6.3f %6.3f%n", entry.getKey() == null ? "micro" : entry.getKey(),
          c.truePositives + c.falseNegatives, c.truePositives + c.falsePositives, c.precision(), c.recall(), c.f1());
    }
  }

  public static void main(String[] args) {
    Path dir = args.length > 0 ? Path.of(args[0]) : DEFAULT_DIR;
    if (Files.exists(dir.resolve("conll2003/dev.txt"))) {
      ConllEvaluation.print(dir.resolve("conll2003"));
    }
    Set<EntityType> news = Set.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION);
    List<GoldSentence> gum = NerCorpora.gum(dir.resolve("gum-wikinews"), false);
    print("GUM news, gold = person/place/organization mentions with a Wikipedia identity (exact span)",
        score(gum, news));
    print("GUM news, name spans: gold cut to the words of its Wikipedia title (exact span)",
        score(NerCorpora.gum(dir.resolve("gum-wikinews"), true), news));
    Path wnut = dir.resolve("wnut17/emerging.test.annotated");
    if (Files.exists(wnut)) {
      print("WNUT-17 test (social media; corporation+group = ORGANIZATION, product+creative-work = MISC)",
          score(NerCorpora.wnut(wnut), Set.of(EntityType.values())));
    }
    long tokens = gum.stream().mapToLong(sentence -> sentence.tokens().size()).sum();
    long started = System.nanoTime();
    int rounds = 3;
    for (int round = 0; round < rounds; round++) {
      gum.forEach(sentence -> CrfEntityRecognizer.shared().recognize(sentence.text(), sentence.tokens()));
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf("speed: %.0f tokens/s on one thread (%d tokens x %d rounds, after warm-up)%n",
        tokens * rounds / seconds, tokens, rounds);
  }
}
