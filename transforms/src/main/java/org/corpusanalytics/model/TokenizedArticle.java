package org.corpusanalytics.model;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCaseFormat;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;
import org.apache.beam.vendor.guava.v32_1_2_jre.com.google.common.base.CaseFormat;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/** A cleaned article with its sentences (each with its tokens), in text order, and its sentiment once scored. */
@DefaultSchema(AutoValueSchema.class)
@SchemaCaseFormat(CaseFormat.LOWER_UNDERSCORE)
@AutoValue
public abstract class TokenizedArticle {
  @SchemaFieldNumber("0")
  public abstract Article getArticle();

  @SchemaFieldNumber("1")
  public abstract List<Sentence> getSentences();

  /** Null until a sentiment step has scored the article. */
  @SchemaFieldNumber("2")
  public abstract @Nullable ArticleSentiment getSentiment();

  public static TokenizedArticle create(Article article, List<Sentence> sentences) {
    return new AutoValue_TokenizedArticle(article, List.copyOf(sentences), null);
  }

  /** A copy with scored sentences and the article's own sentiment. */
  public TokenizedArticle withSentiment(List<Sentence> scoredSentences, ArticleSentiment sentiment) {
    return new AutoValue_TokenizedArticle(getArticle(), List.copyOf(scoredSentences), sentiment);
  }

  public int tokenCount() {
    return getSentences().stream().mapToInt(sentence -> sentence.getTokens().size()).sum();
  }
}
