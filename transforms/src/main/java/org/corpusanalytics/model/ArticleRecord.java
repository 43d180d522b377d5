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
 * One row of the {@code articles} table: an article's metadata, cleaned text, counts and (when
 * the pipeline scored it) sentiment.
 */
@DefaultSchema(AutoValueSchema.class)
@SchemaCaseFormat(CaseFormat.LOWER_UNDERSCORE)
@AutoValue
public abstract class ArticleRecord {
  @SchemaFieldNumber("0")
  public abstract String getDocId();

  @SchemaFieldNumber("1")
  public abstract String getSource();

  @SchemaFieldNumber("2")
  public abstract @Nullable String getTitle();

  @SchemaFieldNumber("3")
  public abstract @Nullable Instant getPublishedAt();

  @SchemaFieldNumber("4")
  public abstract @Nullable String getLanguage();

  @SchemaFieldNumber("5")
  public abstract String getText();

  @SchemaFieldNumber("6")
  public abstract int getCharCount();

  @SchemaFieldNumber("7")
  public abstract int getSentenceCount();

  @SchemaFieldNumber("8")
  public abstract int getTokenCount();

  @SchemaFieldNumber("9")
  public abstract int getBoilerplateCharsRemoved();

  @SchemaFieldNumber("10")
  public abstract @Nullable Double getSentimentCompound();

  @SchemaFieldNumber("11")
  public abstract @Nullable Double getSentimentPosShare();

  @SchemaFieldNumber("12")
  public abstract @Nullable Double getSentimentNegShare();

  @SchemaFieldNumber("13")
  public abstract @Nullable Double getTone();

  @SchemaFieldNumber("14")
  public abstract @Nullable Double getPositiveWordPct();

  @SchemaFieldNumber("15")
  public abstract @Nullable Double getNegativeWordPct();

  /** {@code input} or {@code detected}; null when the text was too short to identify. */
  @SchemaFieldNumber("16")
  public abstract @Nullable String getLanguageSource();

  /** The WARC record's date for web-archive input; null otherwise. */
  @SchemaFieldNumber("17")
  public abstract @Nullable Instant getCrawledAt();

  /** The language code, or {@code und} (ISO 639's "undetermined") when there is none: a key for counts. */
  public String languageOrUndetermined() {
    return getLanguage() == null ? "und" : getLanguage();
  }

  /** The representative's doc id when this article is a near-duplicate copy, else null. */
  @SchemaFieldNumber("18")
  public abstract @Nullable String getDuplicateOf();

  /** The copy's Jaccard similarity (word shingles) with its representative, else null. */
  @SchemaFieldNumber("19")
  public abstract @Nullable Double getDuplicateSimilarity();

  public static ArticleRecord of(TokenizedArticle tokenized) {
    Article article = tokenized.getArticle();
    ArticleSentiment sentiment = tokenized.getSentiment();
    return new AutoValue_ArticleRecord(
        article.getDocId(),
        article.getSource(),
        article.getTitle(),
        article.getPublishedAt(),
        article.getLanguage(),
        article.getText(),
        article.getText().length(),
        tokenized.getSentences().size(),
        tokenized.tokenCount(),
        article.getBoilerplateCharsRemoved(),
        sentiment == null ? null : sentiment.getCompound(),
        sentiment == null ? null : sentiment.getPosShare(),
        sentiment == null ? null : sentiment.getNegShare(),
        sentiment == null ? null : sentiment.getTone(),
        sentiment == null ? null : sentiment.getPositiveWordPct(),
        sentiment == null ? null : sentiment.getNegativeWordPct(),
        article.getLanguageSource(),
        article.getCrawledAt(),
        article.getDuplicateOf(),
        article.getDuplicateSimilarity());
  }
}
