package org.corpusanalytics.model;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCaseFormat;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;
import org.apache.beam.vendor.guava.v32_1_2_jre.com.google.common.base.CaseFormat;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One row of the {@code entities} table: a canonical entity over the corpus, its mentions, the
 * articles mentioning it, and the mean sentiment compound of the sentences mentioning it.
 */
@DefaultSchema(AutoValueSchema.class)
@SchemaCaseFormat(CaseFormat.LOWER_UNDERSCORE)
@AutoValue
public abstract class EntityRecord {
  @SchemaFieldNumber("0")
  public abstract String getEntity();

  @SchemaFieldNumber("1")
  public abstract String getEntityType();

  @SchemaFieldNumber("2")
  public abstract long getMentionCount();

  @SchemaFieldNumber("3")
  public abstract long getDocCount();

  /** Null when sentiment was not scored. */
  @SchemaFieldNumber("4")
  public abstract @Nullable Double getMeanSentiment();

  public static EntityRecord create(
      String entity, String entityType, long mentionCount, long docCount, @Nullable Double meanSentiment) {
    return new AutoValue_EntityRecord(entity, entityType, mentionCount, docCount, meanSentiment);
  }
}
