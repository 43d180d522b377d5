package org.corpusanalytics.model;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCaseFormat;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;
import org.apache.beam.vendor.guava.v32_1_2_jre.com.google.common.base.CaseFormat;

/** One row of the {@code terms} table: (doc_id, term) -> how often the term occurs there. */
@DefaultSchema(AutoValueSchema.class)
@SchemaCaseFormat(CaseFormat.LOWER_UNDERSCORE)
@AutoValue
public abstract class TermCount {
  @SchemaFieldNumber("0")
  public abstract String getDocId();

  @SchemaFieldNumber("1")
  public abstract String getTerm();

  @SchemaFieldNumber("2")
  public abstract long getCount();

  public static TermCount create(String docId, String term, long count) {
    return new AutoValue_TermCount(docId, term, count);
  }
}
