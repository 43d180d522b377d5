package org.corpusanalytics.model;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCaseFormat;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;
import org.apache.beam.vendor.guava.v32_1_2_jre.com.google.common.base.CaseFormat;

/**
 * A word token: its surface text, its normalised (lower-case) form, its character span
 * [charStart, charEnd) in the cleaned article text, and whether it is a stop word.
 */
@DefaultSchema(AutoValueSchema.class)
@SchemaCaseFormat(CaseFormat.LOWER_UNDERSCORE)
@AutoValue
public abstract class Token {
  @SchemaFieldNumber("0")
  public abstract String getText();

  @SchemaFieldNumber("1")
  public abstract String getNorm();

  @SchemaFieldNumber("2")
  public abstract int getCharStart();

  @SchemaFieldNumber("3")
  public abstract int getCharEnd();

  @SchemaFieldNumber("4")
  public abstract boolean isStopWord();

  public static Token create(String text, String norm, int charStart, int charEnd, boolean stopWord) {
    return new AutoValue_Token(text, norm, charStart, charEnd, stopWord);
  }
}
