package org.corpusanalytics.pipeline.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines ending in '\n' (a trailing '\r' is dropped) without decoding,
 * so that each line can be decoded strictly on its own. A line longer than the limit is consumed
 * but only its first bytes are kept, and {@link #tooLong()} says so.
 */
final class ByteLines {
  private final InputStream in;
  private final int maxBytes;
  private byte[] buffer = new byte[8192];
  private int length;
  private boolean tooLong;
  private long lineNumber;

  ByteLines(InputStream in, int maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /** Advances to the next line; false at the end of the stream. */
  boolean next() throws IOException {
    length = 0;
    tooLong = false;
    int b = in.read();
    if (b < 0) {
      return false;
    }
    lineNumber++;
    while (b >= 0 && b != '\n') {
      if (length < maxBytes) {
        if (length == buffer.length) {
          buffer = Arrays.copyOf(buffer, Math.min(maxBytes, buffer.length * 2));
        }
        buffer[length++] = (byte) b;
      } else {
        tooLong = true;
      }
      b = in.read();
    }
    if (length > 0 && buffer[length - 1] == '\r') {
      length--;
    }
    return true;
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
}
