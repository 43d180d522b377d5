package org.corpusanalytics.model;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCaseFormat;
import org.apache.beam.vendor.guava.v32_1_2_jre.com.google.common.base.CaseFormat;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.joda.time.Instant;

/**
 * One article as it flows between steps: read from a corpus record, then cleaned in place.
 *
 * <p>Before cleaning, {@code text} is the body as read; after cleaning it is normalised text with
 * paragraphs separated by one blank line, and {@code boilerplateCharsRemoved} counts what went.
 * Plain-text corpora carry their headline in the body's first line: readers of such formats set
 * {@code titleInFirstLine} and the cleaner moves that line into {@code title}.
 *
 * <p>Once near-duplicates are found, a copy has {@code duplicateOf} (its group representative's
 * doc id) and {@code duplicateSimilarity} (their Jaccard similarity); both are null for
 * representatives and for articles without near-duplicates.
 */
@DefaultSchema(AutoValueSchema.class)
@SchemaCaseFormat(CaseFormat.LOWER_UNDERSCORE)
@AutoValue
public abstract class Article {

  public abstract String getDocId();

  /** The path or URL the article came from. */
  public abstract String getSource();

  public abstract @Nullable String getTitle();

  public abstract @Nullable Instant getPublishedAt();

  /** ISO 639-1 code (ISO 639-3 where a language has no 639-1 code), once given or identified. */
  public abstract @Nullable String getLanguage();

  /** {@code input} when the record gave the language, {@code detected} when identified; null before. */
  public abstract @Nullable String getLanguageSource();

  /** When a web crawler fetched the page (a WARC record's date); null for other inputs. */
  public abstract @Nullable Instant getCrawledAt();

  public abstract String getText();

  public abstract boolean isTitleInFirstLine();

  public abstract int getBoilerplateCharsRemoved();

  public abstract @Nullable String getDuplicateOf();

  public abstract @Nullable Double getDuplicateSimilarity();

  /** True for a near-duplicate copy, which statistics count once through its representative. */
  public boolean isDuplicateCopy() {
    return getDuplicateOf() != null;
  }

  public static Builder builder() {
    return new AutoValue_Article.Builder().setTitleInFirstLine(false).setBoilerplateCharsRemoved(0);
  }

  public abstract Builder toBuilder();

  @AutoValue.Builder
  public abstract static class Builder {
    public abstract Builder setDocId(String docId);

    public abstract Builder setSource(String source);

    public abstract Builder setTitle(@Nullable String title);

    public abstract Builder setPublishedAt(@Nullable Instant publishedAt);

    public abstract Builder setLanguage(@Nullable String language);

    public abstract Builder setLanguageSource(@Nullable String languageSource);

    public abstract Builder setCrawledAt(@Nullable Instant crawledAt);

    public abstract Builder setText(String text);

    public abstract Builder setTitleInFirstLine(boolean titleInFirstLine);

    public abstract Builder setBoilerplateCharsRemoved(int boilerplateCharsRemoved);

    public abstract Builder setDuplicateOf(@Nullable String duplicateOf);

    public abstract Builder setDuplicateSimilarity(@Nullable Double duplicateSimilarity);

    public abstract Article build();
  }
}
