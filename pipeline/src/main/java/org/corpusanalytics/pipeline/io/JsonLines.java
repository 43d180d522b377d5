package org.corpusanalytics.pipeline.io;

import java.io.IOException;
import java.util.function.Consumer;
import org.corpusanalytics.model.Reject;

/**
 * The lines of a JSON Lines file -> one record per non-blank line, in order: an article, or a
 * reject for a line over the line limit (never held whole), not UTF-8 or not an article object.
 * Lines keep their numbers in the whole file however far into it reading began, since the numbers
 * name the records ({@code path:N} sources, {@link DocIds}).
 */
final class JsonLines {
  private final ByteLines lines;
  private final String path;
  private final JsonArticleParser parser;
  private long linesDone;

  JsonLines(ByteLines lines, String path, JsonArticleParser parser) {
    this.lines = lines;
    this.path = path;
    this.parser = parser;
    this.linesDone = lines.lineNumber();
  }

  /** Reads every line that starts before offset {@code end}, the last one to its end wherever that is. */
  void readLinesStartingBefore(long end, Consumer<ParsedRecord> records) throws IOException {
    while (lines.position() < end && lines.next()) {
      if (lines.tooLong()) {
        records.accept(ParsedRecord.rejected(path + ":" + lines.lineNumber(), RejectReason.TOO_LARGE,
            "line " + lines.lineNumber() + " is longer than " + lines.maxBytes() + " bytes",
            TextDecoding.escapeBinary(lines.bytes(), Reject.MAX_SNIPPET_BYTES)));
      } else if (!lines.isBlank()) {
        records.accept(parser.parse(path, lines.lineNumber(), lines.bytes(), lines.length()));
      }
      linesDone = lines.lineNumber();
    }
  }

  /**
   * The one reject for the lines not read when reading failed: {@code path:N} from the first of
   * them on, or the path when no line of the file was read.
   */
  ParsedRecord unreadable(Exception e) {
    return unreadable(path, linesDone, e);
  }

  /** The reject for the lines of a file after the first {@code linesDone} when reading failed. */
  static ParsedRecord unreadable(String path, long linesDone, Exception e) {
    return ParsedRecord.rejected(linesDone > 0 ? path + ":" + (linesDone + 1) : path, RejectReason.UNREADABLE,
        e.getClass().getSimpleName() + ": " + e.getMessage(), "");
  }
}
