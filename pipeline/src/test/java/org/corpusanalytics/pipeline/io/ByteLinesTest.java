package org.corpusanalytics.pipeline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines of bytes: numbering, offsets, too-long lines, and skipping to a line start within a limit. */
class ByteLinesTest {
  private static ByteLines lines(String text, int maxBytes, long position, long linesBefore) {
    return new ByteLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), maxBytes, position,
        linesBefore);
  }

  /** Each line as "number@offset text", "!" marking a too-long one. */
  private static List<String> all(ByteLines lines) throws IOException {
    List<String> out = new ArrayList<>();
    long start = lines.position();
    while (lines.next()) {
      out.add(lines.lineNumber() + "@" + start + (lines.tooLong() ? "!" : " ")
          + new String(lines.bytes(), 0, lines.length(), StandardCharsets.UTF_8));
      start = lines.position();
    }
    return out;
  }

  @Test
  void linesAreNumberedAndPlacedFromWhereTheStreamBegins() throws IOException {
    assertEquals(List.of("1@0 ab", "2@4 ", "3@5 cdefg"), all(lines("ab\r\n\ncdefg", 100, 0, 0)));
    assertEquals(List.of("8@100 ab", "9@103 c"), all(lines("ab\nc\n", 100, 100, 7)));
    assertEquals(List.of("1@0!abc", "2@8 d"), all(lines("abcdefg\nd", 3, 0, 0)));
    assertEquals(List.of(), all(lines("", 3, 0, 0)));
  }

  @Test
  void skipLineStopsAfterTheNextNewlineOrBeforeTheLimit() throws IOException {
    ByteLines afterNewline = lines("ab\ncd\n", 100, 10, 0);
    assertTrue(afterNewline.skipLine(16));
    assertEquals(13, afterNewline.position());

    // The newline at offset 12 is the limit's byte: not read, so no line starts before the limit.
    ByteLines atLimit = lines("ab\ncd\n", 100, 10, 0);
    assertFalse(atLimit.skipLine(12));
    assertEquals(12, atLimit.position());

    ByteLines noNewline = lines("abcd", 100, 0, 0);
    assertFalse(noNewline.skipLine(100));
    assertEquals(4, noNewline.position());
  }
}
