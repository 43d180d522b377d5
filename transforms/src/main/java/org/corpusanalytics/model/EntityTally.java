package org.corpusanalytics.model;

import com.google.auto.value.AutoValue;
import java.util.HashMap;
import java.util.Map;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCaseFormat;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;
import org.apache.beam.vendor.guava.v32_1_2_jre.com.google.common.base.CaseFormat;

/**
 * Partial corpus statistics of one entity key: mentions, articles, the summed targeted sentiment of its
 * scored mentions and their number, and how often each name form and type was used.
 */
@DefaultSchema(AutoValueSchema.class)
@SchemaCaseFormat(CaseFormat.LOWER_UNDERSCORE)
@AutoValue
public abstract class EntityTally {
  @SchemaFieldNumber("0")
  public abstract String getKey();

  @SchemaFieldNumber("1")
  public abstract long getMentionCount();

  @SchemaFieldNumber("2")
  public abstract long getDocCount();

  @SchemaFieldNumber("3")
  public abstract double getSentimentSum();

  @SchemaFieldNumber("4")
  public abstract long getSentimentMentions();

  @SchemaFieldNumber("5")
  public abstract Map<String, Long> getNames();

  @SchemaFieldNumber("6")
  public abstract Map<String, Long> getTypes();

  public static EntityTally create(String key, long mentionCount, long docCount, double sentimentSum,
      long sentimentMentions, Map<String, Long> names, Map<String, Long> types) {
    return new AutoValue_EntityTally(key, mentionCount, docCount, ExactSums.onGrid(sentimentSum), sentimentMentions,
        Map.copyOf(names), Map.copyOf(types));
  }

  public EntityTally plus(EntityTally other) {
    Map<String, Long> names = new HashMap<>(getNames());
    other.getNames().forEach((name, count) -> names.merge(name, count, Long::sum));
    Map<String, Long> types = new HashMap<>(getTypes());
    other.getTypes().forEach((type, count) -> types.merge(type, count, Long::sum));
    return create(getKey(), getMentionCount() + other.getMentionCount(), getDocCount() + other.getDocCount(),
        getSentimentSum() + other.getSentimentSum(), getSentimentMentions() + other.getSentimentMentions(),
        names, types);
  }
}
