package org.corpusanalytics.model;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCaseFormat;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;
import org.apache.beam.vendor.guava.v32_1_2_jre.com.google.common.base.CaseFormat;

/** A near-duplicate copy: its doc id, its group representative's doc id, and their Jaccard similarity. */
@DefaultSchema(AutoValueSchema.class)
@SchemaCaseFormat(CaseFormat.LOWER_UNDERSCORE)
@AutoValue
public abstract class DuplicateCopy {
  @SchemaFieldNumber("0")
  public abstract String getDocId();

  @SchemaFieldNumber("1")
  public abstract String getRepresentativeId();

  @SchemaFieldNumber("2")
  public abstract double getSimilarity();

  public static DuplicateCopy create(String docId, String representativeId, double similarity) {
    return new AutoValue_DuplicateCopy(docId, representativeId, similarity);
  }
}
