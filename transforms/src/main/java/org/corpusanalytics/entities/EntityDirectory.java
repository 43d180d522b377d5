package org.corpusanalytics.entities;

import java.util.HashMap;
import java.util.Map;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.MapCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.corpusanalytics.model.EntityRecord;
import org.corpusanalytics.text.ner.EntityNames;

/**
 * The corpus's entities as a side input: key of {@link EntityNames#key} -> EntityRecord, so that
 * mentions and pairs are shown with each entity's corpus-wide name and type.
 *
 * <p>The map is built once and read as a single value. A {@code View.asMap} view would be rebuilt
 * from its entries on every read on the DirectRunner (each article of {@link ResolveMentions} and
 * each bucket of {@link CountCooccurrences} reads it), which cost about 5% of a run's CPU there.
 */
public class EntityDirectory extends PTransform<PCollection<EntityRecord>, PCollectionView<Map<String, EntityRecord>>> {

  public static EntityDirectory view() {
    return new EntityDirectory();
  }

  @Override
  public PCollectionView<Map<String, EntityRecord>> expand(PCollection<EntityRecord> entities) {
    return entities.apply("ByKey", Combine.globally(new ByKeyFn(Schemas.coder(entities, EntityRecord.class)))
        .asSingletonView());
  }

  /** EntityRecords -> key -> record; keys are unique, as {@link CountEntities} makes one record per key. */
  static class ByKeyFn extends Combine.CombineFn<EntityRecord, Map<String, EntityRecord>, Map<String, EntityRecord>> {
    private final Coder<EntityRecord> recordCoder;

    ByKeyFn(Coder<EntityRecord> recordCoder) {
      this.recordCoder = recordCoder;
    }

    @Override
    public Map<String, EntityRecord> createAccumulator() {
      return new HashMap<>();
    }

    @Override
    public Map<String, EntityRecord> addInput(Map<String, EntityRecord> byKey, EntityRecord entity) {
      EntityRecord previous = byKey.put(EntityNames.key(entity.getEntity()), entity);
      if (previous != null && !previous.equals(entity)) {
        throw new IllegalArgumentException("two entities with the key of " + entity.getEntity() + ": "
            + previous + " and " + entity);
      }
      return byKey;
    }

    @Override
    public Map<String, EntityRecord> mergeAccumulators(Iterable<Map<String, EntityRecord>> partials) {
      Map<String, EntityRecord> merged = new HashMap<>();
      partials.forEach(partial -> partial.values().forEach(entity -> addInput(merged, entity)));
      return merged;
    }

    @Override
    public Map<String, EntityRecord> extractOutput(Map<String, EntityRecord> byKey) {
      return byKey;
    }

    @Override
    public Coder<Map<String, EntityRecord>> getAccumulatorCoder(CoderRegistry registry, Coder<EntityRecord> input) {
      return MapCoder.of(StringUtf8Coder.of(), recordCoder);
    }

    @Override
    public Coder<Map<String, EntityRecord>> getDefaultOutputCoder(CoderRegistry registry, Coder<EntityRecord> input) {
      return MapCoder.of(StringUtf8Coder.of(), recordCoder);
    }
  }
}
