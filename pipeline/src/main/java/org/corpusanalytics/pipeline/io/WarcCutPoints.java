package org.corpusanalytics.pipeline.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.util.ArrayList;
import java.util.List;
import org.netpreserve.jwarc.WarcReader;

/**
 * A web archive (uncompressed, or gzip per record) -> the record starts at which it is cut into
 * slices of at least {@code sliceBytes} stored bytes each. Only the WARC headers are parsed and
 * each payload is skipped, so a scan costs a read (and, for {@code .warc.gz}, an inflate) of the
 * file but no HTML parsing.
 *
 * <p>A cut is kept only where the file's first bytes repeat (a gzip member header, or
 * {@code WARC/}): a {@code .warc.gz} compressed as one stream has no record-aligned offsets and
 * stays whole. When the scan meets a damaged record it stops: everything from the last cut on is
 * one slice, which its reader rejects and resumes in exactly as it would reading the whole file.
 */
final class WarcCutPoints {
  private static final int SIGNATURE_BYTES = 3;

  private WarcCutPoints() {}

  /** Opens the file, positioned at its start. */
  interface Opener {
    SeekableByteChannel open() throws IOException;
  }

  /** Ascending offsets > 0; opens the file twice: a scan, then a check of each cut. */
  static List<Long> of(Opener file, long sliceBytes) throws IOException {
    List<Long> candidates = new ArrayList<>();
    try (WarcReader reader = new WarcReader(file.open())) {
      long sliceStart = 0;
      while (reader.next().isPresent()) {
        long start = reader.position();
        if (start - sliceStart >= sliceBytes) {
          candidates.add(start);
          sliceStart = start;
        }
      }
    } catch (IOException | RuntimeException e) {
      // A damaged record ends the scan: the last slice holds it and its reader reports it.
    }
    List<Long> cuts = new ArrayList<>();
    try (SeekableByteChannel channel = file.open()) {
      ByteBuffer first = bytesAt(channel, 0);
      for (long candidate : candidates) {
        if (first.remaining() == SIGNATURE_BYTES && bytesAt(channel, candidate).equals(first)) {
          cuts.add(candidate);
        }
      }
    }
    return cuts;
  }

  private static ByteBuffer bytesAt(SeekableByteChannel channel, long offset) throws IOException {
    ByteBuffer bytes = ByteBuffer.allocate(SIGNATURE_BYTES);
    channel.position(offset);
    while (bytes.hasRemaining() && channel.read(bytes) >= 0) {
      // Fill, or stop at the end of the file.
    }
    return bytes.flip();
  }
}
