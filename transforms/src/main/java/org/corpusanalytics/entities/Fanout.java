package org.corpusanalytics.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.corpusanalytics.model.ArticleEntities;
import org.corpusanalytics.model.EntityMention;
import org.corpusanalytics.model.PairTally;
import org.corpusanalytics.text.ner.EntityNames;

/**
 * One article's contribution to the co-occurrence counts, keyed by strings of fields joined with
 * U+0001: "scope|period" -> units N, "scope|period|key" -> units n(x) containing the entity,
 * "scope|period|keyA|keyB" (keyA &lt; keyB) -> the pair's tally. Period is "" when not split.
 * Public for callers outside Beam (the benchmark baseline sums these maps itself).
 */
public final class Fanout {
  static final String SENTENCE = "sentence";
  static final String ARTICLE = "article";
  private static final String SEPARATOR = "\u0001";

  private Fanout() {}

  static String join(String... parts) {
    return String.join(SEPARATOR, parts);
  }

  static List<String> split(String key) {
    return List.of(key.split(SEPARATOR, -1));
  }

  /** Entity keys per sentence, in sentence order; sentences without entities are absent. */
  private static Map<Integer, TreeSet<String>> keysBySentence(ArticleEntities article) {
    Map<Integer, TreeSet<String>> keys = new TreeMap<>();
    for (EntityMention mention : article.getMentions()) {
      keys.computeIfAbsent(mention.getSentenceIndex(), k -> new TreeSet<>()).add(EntityNames.key(mention.getEntity()));
    }
    return keys;
  }

  public static Map<String, Long> units(ArticleEntities article, CooccurrencePeriod period) {
    String when = period.of(article.getPublishedAt());
    Map<String, Long> units = new HashMap<>();
    units.put(join(SENTENCE, when), (long) article.getSentenceCount());
    units.put(join(ARTICLE, when), 1L);
    TreeSet<String> inArticle = new TreeSet<>();
    for (TreeSet<String> keys : keysBySentence(article).values()) {
      keys.forEach(key -> units.merge(join(SENTENCE, when, key), 1L, Long::sum));
      inArticle.addAll(keys);
    }
    inArticle.forEach(key -> units.put(join(ARTICLE, when, key), 1L));
    return units;
  }

  public static Map<String, PairTally> pairs(ArticleEntities article, CooccurrencePeriod period) {
    String when = period.of(article.getPublishedAt());
    List<Double> compounds = article.getSentenceCompounds();
    Map<String, PairTally> pairs = new HashMap<>();
    TreeSet<String> inArticle = new TreeSet<>();
    for (Map.Entry<Integer, TreeSet<String>> sentence : keysBySentence(article).entrySet()) {
      inArticle.addAll(sentence.getValue());
      boolean scored = !compounds.isEmpty();
      PairTally once = PairTally.create(1, 0, scored ? compounds.get(sentence.getKey()) : 0, scored ? 1 : 0,
          article.getPublishedAt(), article.getPublishedAt());
      for (String pair : pairsOf(sentence.getValue())) {
        pairs.merge(join(SENTENCE, when, pair), once, PairTally::plus);
      }
    }
    pairs.replaceAll((key, tally) -> PairTally.create(tally.getPairCount(), 1, tally.getSentimentSum(),
        tally.getSentimentCount(), tally.getFirstSeen(), tally.getLastSeen()));
    boolean scored = !compounds.isEmpty();
    double articleCompound = compounds.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    PairTally article1 = PairTally.create(1, 1, scored ? articleCompound : 0, scored ? 1 : 0,
        article.getPublishedAt(), article.getPublishedAt());
    for (String pair : pairsOf(inArticle)) {
      pairs.put(join(ARTICLE, when, pair), article1);
    }
    return pairs;
  }

  /** "keyA|keyB" for every two distinct keys, keyA &lt; keyB (the set is sorted). */
  private static List<String> pairsOf(TreeSet<String> keys) {
    List<String> sorted = new ArrayList<>(keys);
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      for (int j = i + 1; j < sorted.size(); j++) {
        pairs.add(join(sorted.get(i), sorted.get(j)));
      }
    }
    return pairs;
  }
}
