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
 * Partial statistics of one entity pair at one scope and period: scope units and articles
 * containing both, summed sentiment compound over sentimentCount units, earliest and latest
 * publication time.
 */
@DefaultSchema(AutoValueSchema.class)
@SchemaCaseFormat(CaseFormat.LOWER_UNDERSCORE)
@AutoValue
public abstract class PairTally {
  @SchemaFieldNumber("0")
  public abstract long getPairCount();

  @SchemaFieldNumber("1")
  public abstract long getDocCount();

  @SchemaFieldNumber("2")
  public abstract double getSentimentSum();

  @SchemaFieldNumber("3")
  public abstract long getSentimentCount();

  @SchemaFieldNumber("4")
  public abstract @Nullable Instant getFirstSeen();

  @SchemaFieldNumber("5")
  public abstract @Nullable Instant getLastSeen();

  public static PairTally create(long pairCount, long docCount, double sentimentSum, long sentimentCount,
      @Nullable Instant firstSeen, @Nullable Instant lastSeen) {
    return new AutoValue_PairTally(
        pairCount, docCount, ExactSums.onGrid(sentimentSum), sentimentCount, firstSeen, lastSeen);
  }

  public PairTally plus(PairTally other) {
    return create(getPairCount() + other.getPairCount(), getDocCount() + other.getDocCount(),
        getSentimentSum() + other.getSentimentSum(), getSentimentCount() + other.getSentimentCount(),
        earlier(getFirstSeen(), other.getFirstSeen()), later(getLastSeen(), other.getLastSeen()));
  }

  private static @Nullable Instant earlier(@Nullable Instant a, @Nullable Instant b) {
    return a == null ? b : b == null || a.isBefore(b) ? a : b;
  }

  private static @Nullable Instant later(@Nullable Instant a, @Nullable Instant b) {
    return a == null ? b : b == null || a.isAfter(b) ? a : b;
  }
}
