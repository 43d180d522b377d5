package org.corpusanalytics.pipeline.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines ending in '\n' (a trailing '\r' is dropped) without decoding,
 * so that each line can be decoded strictly on its own. A line longer than the limit is consumed
 * but only its first bytes are kept, and {@link #tooLong()} says so. The stream is read in blocks
 * of its own, so it needs no buffering; {@link #position()} is the offset in the file of the next
 * byte not yet consumed, for a stream opened at {@code position} with {@code linesBefore} lines
 * before it.
 */
final class ByteLines {
  private final InputStream in;
  private final int maxBytes;
  private final byte[] block = new byte[1 << 16];
  private int blockStart;
  private int blockEnd;
  private long position;
  private byte[] buffer = new byte[8192];
  private int length;
  private boolean tooLong;
  private long lineNumber;

  ByteLines(InputStream in, int maxBytes) {
    this(in, maxBytes, 0, 0);
  }

  ByteLines(InputStream in, int maxBytes, long position, long linesBefore) {
    this.in = in;
    this.maxBytes = maxBytes;
    this.position = position;
    this.lineNumber = linesBefore;
  }

  /** Advances to the next line; false at the end of the stream. */
  boolean next() throws IOException {
    length = 0;
    tooLong = false;
    if (!fill()) {
      return false;
    }
    lineNumber++;
    while (fill()) {
      int end = newlineBefore(blockEnd);
      append(blockStart, end);
      consume(end - blockStart);
      if (end < blockEnd) {
        consume(1);
        break;
      }
    }
    if (length > 0 && buffer[length - 1] == '\r') {
      length--;
    }
    return true;
  }

  /**
   * Consumes bytes up to and including the next '\n', reading no byte at or after {@code limit};
   * true when a '\n' was consumed, so that {@link #position()} is where a line starts.
   */
  boolean skipLine(long limit) throws IOException {
    while (position < limit && fill()) {
      int until = (int) Math.min(blockEnd, blockStart + (limit - position));
      int end = newlineBefore(until);
      boolean found = end < until;
      consume(end - blockStart);
      if (found) {
        consume(1);
        return true;
      }
    }
    return false;
  }

  /** Offset of the next byte not yet consumed. */
  long position() {
    return position;
  }

  /** Longest line kept, in bytes. */
  int maxBytes() {
    return maxBytes;
  }

  long lineNumber() {
    return lineNumber;
  }

  boolean tooLong() {
    return tooLong;
  }

  /** The line's bytes: valid from 0 to {@link #length()}. */
  byte[] bytes() {
    return buffer;
  }

  int length() {
    return length;
  }

  boolean isBlank() {
    for (int i = 0; i < length; i++) {
      if (!Character.isWhitespace(buffer[i])) {
        return false;
      }
    }
    return true;
  }

  /** True when the block holds unread bytes, reading the next block if it must. */
  private boolean fill() throws IOException {
    if (blockStart < blockEnd) {
      return true;
    }
    int n = in.read(block, 0, block.length);
    while (n == 0) {
      n = in.read(block, 0, block.length);
    }
    blockStart = 0;
    blockEnd = Math.max(n, 0);
    return n > 0;
  }

  /** Index of the first '\n' in the block before {@code until}, else {@code until}. */
  private int newlineBefore(int until) {
    int i = blockStart;
    while (i < until && block[i] != '\n') {
      i++;
    }
    return i;
  }

  private void consume(int n) {
    blockStart += n;
    position += n;
  }

  /** Keeps the line's first {@code maxBytes} bytes; beyond them it only notes that the line is too long. */
  private void append(int from, int to) {
    int kept = Math.min(to - from, maxBytes - length);
    if (kept < to - from) {
      tooLong = true;
    }
    if (kept > 0) {
      if (length + kept > buffer.length) {
        buffer = Arrays.copyOf(buffer, (int) Math.min(maxBytes, Math.max(length + kept, 2L * buffer.length)));
      }
      System.arraycopy(block, from, buffer, length, kept);
      length += kept;
    }
  }
}
