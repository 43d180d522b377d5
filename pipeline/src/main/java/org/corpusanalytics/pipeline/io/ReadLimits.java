package org.corpusanalytics.pipeline.io;

import java.io.Serializable;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.corpusanalytics.model.Article;

/**
 * Size limits the reader enforces so that no single input can exhaust memory or stall the models:
 * bytes per JSON Lines line, decompressed bytes per file held in memory whole (text, HTML) or per
 * web archive record, characters per article and characters per token (a run of non-space
 * characters). Records over a limit are rejected, never cut, so a written article is always the
 * whole record. A streamed file (JSON Lines, web archive) has no size limit.
 */
public record ReadLimits(int maxLineBytes, long maxFileBytes, int maxArticleChars, int maxTokenChars)
    implements Serializable {
  public static final int DEFAULT_MAX_LINE_BYTES = 16 * 1024 * 1024;
  public static final long DEFAULT_MAX_FILE_BYTES = 64L * 1024 * 1024;
  public static final int DEFAULT_MAX_ARTICLE_CHARS = 1_000_000;
  public static final int DEFAULT_MAX_TOKEN_CHARS = 1_000;

  public static final ReadLimits DEFAULTS = new ReadLimits(
      DEFAULT_MAX_LINE_BYTES, DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_ARTICLE_CHARS, DEFAULT_MAX_TOKEN_CHARS);

  public ReadLimits {
    positive("maxLineBytes", maxLineBytes);
    positive("maxFileBytes", maxFileBytes);
    positive("maxArticleChars", maxArticleChars);
    positive("maxTokenChars", maxTokenChars);
  }

  private static void positive(String name, long value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, not " + value);
    }
  }

  /**
   * Most decompressed bytes read from one file of the given (resolved) format: {@link
   * #maxFileBytes()} for a format held in memory whole, no limit for one that is streamed.
   */
  public long maxBytesRead(InputFormat format) {
    return format.heldWhole() ? maxFileBytes : Long.MAX_VALUE;
  }

  /**
   * The reject for an article over a limit, or null when it is within them. The token check comes
   * first: it names the more specific problem when one absurd "word" also makes the article long.
   */
  public @Nullable ParsedRecord check(Article article) {
    String text = article.getText();
    int longest = longestToken(text);
    if (longest > maxTokenChars) {
      return ParsedRecord.rejected(article.getSource(), RejectReason.TOKEN_TOO_LONG,
          "a token of " + longest + " characters is longer than " + maxTokenChars, text);
    }
    if (text.length() > maxArticleChars) {
      return ParsedRecord.rejected(article.getSource(), RejectReason.TOO_LARGE,
          "article of " + text.length() + " characters is longer than " + maxArticleChars, text);
    }
    return null;
  }

  /** Length in chars of the longest run of non-white-space characters. */
  static int longestToken(String text) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i))) {
        run = 0;
      } else if (++run > longest) {
        longest = run;
      }
    }
    return longest;
  }
}
