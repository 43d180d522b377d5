package org.corpusanalytics.pipeline.io;

import java.util.Locale;

/** How a corpus file is split into article records. */
public enum InputFormat {
  /** Chosen per file from its extension, after any compression suffix. */
  AUTO,
  /** One article per file; the first non-boilerplate line is the headline. */
  TEXT,
  /** One JSON object per line. */
  JSONL,
  /** One HTML page per file; the main article text is extracted. */
  HTML,
  /** A web archive: one HTML page per {@code response} record, the main text extracted as for HTML. */
  WARC;

  private static final String[] COMPRESSION_SUFFIXES = {".gz", ".gzip", ".bz2", ".zst", ".deflate", ".zip"};

  /**
   * Whether a file of this format is held in memory whole to be read (text, HTML); JSON Lines and
   * web archives are streamed a line or a record at a time.
   */
  public boolean heldWhole() {
    return this == TEXT || this == HTML;
  }

  /** The concrete format of a file name under this setting. */
  public InputFormat resolve(String fileName) {
    if (this != AUTO) {
      return this;
    }
    String name = fileName.toLowerCase(Locale.ROOT);
    for (String suffix : COMPRESSION_SUFFIXES) {
      if (name.endsWith(suffix)) {
        name = name.substring(0, name.length() - suffix.length());
        break;
      }
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return JSONL;
    }
    if (name.endsWith(".warc")) {
      return WARC;
    }
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return HTML;
    }
    return TEXT;
  }
}
