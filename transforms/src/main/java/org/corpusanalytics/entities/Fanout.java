package org.corpusanalytics.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.corpusanalytics.model.ArticleEntities;
import org.corpusanalytics.model.EntityMention;
import org.corpusanalytics.model.PairTally;
import org.corpusanalytics.text.ner.EntityNames;
import org.joda.time.Instant;

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

  /**
   * Entity key -> {sum of its mentions' targeted sentiment, scored mentions} per sentence, in sentence order
   * and key order; sentences without entities are absent.
   */
  private static Map<Integer, TreeMap<String, double[]>> keysBySentence(ArticleEntities article) {
    Map<Integer, TreeMap<String, double[]>> keys = new TreeMap<>();
    for (EntityMention mention : article.getMentions()) {
      double[] sentiment = keys.computeIfAbsent(mention.getSentenceIndex(), k -> new TreeMap<>())
          .computeIfAbsent(EntityNames.key(mention.getEntity()), k -> new double[2]);
      if (mention.getSentiment() != null) {
        sentiment[0] += mention.getSentiment();
        sentiment[1]++;
      }
    }
    return keys;
  }

  public static Map<String, Long> units(ArticleEntities article, CooccurrencePeriod period) {
    String when = period.of(article.getPublishedAt());
    Map<String, Long> units = new HashMap<>();
    units.put(join(SENTENCE, when), (long) article.getSentenceCount());
    units.put(join(ARTICLE, when), 1L);
    TreeSet<String> inArticle = new TreeSet<>();
    for (TreeMap<String, double[]> keys : keysBySentence(article).values()) {
      keys.keySet().forEach(key -> units.merge(join(SENTENCE, when, key), 1L, Long::sum));
      inArticle.addAll(keys.keySet());
    }
    inArticle.forEach(key -> units.put(join(ARTICLE, when, key), 1L));
    return units;
  }

  /**
   * The pair tallies of one article. A pair's sentiment is the sum and count of both entities' targeted mention
   * scores in each unit (sentence, or the article) containing both.
   */
  public static Map<String, PairTally> pairs(ArticleEntities article, CooccurrencePeriod period) {
    String when = period.of(article.getPublishedAt());
    Instant at = article.getPublishedAt();
    Map<String, PairTally> pairs = new HashMap<>();
    TreeMap<String, double[]> inArticle = new TreeMap<>();
    for (TreeMap<String, double[]> keys : keysBySentence(article).values()) {
      keys.forEach((key, sentiment) -> inArticle.merge(key, sentiment.clone(), Fanout::add));
      forEachPair(keys, (pair, sentiment) -> pairs.merge(join(SENTENCE, when, pair),
          PairTally.create(1, 0, sentiment[0], (long) sentiment[1], at, at), PairTally::plus));
    }
    pairs.replaceAll((key, tally) -> PairTally.create(tally.getPairCount(), 1, tally.getSentimentSum(),
        tally.getSentimentCount(), tally.getFirstSeen(), tally.getLastSeen()));
    forEachPair(inArticle, (pair, sentiment) ->
        pairs.put(join(ARTICLE, when, pair), PairTally.create(1, 1, sentiment[0], (long) sentiment[1], at, at)));
    return pairs;
  }

  private static double[] add(double[] a, double[] b) {
    return new double[] {a[0] + b[0], a[1] + b[1]};
  }

  /** "keyA|keyB" with both keys' summed sentiment, for every two distinct keys, keyA &lt; keyB (the map is sorted). */
  private static void forEachPair(TreeMap<String, double[]> keys, BiConsumer<String, double[]> action) {
    List<Map.Entry<String, double[]>> sorted = new ArrayList<>(keys.entrySet());
    for (int i = 0; i < sorted.size(); i++) {
      for (int j = i + 1; j < sorted.size(); j++) {
        action.accept(join(sorted.get(i).getKey(), sorted.get(j).getKey()),
            add(sorted.get(i).getValue(), sorted.get(j).getValue()));
      }
    }
  }
}
