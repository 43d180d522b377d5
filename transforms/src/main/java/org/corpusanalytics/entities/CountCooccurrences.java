package org.corpusanalytics.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.MapCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableBiFunction;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.corpusanalytics.model.ArticleEntities;
import org.corpusanalytics.model.EntityPair;
import org.corpusanalytics.model.EntityRecord;
import org.corpusanalytics.model.PairTally;

/**
 * Co-occurrence networks of entities at sentence and article scope.
 *
 * <p>ArticleEntities -> EntityPair(a, b, scope, pair_count, doc_count, pmi, npmi, mean_sentiment,
 * first_seen, last_seen, period) for every unordered pair of distinct entities found together in at
 * least {@code minPairCount} units (sentences, or articles) of a period. With N units of the scope
 * (and period), n(x) units containing x and n(x,y) containing both: p(x) = n(x)/N,
 * p(x,y) = n(x,y)/N, pmi = ln(p(x,y) / (p(x) p(y))), npmi = pmi / -ln p(x,y) (1 when p(x,y) = 1).
 * mean_sentiment: the mean targeted sentiment of both entities' mentions in the units (sentences, or articles)
 * containing both; null when none was scored.
 *
 * <p>Each article's pairs are pre-summed ({@link Fanout}) and split into at most {@code buckets} maps
 * by hash of the pair, then combined per bucket into pair -> tally maps (the fan-out is quadratic
 * in an article's entities; a fixed number of keys keeps the DirectRunner to one group per bucket,
 * where a key per pair would make one per pair). The combine is the only shuffle: Spark combines
 * each partition's maps before it, so no extra reshuffle of the per-article maps is needed.
 * Unit counts n(x) and N are small (one per entity) and combined into one side-input map.
 */
public class CountCooccurrences extends PTransform<PCollection<ArticleEntities>, PCollection<EntityPair>> {
  private final PCollectionView<Map<String, EntityRecord>> entities;
  private final CooccurrencePeriod period;
  private final long minPairCount;
  private final int buckets;

  private CountCooccurrences(PCollectionView<Map<String, EntityRecord>> entities, CooccurrencePeriod period,
      long minPairCount, int buckets) {
    this.entities = entities;
    this.period = period;
    this.minPairCount = minPairCount;
    this.buckets = buckets;
  }

  /** Pairs named after the corpus-wide entities of {@link EntityDirectory}; no periods, every pair, 8 buckets. */
  public static CountCooccurrences using(PCollectionView<Map<String, EntityRecord>> entities) {
    return new CountCooccurrences(entities, CooccurrencePeriod.NONE, 1, 8);
  }

  public CountCooccurrences withPeriod(CooccurrencePeriod period) {
    return new CountCooccurrences(entities, period, minPairCount, buckets);
  }

  /** Keeps pairs found together in at least this many units of their scope. */
  public CountCooccurrences withMinPairCount(long minPairCount) {
    if (minPairCount < 1) {
      throw new IllegalArgumentException("minPairCount must be at least 1, not " + minPairCount);
    }
    return new CountCooccurrences(entities, period, minPairCount, buckets);
  }

  public CountCooccurrences withBuckets(int buckets) {
    if (buckets < 1) {
      throw new IllegalArgumentException("buckets must be at least 1, not " + buckets);
    }
    return new CountCooccurrences(entities, period, minPairCount, buckets);
  }

  @Override
  public PCollection<EntityPair> expand(PCollection<ArticleEntities> articles) {
    Coder<PairTally> tallyCoder = Schemas.coder(articles, PairTally.class);
    CooccurrencePeriod byPeriod = period;
    int bucketCount = buckets;
    PCollectionView<Map<String, Long>> units = articles
        .apply("CountUnits", MapElements
            .into(TypeDescriptors.maps(TypeDescriptors.strings(), TypeDescriptors.longs()))
            .via((ArticleEntities article) -> Fanout.units(article, byPeriod)))
        .setCoder(MapCoder.of(StringUtf8Coder.of(), VarLongCoder.of()))
        .apply("SumUnits", Combine.globally(new SumMapsFn<>(VarLongCoder.of(), Long::sum)).asSingletonView());
    return articles
        .apply("FanOutPairs", FlatMapElements
            .into(TypeDescriptors.kvs(TypeDescriptors.integers(),
                TypeDescriptors.maps(TypeDescriptors.strings(), TypeDescriptor.of(PairTally.class))))
            .via((ArticleEntities article) -> byBucket(Fanout.pairs(article, byPeriod), bucketCount)))
        .setCoder(KvCoder.of(VarIntCoder.of(), MapCoder.of(StringUtf8Coder.of(), tallyCoder)))
        .apply("SumPerPair", Combine.perKey(new SumMapsFn<>(tallyCoder, PairTally::plus)))
        .apply("ScorePairs", ParDo.of(new ScorePairsFn(entities, units, minPairCount)).withSideInputs(entities, units))
        .setCoder(Schemas.coder(articles, EntityPair.class));
  }

