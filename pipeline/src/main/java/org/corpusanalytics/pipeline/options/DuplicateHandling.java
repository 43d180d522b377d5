package org.corpusanalytics.pipeline.options;

import java.util.Locale;

/**
 * What the job does with near-duplicate copies ({@code --duplicates}).
 *
 * <ul>
 *   <li>{@link #FLAG}: every article is analysed and written to the per-article tables
 *       ({@code articles}, {@code sentences}, {@code terms}, {@code entity_mentions}); the corpus
 *       statistics ({@code vocabulary}, {@code entities}, {@code cooccurrence}, the report) count
 *       each group once, through its representative.
 *   <li>{@link #DROP}: copies are written to {@code articles} only; every other table and the
 *       report see the representatives and the unique articles.
 *   <li>{@link #OFF}: no detection; every article counts everywhere and the duplicate columns are null.
 * </ul>
 */
public enum DuplicateHandling {
  FLAG, DROP, OFF;

  /** {@code flag}, {@code drop} or {@code off}, in any case. */
  public static DuplicateHandling parse(String value) {
    for (DuplicateHandling handling : values()) {
      if (handling.name().equalsIgnoreCase(value.trim())) {
        return handling;
      }
    }
    throw new IllegalArgumentException("--duplicates must be flag, drop or off, not '" + value + "'");
  }

  public String optionValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
