package org.corpusanalytics.pipeline.io;

import org.checkerframework.checker.nullness.qual.Nullable;
import org.corpusanalytics.model.Article;
import org.corpusanalytics.model.Reject;

/**
 * The outcome of parsing one input record: exactly one of an article or a reject, and whether
 * the article's bytes were invalid UTF-8 and decoded as Windows-1252 instead.
 */
public record ParsedRecord(@Nullable Article article, @Nullable Reject reject, boolean encodingRepaired) {
  public static ParsedRecord of(Article article) {
    return new ParsedRecord(article, null, false);
  }

  public static ParsedRecord repaired(Article article) {
    return new ParsedRecord(article, null, true);
  }

  public static ParsedRecord rejected(String source, String reason, String detail, String raw) {
    return new ParsedRecord(null, Reject.create(source, RejectReason.STAGE, reason, detail, raw), false);
  }
}
