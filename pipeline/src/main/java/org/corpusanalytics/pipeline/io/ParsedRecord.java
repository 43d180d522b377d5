package org.corpusanalytics.pipeline.io;

import org.checkerframework.checker.nullness.qual.Nullable;
import org.corpusanalytics.model.Article;
import org.corpusanalytics.model.Reject;
import org.corpusanalytics.text.TextLayout;

/**
 * The outcome of parsing one input record: exactly one of an article or a reject, whether the
 * article's bytes were invalid UTF-8 and decoded as Windows-1252 instead, and whether its body was
 * read as hard-wrapped lines.
 */
public record ParsedRecord(@Nullable Article article, @Nullable Reject reject, boolean encodingRepaired,
    boolean readAsWrapped) {
  public static ParsedRecord of(Article article) {
    return new ParsedRecord(article, null, false, false);
  }

  public static ParsedRecord repaired(Article article) {
    return new ParsedRecord(article, null, true, false);
  }

  public static ParsedRecord rejected(String source, String reason, String detail, String raw) {
    return new ParsedRecord(null, Reject.create(source, RejectReason.STAGE, reason, detail, raw), false, false);
  }

  /** The article with its body's line breaks read as {@code mode} says (a plain-text or JSON Lines body). */
  public ParsedRecord laidOut(TextLayout.Mode mode) {
    if (article == null) {
      return this;
    }
    TextLayout.Laid laid = TextLayout.withDefaultWords().apply(article.getText(), mode);
    return laid.wrapped()
        ? new ParsedRecord(article.toBuilder().setText(laid.text()).build(), null, encodingRepaired, true)
        : this;
  }
}
