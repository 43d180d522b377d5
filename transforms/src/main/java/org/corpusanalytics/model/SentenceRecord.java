package org.corpusanalytics.model;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCaseFormat;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;
import org.apache.beam.vendor.guava.v32_1_2_jre.com.google.common.base.CaseFormat;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One row of the {@code sentences} table; offsets index into the article's cleaned text; the
 * sentiment columns are null when the pipeline did not score sentiment.
 */
@DefaultSchema(AutoValueSchema.class)
@SchemaCaseFormat(CaseFormat.LOWER_UNDERSCORE)
@AutoValue
public abstract class SentenceRecord {
  @SchemaFieldNumber("0")
  public abstract String getDocId();

  @SchemaFieldNumber("1")
  public abstract int getSentenceIndex();

  @SchemaFieldNumber("2")
  public abstract String getText();

  @SchemaFieldNumber("3")
  public abstract int getCharStart();

  @SchemaFieldNumber("4")
  public abstract int getCharEnd();

  @SchemaFieldNumber("5")
  public abstract int getTokenCount();

  @SchemaFieldNumber("6")
  public abstract @Nullable Double getSentimentCompound();

  @SchemaFieldNumber("7")
  public abstract @Nullable Double getSentimentPos();

  @SchemaFieldNumber("8")
  public abstract @Nullable Double getSentimentNeu();

  @SchemaFieldNumber("9")
  public abstract @Nullable Double getSentimentNeg();

  public static SentenceRecord of(String docId, Sentence sentence) {
    SentenceSentiment sentiment = sentence.getSentiment();
    return new AutoValue_SentenceRecord(
        docId,
        sentence.getIndex(),
        sentence.getText(),
        sentence.getCharStart(),
        sentence.getCharEnd(),
        sentence.getTokens().size(),
        sentiment == null ? null : sentiment.getCompound(),
        sentiment == null ? null : sentiment.getPos(),
        sentiment == null ? null : sentiment.getNeu(),
        sentiment == null ? null : sentiment.getNeg());
  }
}
