package org.corpusanalytics.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.corpusanalytics.combine.SumByKeyFn;
import org.corpusanalytics.model.ArticleEntities;
import org.corpusanalytics.model.EntityMention;
import org.corpusanalytics.model.EntityRecord;
import org.corpusanalytics.model.EntityTally;
import org.corpusanalytics.text.ner.EntityNames;

/**
 * Corpus-wide entity statistics.
 *
 * <p>ArticleEntities -> EntityRecord(entity, type, mention_count, doc_count, mean_sentiment), one per
 * key of {@link EntityNames#key}: names that differ only in case, diacritics or punctuation are one
 * entity, shown in its most frequent name form (ties: the alphabetically first) with its most
 * frequent type. mean_sentiment is the mean of its mentions' targeted sentiment (null when none was scored).
 *
 * <p>Like {@code BuildVocabulary}, entities are combined in a fixed number of hash buckets holding
 * key -> tally maps, not keyed one by one.
 */
public class CountEntities extends PTransform<PCollection<ArticleEntities>, PCollection<EntityRecord>> {
  private final int buckets;

  private CountEntities(int buckets) {
    this.buckets = buckets;
  }

  public static CountEntities create() {
    return new CountEntities(8);
  }

  /** How many groups entities are split into; each must fit in one worker's memory. */
  public CountEntities withBuckets(int buckets) {
    if (buckets < 1) {
      throw new IllegalArgumentException("buckets must be at least 1, not " + buckets);
    }
    return new CountEntities(buckets);
  }

  @Override
  public PCollection<EntityRecord> expand(PCollection<ArticleEntities> articles) {
    Coder<EntityTally> tallyCoder = Schemas.coder(articles, EntityTally.class);
    int bucketCount = buckets;
    return articles
        .apply("TallyPerArticle", FlatMapElements
            .into(TypeDescriptors.kvs(TypeDescriptors.integers(), TypeDescriptor.of(EntityTally.class)))
            .via((ArticleEntities article) -> tallies(article).stream()
                .map(tally -> KV.of(Math.floorMod(tally.getKey().hashCode(), bucketCount), tally))
                .toList()))
        .setCoder(KvCoder.of(VarIntCoder.of(), tallyCoder))
        .apply("SumPerEntity", Combine.perKey(new SumByKeyFn<>(tallyCoder, EntityTally::getKey, EntityTally::plus)))
        .apply("ToEntityRows", FlatMapElements.into(TypeDescriptor.of(EntityRecord.class))
            .via((KV<Integer, Map<String, EntityTally>> bucket) ->
                bucket.getValue().values().stream().map(CountEntities::toRecord).toList()))
        .setCoder(Schemas.coder(articles, EntityRecord.class));
  }

  /** One article -> one tally per entity key it mentions; exposed for callers outside Beam. */
  public static List<EntityTally> tallies(ArticleEntities article) {
    Map<String, List<EntityMention>> byKey = new LinkedHashMap<>();
    for (EntityMention mention : article.getMentions()) {
      byKey.computeIfAbsent(EntityNames.key(mention.getEntity()), k -> new ArrayList<>()).add(mention);
    }
    List<EntityTally> tallies = new ArrayList<>();
    for (Map.Entry<String, List<EntityMention>> entry : byKey.entrySet()) {
      Map<String, Long> names = new HashMap<>();
      Map<String, Long> types = new HashMap<>();
      double sentimentSum = 0;
      long sentimentMentions = 0;
      for (EntityMention mention : entry.getValue()) {
        names.merge(mention.getEntity(), 1L, Long::sum);
        types.merge(mention.getEntityType(), 1L, Long::sum);
        if (mention.getSentiment() != null) {
          sentimentSum += mention.getSentiment();
          sentimentMentions++;
        }
      }
      tallies.add(EntityTally.create(
          entry.getKey(), entry.getValue().size(), 1, sentimentSum, sentimentMentions, names, types));
    }
    return tallies;
  }

  /** A key's summed tally -> its row of the entities table; exposed for callers outside Beam. */
  public static EntityRecord toRecord(EntityTally tally) {
    return EntityRecord.create(mostFrequent(tally.getNames()), mostFrequent(tally.getTypes()),
        tally.getMentionCount(), tally.getDocCount(),
        tally.getSentimentMentions() == 0 ? null : tally.getSentimentSum() / tally.getSentimentMentions());
  }

  private static String mostFrequent(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .min(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed()
            .thenComparing(Map.Entry::getKey))
        .orElseThrow().getKey();
  }
}
