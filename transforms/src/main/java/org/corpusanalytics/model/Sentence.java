package org.corpusanalytics.model;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCaseFormat;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;
import org.apache.beam.vendor.guava.v32_1_2_jre.com.google.common.base.CaseFormat;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One sentence of a cleaned article: its 0-based position, its span [charStart, charEnd) in the
 * article text, the sentence text itself, its word tokens in order, and its sentiment once scored.
 */
@DefaultSchema(AutoValueSchema.class)
@SchemaCaseFormat(CaseFormat.LOWER_UNDERSCORE)
@AutoValue
public abstract class Sentence {
  @SchemaFieldNumber("0")
  public abstract int getIndex();

  @SchemaFieldNumber("1")
  public abstract int getCharStart();

  @SchemaFieldNumber("2")
  public abstract int getCharEnd();

  @SchemaFieldNumber("3")
  public abstract String getText();

  @SchemaFieldNumber("4")
  public abstract List<Token> getTokens();

  /** Null until a sentiment step has scored the sentence. */
  @SchemaFieldNumber("5")
  public abstract @Nullable SentenceSentiment getSentiment();

  public static Sentence create(
      int index, int charStart, int charEnd, String text, List<Token> tokens) {
    return new AutoValue_Sentence(index, charStart, charEnd, text, List.copyOf(tokens), null);
  }

  public Sentence withSentiment(SentenceSentiment sentiment) {
    return new AutoValue_Sentence(getIndex(), getCharStart(), getCharEnd(), getText(), getTokens(), sentiment);
  }
}
