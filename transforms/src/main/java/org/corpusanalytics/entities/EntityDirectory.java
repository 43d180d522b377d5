package org.corpusanalytics.entities;

import java.util.Map;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.corpusanalytics.combine.SumByKeyFn;
import org.corpusanalytics.model.EntityRecord;
import org.corpusanalytics.text.ner.EntityNames;

/**
 * The corpus's entities as a side input: key of {@link EntityNames#key} -> EntityRecord, so that
 * mentions and pairs are shown with each entity's corpus-wide name and type.
 *
 * <p>The map is built once and read as a single value. A {@code View.asMap} view would be rebuilt
 * from its entries on every read on the DirectRunner (each article of {@link ResolveMentions} and
 * each bucket of {@link CountCooccurrences} reads it): 5% of the execution samples when profiling
 * 5,000 articles there.
 */
public class EntityDirectory extends PTransform<PCollection<EntityRecord>, PCollectionView<Map<String, EntityRecord>>> {

  public static EntityDirectory view() {
    return new EntityDirectory();
  }

  @Override
  public PCollectionView<Map<String, EntityRecord>> expand(PCollection<EntityRecord> entities) {
    return entities.apply("ByKey", Combine.globally(byKey(Schemas.coder(entities, EntityRecord.class)))
        .asSingletonView());
  }

  /** EntityRecords -> key -> record; keys are unique, as {@link CountEntities} makes one record per key. */
  static SumByKeyFn<EntityRecord> byKey(Coder<EntityRecord> recordCoder) {
    return new SumByKeyFn<>(recordCoder, entity -> EntityNames.key(entity.getEntity()), EntityDirectory::sameEntity);
  }

  private static EntityRecord sameEntity(EntityRecord kept, EntityRecord other) {
    if (!kept.equals(other)) {
      throw new IllegalArgumentException("two entities with the key of " + kept.getEntity() + ": " + kept
          + " and " + other);
    }
    return kept;
  }
}
