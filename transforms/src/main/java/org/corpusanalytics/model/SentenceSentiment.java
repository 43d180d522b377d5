package org.corpusanalytics.model;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCaseFormat;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;
import org.apache.beam.vendor.guava.v32_1_2_jre.com.google.common.base.CaseFormat;

/**
 * VADER-style sentiment of one sentence: {@code compound} in [-1, 1] and the proportions of
 * positive, neutral and negative lexical mass.
 */
@DefaultSchema(AutoValueSchema.class)
@SchemaCaseFormat(CaseFormat.LOWER_UNDERSCORE)
@AutoValue
public abstract class SentenceSentiment {
  @SchemaFieldNumber("0")
  public abstract double getCompound();

  @SchemaFieldNumber("1")
  public abstract double getPos();

  @SchemaFieldNumber("2")
  public abstract double getNeu();

  @SchemaFieldNumber("3")
  public abstract double getNeg();

  public static SentenceSentiment create(double compound, double pos, double neu, double neg) {
    return new AutoValue_SentenceSentiment(compound, pos, neu, neg);
  }
}
