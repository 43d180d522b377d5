package org.corpusanalytics.entities;

import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.corpusanalytics.model.ArticleEntities;
import org.corpusanalytics.model.EntityMention;
import org.corpusanalytics.model.EntityPair;
import org.corpusanalytics.model.EntityRecord;
import org.corpusanalytics.testing.TestPipelines;
import org.joda.time.Instant;
import org.junit.jupiter.api.Test;

/** CountEntities, ResolveMentions and CountCooccurrences on two hand-made articles. */
class EntitiesTest {
  private static final Instant JAN = Instant.parse("2025-01-10T08:00:00Z");
  private static final Instant FEB = Instant.parse("2025-02-03T12:00:00Z");
  // a: 3 sentences; b: 2 sentences. Mention sentiments are exact binary fractions so sums are exact; the
  // sentence compounds differ from them and must not be used.
  private static final ArticleEntities A = ArticleEntities.create("a", JAN, 3, List.of(0.125, -0.125, 0.0), List.of(
      m("a", 0, "Donald Trump", "Donald Trump", "PERSON", 0, 0.5),
      m("a", 0, "Venezuela", "Venezuela", "LOCATION", 20, 0.25),
      m("a", 1, "Trump", "Donald Trump", "PERSON", 40, -0.5),
      m("a", 1, "Venezuela", "Venezuela", "LOCATION", 50, -0.25),
      m("a", 2, "Caracas", "Caracas", "LOCATION", 70, 0.0)));
  private static final ArticleEntities B = ArticleEntities.create("b", FEB, 2, List.of(0.0, 0.0), List.of(
      m("b", 0, "VENEZUELA", "VENEZUELA", "LOCATION", 0, 0.75),
      m("b", 0, "Donald Trump", "Donald Trump", "PERSON", 20, 0.25),
      m("b", 1, "Caracas", "Caracas", "ORGANIZATION", 40, 0.5)));

  private static EntityMention m(String doc, int sentence, String text, String entity, String type, int start,
      double sentiment) {
    return EntityMention.create(doc, sentence, text, entity, type, start, start + text.length(), sentiment);
  }

  @Test
  void entitiesMentionsAndPairs() {
    Pipeline pipeline = TestPipelines.direct();
    PCollection<ArticleEntities> articles = pipeline.apply(Create.of(A, B));
    PCollection<EntityRecord> entities = articles.apply(CountEntities.create().withBuckets(2));
    PCollectionView<Map<String, EntityRecord>> names = entities.apply(EntityDirectory.view());

    // mean_sentiment: the mean over each entity's mentions: (0.5 - 0.5 + 0.25) / 3, (0.25 - 0.25 + 0.75) / 3,
    // (0.0 + 0.5) / 2.
    PAssert.that(entities).containsInAnyOrder(
        EntityRecord.create("Donald Trump", "PERSON", 3, 2, 0.25 / 3),
        EntityRecord.create("Venezuela", "LOCATION", 3, 2, 0.25),
        EntityRecord.create("Caracas", "LOCATION", 2, 2, 0.25));
    PAssert.that(articles.apply(ResolveMentions.using(names))).containsInAnyOrder(
        A.getMentions().get(0), A.getMentions().get(1), A.getMentions().get(2), A.getMentions().get(3),
        A.getMentions().get(4),
        B.getMentions().get(0).withEntity("Venezuela", "LOCATION"), B.getMentions().get(1),
        B.getMentions().get(2).withEntity("Caracas", "LOCATION"));
    PAssert.that(articles.apply(CountCooccurrences.using(names).withBuckets(3))).containsInAnyOrder(
        // sentence scope: N = 5, n(Trump) = n(Venezuela) = 3, together in 3 sentences; sentiment = mean of
        // both entities' mentions there: (0.5 + 0.25 - 0.5 - 0.25 + 0.75 + 0.25) / 6
        pair("Donald Trump", "PERSON", "Venezuela", "LOCATION", "sentence", 3, 2, 3 / 5.0, 3 / 5.0, 3 / 5.0,
            1.0 / 6, JAN, FEB, null),
        // article scope: N = 2, every entity in both articles; sentiment = mean of both entities' mentions in
        // the two articles: Caracas-Trump (0.0 + 0.5 - 0.5 + 0.5 + 0.25) / 5, Caracas-Venezuela
        // (0.0 + 0.25 - 0.25 + 0.5 + 0.75) / 5, Trump-Venezuela (0.5 - 0.5 + 0.25 - 0.25 + 0.25 + 0.75) / 6
        pair("Caracas", "LOCATION", "Donald Trump", "PERSON", "article", 2, 2, 1, 1, 1, 0.75 / 5, JAN, FEB, null),
        pair("Caracas", "LOCATION", "Venezuela", "LOCATION", "article", 2, 2, 1, 1, 1, 1.25 / 5, JAN, FEB, null),
        pair("Donald Trump", "PERSON", "Venezuela", "LOCATION", "article", 2, 2, 1, 1, 1, 1.0 / 6, JAN, FEB,
            null));
    pipeline.run().waitUntilFinish();
  }

  @Test
  void periodsSplitTheCountsAndRarePairsAreDropped() {
    Pipeline pipeline = TestPipelines.direct();
    PCollection<ArticleEntities> articles = pipeline.apply(Create.of(A, B));
    PCollectionView<Map<String, EntityRecord>> names =
        articles.apply(CountEntities.create()).apply(EntityDirectory.view());
    PAssert.that(articles.apply(CountCooccurrences.using(names)
            .withPeriod(CooccurrencePeriod.MONTH).withMinPairCount(2)))
        .containsInAnyOrder(pair("Donald Trump", "PERSON", "Venezuela", "LOCATION", "sentence", 2, 1,
            2 / 3.0, 2 / 3.0, 2 / 3.0, 0.0, JAN, JAN, "2025-01"));
    // (January: sentences a0 and a1, mentions 0.5 + 0.25 - 0.5 - 0.25 = 0.)
    pipeline.run().waitUntilFinish();
  }

  /** A row with PMI and NPMI from p(x,y), p(x), p(y) as documented. */
  private static EntityPair pair(String a, String typeA, String b, String typeB, String scope, long count, long docs,
      double pxy, double px, double py, Double sentiment, Instant first, Instant last, String period) {
    double pmi = Math.log(pxy / (px * py));
    double npmi = pxy >= 1.0 ? 1.0 : pmi / -Math.log(pxy);
    return EntityPair.create(a, typeA, b, typeB, scope, count, docs, pmi, npmi, sentiment, first, last, period);
  }
}
