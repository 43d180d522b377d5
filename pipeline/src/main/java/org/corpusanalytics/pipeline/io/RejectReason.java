package org.corpusanalytics.pipeline.io;

/** Stable reason codes for records the readers refuse; they appear in the rejects table. */
public final class RejectReason {
  public static final String STAGE = "read";

  /** The file has no bytes, or only white space. */
  public static final String EMPTY_FILE = "empty_file";
  /** The bytes are not text: a binary format's signature, or more than 5% control bytes. */
  public static final String NOT_TEXT = "not_text";
  /** A JSON Lines record is not valid UTF-8 (JSON text must be). */
  public static final String INVALID_UTF8 = "invalid_utf8";
  /**
   * A JSON Lines record does not parse as one JSON object, including numbers longer than 1,000
   * digits and nesting deeper than 1,000 levels, which the parser refuses rather than build.
   */
  public static final String MALFORMED_JSON = "malformed_json";
  /** A JSON Lines record has no string text field ({@code text}, {@code body} or {@code content}). */
  public static final String MISSING_TEXT = "missing_text";
  /** A JSON Lines field has the wrong type (for example a number where a string belongs). */
  public static final String INVALID_FIELD = "invalid_field";
  /** {@code published_at} is not an ISO-8601 date or date-time. */
  public static final String INVALID_DATE = "invalid_date";
  /** An HTML page in which no main article text was found. */
  public static final String NO_ARTICLE_TEXT = "no_article_text";
  /**
   * A record over a size limit: a JSON Lines line over the maximum line length, an article over the
   * maximum article length, or a file (or the rest of a JSON Lines file) over the maximum
   * decompressed size.
   */
  public static final String TOO_LARGE = "too_large";
  /** The article holds a run of non-space characters longer than the maximum token length. */
  public static final String TOKEN_TOO_LONG = "token_too_long";
  /**
   * Another record has the same {@code doc_id}. Of records sharing an id the one whose source sorts
   * first (ties broken by a digest of text and title) is kept, so the choice does not depend on the
   * runner or on the order files are read in.
   */
  public static final String DUPLICATE_ID = "duplicate_id";
  /** The file could not be read or decompressed (permissions, truncated archive, I/O error). */
  public static final String UNREADABLE = "unreadable";

  private RejectReason() {}
}
