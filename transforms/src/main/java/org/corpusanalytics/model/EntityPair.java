package org.corpusanalytics.model;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCaseFormat;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;
import org.apache.beam.vendor.guava.v32_1_2_jre.com.google.common.base.CaseFormat;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.joda.time.Instant;

/**
 * One row of the {@code cooccurrence} table: an unordered pair of distinct entities (entityA &lt;
 * entityB) at one scope ("sentence" or "article") and, optionally, one period.
 */
@DefaultSchema(AutoValueSchema.class)
@SchemaCaseFormat(CaseFormat.LOWER_UNDERSCORE)
@AutoValue
public abstract class EntityPair {
  @SchemaFieldNumber("0")
  public abstract String getEntityA();

  @SchemaFieldNumber("1")
  public abstract String getTypeA();

  @SchemaFieldNumber("2")
  public abstract String getEntityB();

  @SchemaFieldNumber("3")
  public abstract String getTypeB();

  @SchemaFieldNumber("4")
  public abstract String getScope();

  /** Scope units (sentences or articles) containing both. */
  @SchemaFieldNumber("5")
  public abstract long getPairCount();

  @SchemaFieldNumber("6")
  public abstract long getDocCount();

  @SchemaFieldNumber("7")
  public abstract double getPmi();

  @SchemaFieldNumber("8")
  public abstract double getNpmi();

  @SchemaFieldNumber("9")
  public abstract @Nullable Double getMeanSentiment();

  @SchemaFieldNumber("10")
  public abstract @Nullable Instant getFirstSeen();

  @SchemaFieldNumber("11")
  public abstract @Nullable Instant getLastSeen();

  /** Null unless the job groups pairs by period. */
  @SchemaFieldNumber("12")
  public abstract @Nullable String getPeriod();

  public static EntityPair create(String entityA, String typeA, String entityB, String typeB, String scope,
      long pairCount, long docCount, double pmi, double npmi, @Nullable Double meanSentiment,
      @Nullable Instant firstSeen, @Nullable Instant lastSeen, @Nullable String period) {
    return new AutoValue_EntityPair(entityA, typeA, entityB, typeB, scope, pairCount, docCount, pmi, npmi,
        meanSentiment, firstSeen, lastSeen, period);
  }
}
