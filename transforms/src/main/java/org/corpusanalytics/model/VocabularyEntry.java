package org.corpusanalytics.model;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCaseFormat;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;
import org.apache.beam.vendor.guava.v32_1_2_jre.com.google.common.base.CaseFormat;

/**
 * One row of the {@code vocabulary} table: a term's total occurrences over the corpus and the
 * number of articles it occurs in.
 */
@DefaultSchema(AutoValueSchema.class)
@SchemaCaseFormat(CaseFormat.LOWER_UNDERSCORE)
@AutoValue
public abstract class VocabularyEntry {
  @SchemaFieldNumber("0")
  public abstract String getTerm();

  @SchemaFieldNumber("1")
  public abstract long getTermCount();

  @SchemaFieldNumber("2")
  public abstract long getDocCount();

  public static VocabularyEntry create(String term, long termCount, long docCount) {
    return new AutoValue_VocabularyEntry(term, termCount, docCount);
  }

  /** Adds the counts of another entry for the same term. */
  public VocabularyEntry plus(VocabularyEntry other) {
    return create(getTerm(), getTermCount() + other.getTermCount(), getDocCount() + other.getDocCount());
  }
}
