package org.corpusanalytics.pipeline.io;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.joda.time.Instant;

/**
 * ISO-8601 publication dates: a date ("2025-01-31", midnight UTC), a date-time with an offset or
 * Z, or a local date-time (taken as UTC).
 */
public final class PublishedDates {
  private PublishedDates() {}

  /** The instant, or empty for null/blank input. Throws {@link DateTimeParseException} if not ISO-8601. */
  public static Optional<Instant> parseStrict(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String text = value.strip();
    java.time.Instant instant;
    if (text.length() == 10) {
      instant = LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
    } else {
      try {
        instant = OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException withoutOffset) {
        instant = LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
      }
    }
    return Optional.of(Instant.ofEpochMilli(instant.toEpochMilli()));
  }

  /** Lenient form for dates scraped from HTML metadata: unparseable values are ignored. */
  public static Optional<Instant> parse(@Nullable String value) {
    try {
      return parseStrict(value);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
