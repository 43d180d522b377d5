package org.corpusanalytics.benchmarks;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.corpusanalytics.pipeline.io.JsonArticleParser;
import org.corpusanalytics.pipeline.io.ParsedRecord;
import org.corpusanalytics.pipeline.io.ReadLimits;
import org.corpusanalytics.text.TextLayout;

/**
 * A JSON Lines file (plain or .gz) -> one parsed record per non-blank line, with the job's parser
 * and its default per-article limits; records are named "path:line" with the absolute path, as the
 * job names them.
 */
final class JsonLinesInput {
  private final JsonArticleParser parser = new JsonArticleParser();

  void read(Path file, Consumer<ParsedRecord> records) throws IOException {
    String path = file.toAbsolutePath().toString();
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = new BufferedInputStream(
            path.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw, 1 << 16)) {
      byte[] line = new byte[1 << 16];
      long lineNumber = 0;
      int b = in.read();
      while (b >= 0) {
        lineNumber++;
        int length = 0;
        boolean blank = true;
        while (b >= 0 && b != '\n') {
          if (length == line.length) {
            line = Arrays.copyOf(line, line.length * 2);
          }
          line[length++] = (byte) b;
          blank &= Character.isWhitespace(b);
          b = in.read();
        }
        b = b < 0 ? b : in.read();
        if (length > 0 && line[length - 1] == '\r') {
          length--;
        }
        if (!blank) {
          records.accept(withinLimits(parser.parse(path, lineNumber, line, length).laidOut(TextLayout.Mode.AUTO)));
        }
      }
    }
  }

  private static ParsedRecord withinLimits(ParsedRecord record) {
    if (record.article() == null) {
      return record;
    }
    ParsedRecord overLimit = ReadLimits.DEFAULTS.check(record.article());
    return overLimit != null ? overLimit : record;
  }
}
