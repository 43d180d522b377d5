package org.corpusanalytics.terms;

import java.util.ArrayList;
import java.util.Map;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.corpusanalytics.combine.SumByKeyFn;
import org.corpusanalytics.model.TermCount;
import org.corpusanalytics.model.VocabularyEntry;

/**
 * Corpus-wide term statistics from per-article counts.
 *
 * <p>(doc_id, term, count) -> (term, term_count = sum of counts, doc_count = number of articles).
 *
 * <p>Terms are combined in a fixed number of hash buckets, each accumulating a term -> entry map,
 * rather than keyed one by one: a key per term would make one unit of work per term on the
 * DirectRunner. Partial maps are combined before the shuffle, so each worker sends at most one
 * partial entry per term.
 */
public class BuildVocabulary extends PTransform<PCollection<TermCount>, PCollection<VocabularyEntry>> {
  public static final int DEFAULT_BUCKETS = 8;

  private final int buckets;

  private BuildVocabulary(int buckets) {
    this.buckets = buckets;
  }

  public static BuildVocabulary create() {
    return new BuildVocabulary(DEFAULT_BUCKETS);
  }

  /** How many groups the vocabulary is split into; each must fit in one worker's memory. */
  public BuildVocabulary withBuckets(int buckets) {
    if (buckets < 1) {
      throw new IllegalArgumentException("buckets must be at least 1, not " + buckets);
    }
    return new BuildVocabulary(buckets);
  }

  @Override
  public PCollection<VocabularyEntry> expand(PCollection<TermCount> termCounts) {
    Coder<VocabularyEntry> entryCoder = schemaCoder(termCounts);
    int bucketCount = buckets;
    return termCounts
        .apply("KeyByTermBucket", MapElements
            .into(TypeDescriptors.kvs(TypeDescriptors.integers(), TypeDescriptor.of(VocabularyEntry.class)))
            .via(termCount -> KV.of(Math.floorMod(termCount.getTerm().hashCode(), bucketCount),
                VocabularyEntry.create(termCount.getTerm(), termCount.getCount(), 1))))
        .setCoder(KvCoder.of(VarIntCoder.of(), entryCoder))
        .apply("SumPerTerm", Combine.perKey(new SumByKeyFn<>(entryCoder, VocabularyEntry::getTerm, VocabularyEntry::plus)))
        .apply("ToEntries", FlatMapElements.into(TypeDescriptor.of(VocabularyEntry.class))
            .via((KV<Integer, Map<String, VocabularyEntry>> bucket) -> new ArrayList<>(bucket.getValue().values())))
        .setCoder(entryCoder);
  }

  private static Coder<VocabularyEntry> schemaCoder(PCollection<?> input) {
    try {
      return input.getPipeline().getSchemaRegistry().getSchemaCoder(VocabularyEntry.class);
    } catch (NoSuchSchemaException e) {
      throw new IllegalStateException("VocabularyEntry declares a schema", e);
    }
  }
}
