package org.corpusanalytics.model;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCaseFormat;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;
import org.apache.beam.vendor.guava.v32_1_2_jre.com.google.common.base.CaseFormat;

/**
 * One row of the {@code entity_mentions} table: a named-entity mention, its span [charStart, charEnd)
 * in the article's cleaned text, and the canonical entity it stands for.
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

  public static EntityMention create(
      String docId, int sentenceIndex, String text, String entity, String entityType, int charStart, int charEnd) {
    return new AutoValue_EntityMention(docId, sentenceIndex, text, entity, entityType, charStart, charEnd);
  }

  public EntityMention withEntity(String entity, String entityType) {
    return create(getDocId(), getSentenceIndex(), getText(), entity, entityType, getCharStart(), getCharEnd());
  }
}
