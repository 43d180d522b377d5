package org.corpusanalytics.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.corpusanalytics.combine.SumByKeyFn;
import org.corpusanalytics.model.EntityRecord;
import org.corpusanalytics.text.ner.EntityNames;
import org.junit.jupiter.api.Test;

/** The entity map is keyed by canonical key and merges partial maps without losing an entity. */
class EntityDirectoryTest {
  private final SumByKeyFn<EntityRecord> byKey = EntityDirectory.byKey(null);
  private final EntityRecord trump = EntityRecord.create("Donald Trump", "PERSON", 3, 2, 0.1);
  private final EntityRecord caracas = EntityRecord.create("Caracas", "LOCATION", 2, 2, 0.375);

  @Test
  void partialMapsMergeIntoOneEntryPerKey() {
    Map<String, EntityRecord> left = byKey.addInput(byKey.createAccumulator(), trump);
    Map<String, EntityRecord> right = byKey.addInput(byKey.createAccumulator(), caracas);
    Map<String, EntityRecord> merged = byKey.extractOutput(byKey.mergeAccumulators(List.of(left, right, Map.of())));
    assertEquals(Map.of(EntityNames.key("Donald Trump"), trump, EntityNames.key("Caracas"), caracas), merged);
  }

  @Test
  void twoDifferentRecordsUnderOneKeyAreAnError() {
    EntityRecord otherTrump = EntityRecord.create("Donald Trump", "ORGANIZATION", 1, 1, 0.0);
    Map<String, EntityRecord> withTrump = byKey.addInput(byKey.createAccumulator(), trump);
    assertThrows(IllegalArgumentException.class, () -> byKey.addInput(withTrump, otherTrump));
  }
}
