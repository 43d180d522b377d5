package org.corpusanalytics.entities;

import java.util.Map;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.corpusanalytics.model.EntityRecord;
import org.corpusanalytics.text.ner.EntityNames;

/**
 * The corpus's entities as a side input: key of {@link EntityNames#key} -> EntityRecord, so that
 * mentions and pairs are shown with each entity's corpus-wide name and type.
 */
public class EntityDirectory extends PTransform<PCollection<EntityRecord>, PCollectionView<Map<String, EntityRecord>>> {

  public static EntityDirectory view() {
    return new EntityDirectory();
  }

  @Override
  public PCollectionView<Map<String, EntityRecord>> expand(PCollection<EntityRecord> entities) {
    return entities
        .apply("KeyByName", WithKeys.of((EntityRecord entity) -> EntityNames.key(entity.getEntity()))
            .withKeyType(TypeDescriptors.strings()))
        .apply("AsMap", View.asMap());
  }
}
