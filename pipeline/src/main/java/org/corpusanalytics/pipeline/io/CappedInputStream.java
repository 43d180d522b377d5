package org.corpusanalytics.pipeline.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Ends a stream after a number of bytes and records whether more were left, so that a
 * decompression bomb inflates at most that far and its reader can reject it as too large.
 */
final class CappedInputStream extends FilterInputStream {
  private final long maxBytes;
  private long read;
  private boolean exceeded;

  CappedInputStream(InputStream in, long maxBytes) {
    super(in);
    this.maxBytes = maxBytes;
  }

  /** True once a read found bytes beyond the cap. */
  boolean exceeded() {
    return exceeded;
  }

  long bytesRead() {
    return read;
  }

  @Override
  public int read() throws IOException {
    if (atCap()) {
      return -1;
    }
    int b = super.read();
    if (b >= 0) {
      read++;
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (atCap()) {
      return -1;
    }
    int n = super.read(buffer, offset, (int) Math.min(length, maxBytes - read));
    if (n > 0) {
      read += n;
    }
    return n;
  }

  /** At the cap, one byte more is read to tell a file of exactly the cap from a longer one. */
  private boolean atCap() throws IOException {
    if (read < maxBytes) {
      return false;
    }
    if (!exceeded && super.read() >= 0) {
      exceeded = true;
    }
    return true;
  }

  @Override
  public long skip(long n) throws IOException {
    throw new IOException("skipping is not supported by a capped stream");
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