  /** One article's pair -> tally map split by hash bucket of the pair: at most {@code buckets} elements. */
  static List<KV<Integer, Map<String, PairTally>>> byBucket(Map<String, PairTally> pairs, int buckets) {
    Map<Integer, Map<String, PairTally>> split = new HashMap<>();
    pairs.forEach((pair, tally) ->
        split.computeIfAbsent(Math.floorMod(pair.hashCode(), buckets), k -> new HashMap<>()).put(pair, tally));
    return split.entrySet().stream().map(bucket -> KV.of(bucket.getKey(), bucket.getValue())).toList();
  }

  /** A bucket of pair -> tally -> rows with names, types, PMI and NPMI; drops rare pairs. */
  static class ScorePairsFn extends DoFn<KV<Integer, Map<String, PairTally>>, EntityPair> {
    private final Counter pairsBelowMinimum = Metrics.counter(ScorePairsFn.class, "pairsBelowMinimum");
    private final PCollectionView<Map<String, EntityRecord>> entities;
    private final PCollectionView<Map<String, Long>> units;
    private final long minPairCount;

    ScorePairsFn(PCollectionView<Map<String, EntityRecord>> entities, PCollectionView<Map<String, Long>> units,
        long minPairCount) {
      this.entities = entities;
      this.units = units;
      this.minPairCount = minPairCount;
    }

    @ProcessElement
    public void process(ProcessContext context) {
      Map<String, EntityRecord> byKey = context.sideInput(entities);
      Map<String, Long> unitCounts = context.sideInput(units);
      for (Map.Entry<String, PairTally> pair : context.element().getValue().entrySet()) {
        PairTally tally = pair.getValue();
        if (tally.getPairCount() < minPairCount) {
          pairsBelowMinimum.inc();
          continue;
        }
        context.output(score(pair.getKey(), tally, byKey, unitCounts));
      }
    }
  }

  /**
   * One summed pair ("scope|period|keyA|keyB" -> tally) -> its row, named and typed from the
   * entities by key, with PMI and NPMI from the unit counts; exposed for callers outside Beam.
   */
  public static EntityPair score(String pairKey, PairTally tally, Map<String, EntityRecord> byKey,
      Map<String, Long> unitCounts) {
    List<String> parts = Fanout.split(pairKey);
    String scope = parts.get(0);
    String periodName = parts.get(1);
    double total = unitCounts.get(Fanout.join(scope, periodName));
    double pxy = tally.getPairCount() / total;
    double px = unitCounts.get(Fanout.join(scope, periodName, parts.get(2))) / total;
    double py = unitCounts.get(Fanout.join(scope, periodName, parts.get(3))) / total;
    double pmi = Math.log(pxy / (px * py));
    double npmi = pxy >= 1.0 ? 1.0 : pmi / -Math.log(pxy);
    EntityRecord a = byKey.get(parts.get(2));
    EntityRecord b = byKey.get(parts.get(3));
    if (a.getEntity().compareTo(b.getEntity()) > 0) {
      EntityRecord swap = a;
      a = b;
      b = swap;
    }
    return EntityPair.create(a.getEntity(), a.getEntityType(), b.getEntity(), b.getEntityType(), scope,
        tally.getPairCount(), tally.getDocCount(), pmi, npmi,
        tally.getSentimentCount() == 0 ? null : tally.getSentimentSum() / tally.getSentimentCount(),
        tally.getFirstSeen(), tally.getLastSeen(), periodName.isEmpty() ? null : periodName);
  }

  /** Maps merged by key; used for pair tallies per bucket and for the global unit counts. */
  static class SumMapsFn<V> extends Combine.CombineFn<Map<String, V>, Map<String, V>, Map<String, V>> {
    private final Coder<V> valueCoder;
    private final SerializableBiFunction<V, V, V> plus;

    SumMapsFn(Coder<V> valueCoder, SerializableBiFunction<V, V, V> plus) {
      this.valueCoder = valueCoder;
      this.plus = plus;
    }

    @Override
    public Map<String, V> createAccumulator() {
      return new HashMap<>();
    }

    @Override
    public Map<String, V> addInput(Map<String, V> sums, Map<String, V> input) {
      input.forEach((key, value) -> sums.merge(key, value, plus::apply));
      return sums;
    }

    @Override
    public Map<String, V> mergeAccumulators(Iterable<Map<String, V>> partials) {
      Map<String, V> merged = new HashMap<>();
      partials.forEach(partial -> addInput(merged, partial));
      return merged;
    }

    @Override
    public Map<String, V> extractOutput(Map<String, V> sums) {
      return sums;
    }

    @Override
    public Coder<Map<String, V>> getAccumulatorCoder(
        CoderRegistry registry, Coder<Map<String, V>> input) {
      return MapCoder.of(StringUtf8Coder.of(), valueCoder);
    }

    @Override
    public Coder<Map<String, V>> getDefaultOutputCoder(CoderRegistry registry, Coder<Map<String, V>> input) {
      return MapCoder.of(StringUtf8Coder.of(), valueCoder);
    }
  }
}
