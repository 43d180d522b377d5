package org.corpusanalytics.model;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCaseFormat;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;
import org.apache.beam.vendor.guava.v32_1_2_jre.com.google.common.base.CaseFormat;
import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.joda.time.Instant;

/**
 * The entity mentions of one article with what co-occurrence statistics need: its publication
 * time, its number of sentences, and the sentiment compound of every sentence (index = sentence
 * index; empty when sentiment was not scored), and the acronyms it defines (acronym key -> long form), from
 * which the corpus learns its acronyms.
 */
@DefaultSchema(AutoValueSchema.class)
@SchemaCaseFormat(CaseFormat.LOWER_UNDERSCORE)
@AutoValue
public abstract class ArticleEntities {
  @SchemaFieldNumber("0")
  public abstract String getDocId();

  @SchemaFieldNumber("1")
  public abstract @Nullable Instant getPublishedAt();

  @SchemaFieldNumber("2")
  public abstract int getSentenceCount();

  @SchemaFieldNumber("3")
  public abstract List<Double> getSentenceCompounds();

  /** Mentions in text order, entity = the article-level canonical name. */
  @SchemaFieldNumber("4")
  public abstract List<EntityMention> getMentions();

  /** Acronyms defined in brackets after their long form ("European Community (EC)"): key -> long form. */
  @SchemaFieldNumber("5")
  public abstract Map<String, String> getAcronyms();

  /** An article that defines no acronym. */
  public static ArticleEntities create(String docId, @Nullable Instant publishedAt, int sentenceCount,
      List<Double> sentenceCompounds, List<EntityMention> mentions) {
    return create(docId, publishedAt, sentenceCount, sentenceCompounds, mentions, Map.of());
  }

  public static ArticleEntities create(String docId, @Nullable Instant publishedAt, int sentenceCount,
      List<Double> sentenceCompounds, List<EntityMention> mentions, Map<String, String> acronyms) {
    return new AutoValue_ArticleEntities(docId, publishedAt, sentenceCount, List.copyOf(sentenceCompounds),
        List.copyOf(mentions), Map.copyOf(acronyms));
  }

  public ArticleEntities withMentions(List<EntityMention> mentions) {
    return create(getDocId(), getPublishedAt(), getSentenceCount(), getSentenceCompounds(), mentions, getAcronyms());
  }
}
