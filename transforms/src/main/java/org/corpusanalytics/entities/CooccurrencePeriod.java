package org.corpusanalytics.entities;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.Locale;
import org.joda.time.Instant;

/** How co-occurrence counts are split over time: not at all, or by UTC day, ISO week or month. */
public enum CooccurrencePeriod {
  NONE,
  DAY,
  WEEK,
  MONTH;

  /** "none", "day", "week" or "month", in any case. */
  public static CooccurrencePeriod parse(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("cooccurrence period must be none, day, week or month, not " + name, e);
    }
  }

  /** "2025-01-31", "2025-W05" or "2025-01" for a time; "" for NONE or an article without a date. */
  public String of(Instant publishedAt) {
    if (this == NONE || publishedAt == null) {
      return "";
    }
    ZonedDateTime time = java.time.Instant.ofEpochMilli(publishedAt.getMillis()).atZone(ZoneOffset.UTC);
    return switch (this) {
      case DAY -> time.toLocalDate().toString();
      case WEEK -> String.format("%d-W%02d",
          time.get(IsoFields.WEEK_BASED_YEAR), time.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> String.format("%d-%02d", time.getYear(), time.getMonthValue());
      case NONE -> "";
    };
  }
}
