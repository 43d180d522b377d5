package org.corpusanalytics.model;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCaseFormat;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;
import org.apache.beam.vendor.guava.v32_1_2_jre.com.google.common.base.CaseFormat;

/**
 * Article-level sentiment. From sentence scores: the compound of {@code ArticleScore} (VADER's
 * whole-text reading up to three sentences, a three-sentence average beyond) and the shares of sentences at
 * or above 0.05 (positive) and at or below -0.05 (negative). From words, in the style of GDELT's
 * tone: the percentages of word tokens with positive and negative lexicon valence, and {@code
 * tone} = positive % − negative %.
 */
@DefaultSchema(AutoValueSchema.class)
@SchemaCaseFormat(CaseFormat.LOWER_UNDERSCORE)
@AutoValue
public abstract class ArticleSentiment {
  @SchemaFieldNumber("0")
  public abstract double getCompound();

  @SchemaFieldNumber("1")
  public abstract double getPosShare();

  @SchemaFieldNumber("2")
  public abstract double getNegShare();

  @SchemaFieldNumber("3")
  public abstract double getTone();

  @SchemaFieldNumber("4")
  public abstract double getPositiveWordPct();

  @SchemaFieldNumber("5")
  public abstract double getNegativeWordPct();

  public static ArticleSentiment create(
      double compound, double posShare, double negShare, double positiveWordPct, double negativeWordPct) {
    return new AutoValue_ArticleSentiment(
        compound, posShare, negShare, positiveWordPct - negativeWordPct, positiveWordPct, negativeWordPct);
  }
}
