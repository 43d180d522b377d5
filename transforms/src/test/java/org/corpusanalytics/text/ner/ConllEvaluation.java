package org.corpusanalytics.text.ner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.corpusanalytics.text.ner.NerCorpora.GoldArticle;
import org.corpusanalytics.text.ner.NerEvaluation.Counts;

/**
 * CoNLL-2003 train and development parts, each system article by article, scored two ways over the
 * given types: conlleval-style (a mention counts when its span and type are exact) and per article
 * (the multiset of an article's (surface, type) pairs against the gold one, so a name found at a
 * different place of the same article still counts).
 */
final class ConllEvaluation {
  static final Set<EntityType> NEWS = Set.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION);

  private ConllEvaluation() {}

  /** conlleval-style per-type counts plus the micro-average under key null. */
  static Map<EntityType, Counts> exactSpans(List<GoldArticle> articles, Function<GoldArticle, List<EntitySpan>> system,
      Set<EntityType> types) {
    Map<EntityType, Counts> counts = emptyCounts(types);
    for (GoldArticle article : articles) {
      Set<EntitySpan> gold = new HashSet<>(article.gold());
      Set<EntitySpan> found = new HashSet<>(system.apply(article));
      gold.removeIf(span -> !types.contains(span.type()));
      found.removeIf(span -> !types.contains(span.type()));
      for (EntitySpan span : found) {
        tally(counts, span.type(), gold.contains(span) ? 1 : 0, gold.contains(span) ? 0 : 1, 0);
      }
      for (EntitySpan span : gold) {
        if (!found.contains(span)) {
          tally(counts, span.type(), 0, 0, 1);
        }
      }
    }
    return counts;
  }

  /** Per-article (surface, type) multisets: true positives are the smaller count of each pair. */
  static Map<EntityType, Counts> perArticle(List<GoldArticle> articles, Function<GoldArticle, List<EntitySpan>> system,
      Set<EntityType> types) {
    Map<EntityType, Counts> counts = emptyCounts(types);
    for (GoldArticle article : articles) {
      Map<Map.Entry<String, EntityType>, Integer> gold = multiset(article.text(), article.gold(), types);
      Map<Map.Entry<String, EntityType>, Integer> found = multiset(article.text(), system.apply(article), types);
      Set<Map.Entry<String, EntityType>> keys = new HashSet<>(gold.keySet());
      keys.addAll(found.keySet());
      for (Map.Entry<String, EntityType> key : keys) {
        int g = gold.getOrDefault(key, 0);
        int f = found.getOrDefault(key, 0);
        tally(counts, key.getValue(), Math.min(g, f), Math.max(0, f - g), Math.max(0, g - f));
      }
    }
    return counts;
  }

  private static Map<Map.Entry<String, EntityType>, Integer> multiset(String text, List<EntitySpan> spans,
      Set<EntityType> types) {
    Map<Map.Entry<String, EntityType>, Integer> counts = new HashMap<>();
    for (EntitySpan span : spans) {
      if (types.contains(span.type())) {
        counts.merge(Map.entry(text.substring(span.start(), span.end()), span.type()), 1, Integer::sum);
      }
    }
    return counts;
  }

  private static Map<EntityType, Counts> emptyCounts(Set<EntityType> types) {
    Map<EntityType, Counts> counts = new LinkedHashMap<>();
    for (EntityType type : EntityType.values()) {
      if (types.contains(type)) {
        counts.put(type, new Counts());
      }
    }
    counts.put(null, new Counts());
    return counts;
  }

  private static void tally(Map<EntityType, Counts> counts, EntityType type, long tp, long fp, long fn) {
    for (Counts c : new Counts[] {counts.get(type), counts.get(null)}) {
      c.truePositives += tp;
      c.falsePositives += fp;
      c.falseNegatives += fn;
    }
  }

  /** Every system's output on every article, computed once. */
  static Function<GoldArticle, List<EntitySpan>> cached(List<GoldArticle> articles,
      Function<GoldArticle, List<EntitySpan>> system) {
    Map<GoldArticle, List<EntitySpan>> outputs = new IdentityHashMap<>();
    articles.forEach(article -> outputs.put(article, system.apply(article)));
    return outputs::get;
  }

  static Function<GoldArticle, List<EntitySpan>> ours(ArticleRecognizer recognizer) {
    return article -> {
      List<EntitySpan> spans = new ArrayList<>();
      recognizer.recognize(article.text(), article.sentences()).forEach(spans::addAll);
      return spans;
    };
  }

  static void print(Path dir) {
    CrfEntityRecognizer cased = CrfEntityRecognizer.shared();
    CrfEntityRecognizer caseless = CrfEntityRecognizer.caseless();
    CoreNlpAnchor anchor = new CoreNlpAnchor();
    Map<String, Function<GoldArticle, List<EntitySpan>>> systems = new LinkedHashMap<>();
    systems.put("anchor: CoreNLP StanfordCoreNLP pipeline, same cased model", a -> anchor.recognize(a.text()));
    systems.put("ours, cased CRF per sentence (before)", ours(new ArticleRecognizer(cased, cased, false)));
    systems.put("ours + caseless model on ALL-CAPS lines", ours(new ArticleRecognizer(cased, caseless, false)));
    systems.put("ours + consistent labels in the article", ours(new ArticleRecognizer(cased, cased, true)));
    systems.put("ours, both (the job's recogniser)", ours(ArticleRecognizer.standard()));
    for (String part : List.of("train", "dev")) {
      List<GoldArticle> articles = NerCorpora.conll(dir.resolve(part + ".txt"));
      System.out.printf("CoNLL-2003 %s (%d articles); CoreNLP's CoNLL models were trained on CoNLL-2003 train"
          + " (and possibly dev), so both parts are in-sample for the CRF%n", part, articles.size());
      for (Map.Entry<String, Function<GoldArticle, List<EntitySpan>>> system : systems.entrySet()) {
        Function<GoldArticle, List<EntitySpan>> outputs = cached(articles, system.getValue());
        NerEvaluation.print("  " + system.getKey() + ", conlleval-style (exact span and type)",
            exactSpans(articles, outputs, NEWS));
        NerEvaluation.print("  " + system.getKey() + ", per article (surface and type)",
            perArticle(articles, outputs, NEWS));
        System.out.printf("  all four types incl. MISC, conlleval-style micro F1 %.4f%n",
            exactSpans(articles, outputs, Set.of(EntityType.values())).get(null).f1());
      }
    }
  }
}
