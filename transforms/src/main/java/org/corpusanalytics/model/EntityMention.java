package org.corpusanalytics.model;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCaseFormat;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;
import org.apache.beam.vendor.guava.v32_1_2_jre.com.google.common.base.CaseFormat;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One row of the {@code entity_mentions} table: a named-entity mention, its span [charStart, charEnd)
 * in the article's cleaned text, the canonical entity it stands for, and the sentiment expressed toward it.
 */
@DefaultSchema(AutoValueSchema.class)
@SchemaCaseFormat(CaseFormat.LOWER_UNDERSCORE)
@AutoValue
public abstract class EntityMention {
  @SchemaFieldNumber("0")
  public abstract String getDocId();

  @SchemaFieldNumber("1")
  public abstract int getSentenceIndex();

  /** The mention as written. */
  @SchemaFieldNumber("2")
  public abstract String getText();

  /** The canonical name: within the article at extraction, across the corpus in the table. */
  @SchemaFieldNumber("3")
  public abstract String getEntity();

  /** PERSON, ORGANIZATION, LOCATION or MISC. */
  @SchemaFieldNumber("4")
  public abstract String getEntityType();

  @SchemaFieldNumber("5")
  public abstract int getCharStart();

  @SchemaFieldNumber("6")
  public abstract int getCharEnd();

  /** Sentiment toward this mention in its sentence ({@code TargetedSentiment}), in [-1, 1]; null when not scored. */
  @SchemaFieldNumber("7")
  public abstract @Nullable Double getSentiment();

  /** A mention without sentiment. */
  public static EntityMention create(
      String docId, int sentenceIndex, String text, String entity, String entityType, int charStart, int charEnd) {
    return create(docId, sentenceIndex, text, entity, entityType, charStart, charEnd, null);
  }

  public static EntityMention create(String docId, int sentenceIndex, String text, String entity, String entityType,
      int charStart, int charEnd, @Nullable Double sentiment) {
    return new AutoValue_EntityMention(docId, sentenceIndex, text, entity, entityType, charStart, charEnd, sentiment);
  }

  public EntityMention withEntity(String entity, String entityType) {
    return create(getDocId(), getSentenceIndex(), getText(), entity, entityType, getCharStart(), getCharEnd(),
        getSentiment());
  }
}
