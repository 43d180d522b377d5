package org.corpusanalytics.pipeline.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MetadataCoderV2;

/**
 * The bytes {@code [start, end)} of an uncompressed file, read apart from the rest of it, and the
 * number of records (lines) of the file that start before {@code start}, so that the records the
 * range owns are numbered as in the whole file; that number is 0 until counted.
 */
record FileRange(MatchResult.Metadata file, long start, long end, long linesBefore) {
  FileRange {
    if (start < 0 || end < start || linesBefore < 0) {
      throw new IllegalArgumentException("not a byte range: [" + start + ", " + end + ") after " + linesBefore
          + " lines");
    }
  }

  static FileRange of(MatchResult.Metadata file, long start, long end) {
    return new FileRange(file, start, end, 0);
  }

  FileRange withLinesBefore(long lines) {
    return new FileRange(file, start, end, lines);
  }

  String path() {
    return file.resourceId().toString();
  }

  /** The file's bytes from {@code offset} on (seeking where the file system can, else skipping). */
  InputStream openAt(long offset) throws IOException {
    ReadableByteChannel channel = FileSystems.open(file.resourceId());
    if (channel instanceof SeekableByteChannel seekable) {
      seekable.position(offset);
      return Channels.newInputStream(seekable);
    }
    InputStream in = Channels.newInputStream(channel);
    in.skipNBytes(offset);
    return in;
  }

  /** Encodes the file's metadata, then start, end and lines before as variable-length longs. Deterministic. */
  static final class Coder extends AtomicCoder<FileRange> {
    private static final Coder INSTANCE = new Coder();

    private Coder() {}

    static Coder of() {
      return INSTANCE;
    }

    @Override
    public void encode(FileRange range, OutputStream out) throws IOException {
      MetadataCoderV2.of().encode(range.file(), out);
      VarLongCoder.of().encode(range.start(), out);
      VarLongCoder.of().encode(range.end(), out);
      VarLongCoder.of().encode(range.linesBefore(), out);
    }

    @Override
    public FileRange decode(InputStream in) throws IOException {
      return new FileRange(MetadataCoderV2.of().decode(in), VarLongCoder.of().decode(in), VarLongCoder.of().decode(in),
          VarLongCoder.of().decode(in));
    }

    @Override
    public void verifyDeterministic() {}
  }
}
