package org.corpusanalytics.pipeline.io;

import java.io.IOException;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.TupleTag;

/**
 * File metadata -> the file itself when it is no web archive ({@link #OTHER_FILES}), else its
 * {@link WarcSlice slices} ({@link #WARC_SLICES}): one for a file up to the slice size, several
 * cut at record starts for a bigger one, so that workers read one archive in parallel. Only
 * uncompressed and gzip-per-record archives on a seekable file system are cut; others are one slice.
 */
class PlanWarcSlicesFn extends DoFn<MatchResult.Metadata, MatchResult.Metadata> {
  static final TupleTag<MatchResult.Metadata> OTHER_FILES = new TupleTag<>() {};
  static final TupleTag<WarcSlice> WARC_SLICES = new TupleTag<>() {};

  private final Counter archivesCut = Metrics.counter(PlanWarcSlicesFn.class, "warcArchivesCut");
  private final Counter slicesPlanned = Metrics.counter(PlanWarcSlicesFn.class, "warcSlices");
  private final InputFormat format;
  private final long sliceBytes;

  PlanWarcSlicesFn(InputFormat format, long sliceBytes) {
    this.format = format;
    this.sliceBytes = sliceBytes;
  }

  @ProcessElement
  public void process(@Element MatchResult.Metadata file, MultiOutputReceiver out) {
    ResourceId resource = file.resourceId();
    if (format.resolve(resource.getFilename()) != InputFormat.WARC) {
      out.get(OTHER_FILES).output(file);
      return;
    }
    String path = resource.toString();
    List<Long> cuts = List.of();
    if (file.sizeBytes() > sliceBytes && ParseWarcSliceFn.readsStored(path)) {
      try {
        cuts = WarcCutPoints.of(() -> seekable(FileSystems.open(resource)), sliceBytes);
      } catch (IOException | UnsupportedOperationException e) {
        // Not seekable, or unreadable: one slice, whose reader reports the file if it cannot be read.
        cuts = List.of();
      }
    }
    long start = 0;
    for (long cut : cuts) {
      out.get(WARC_SLICES).output(new WarcSlice(path, start, cut));
      start = cut;
    }
    out.get(WARC_SLICES).output(new WarcSlice(path, start, Long.MAX_VALUE));
    slicesPlanned.inc(cuts.size() + 1);
    if (!cuts.isEmpty()) {
      archivesCut.inc();
    }
  }

  private static SeekableByteChannel seekable(ReadableByteChannel channel) throws IOException {
    if (channel instanceof SeekableByteChannel seekable) {
      return seekable;
    }
    channel.close();
    throw new UnsupportedOperationException("the file system gives no seekable channel");
  }
}
