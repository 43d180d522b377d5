package org.corpusanalytics.pipeline.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;

/**
 * The records of one web archive that start in {@code [start, end)}, byte offsets in the file as
 * stored; {@code start} is a record's first byte (a gzip member's for {@code .warc.gz}). A whole
 * file is {@code [0, Long.MAX_VALUE)}.
 */
record WarcSlice(String path, long start, long end) {
  static final Coder<WarcSlice> CODER = new WarcSliceCoder();

  static WarcSlice whole(String path) {
    return new WarcSlice(path, 0, Long.MAX_VALUE);
  }

  private static final class WarcSliceCoder extends AtomicCoder<WarcSlice> {
    @Override
    public void encode(WarcSlice slice, OutputStream out) throws IOException {
      StringUtf8Coder.of().encode(slice.path(), out);
      VarLongCoder.of().encode(slice.start(), out);
      VarLongCoder.of().encode(slice.end(), out);
    }

    @Override
    public WarcSlice decode(InputStream in) throws IOException {
      return new WarcSlice(StringUtf8Coder.of().decode(in), VarLongCoder.of().decode(in), VarLongCoder.of().decode(in));
    }

    @Override
    public void verifyDeterministic() {
      // Fields are written in a fixed order by deterministic coders.
    }
  }
}
