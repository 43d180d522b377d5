package org.corpusanalytics.pipeline.io;

import java.io.IOException;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.util.HashMap;
import java.util.Map;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.corpusanalytics.model.Article;

/**
 * WarcSlice -> one record per HTML {@code response} that starts in the slice, each an article or a
 * reject (see {@link WarcRecords}); other records are counted by type ({@code warcSkipped_<type>}).
 * Uncompressed and {@code .warc.gz} archives are read as stored (jwarc inflates each gzip member),
 * so reject offsets are offsets in the file, as in a CDX index; other compressions are decompressed
 * by Beam and read whole, their offsets counting decompressed bytes.
 */
public class ParseWarcSliceFn extends DoFn<WarcSlice, Article> {
  /** Counter prefix of the WARC records skipped, by type; the run summary reads them. */
  public static final String WARC_SKIPPED_PREFIX = "warcSkipped_";

  private final Counter filesRead = Metrics.counter(ParseWarcSliceFn.class, "filesRead");
  private final RecordRouter router;
  private final WholeFileParser pages = new WholeFileParser();
  private final long maxRecordBytes;
  private transient Map<String, Counter> skipped;

  ParseWarcSliceFn(ReadLimits limits) {
    this.router = new RecordRouter(ParseWarcSliceFn.class, limits);
    this.maxRecordBytes = limits.maxFileBytes();
  }

  /** Whether the archive at this path is read as stored (and can therefore be cut at record offsets). */
  static boolean readsStored(String path) {
    Compression compression = Compression.detect(path);
    return compression == Compression.UNCOMPRESSED || compression == Compression.GZIP;
  }

  @ProcessElement
  public void process(@Element WarcSlice slice, MultiOutputReceiver out) {
    if (slice.start() == 0) {
      filesRead.inc();
    }
    ReadableByteChannel channel;
    try {
      channel = open(slice);
    } catch (IOException | RuntimeException e) {
      router.route(ParsedRecord.rejected(slice.path() + "@" + slice.start(), RejectReason.UNREADABLE,
          e.getClass().getSimpleName() + ": " + e.getMessage(), ""), out);
      return;
    }
    new WarcRecords(pages, maxRecordBytes).read(channel, slice.path(), slice.end(), record -> router.route(router.withinLimits(record), out),
        this::countSkipped);
  }

  private static ReadableByteChannel open(WarcSlice slice) throws IOException {
    ResourceId resource = FileSystems.matchNewResource(slice.path(), false);
    ReadableByteChannel stored = FileSystems.open(resource);
    if (!readsStored(slice.path())) {
      return Compression.detect(slice.path()).readDecompressed(stored);
    }
    if (slice.start() > 0) {
      ((SeekableByteChannel) stored).position(slice.start());
    }
    return stored;
  }

  /** WARC records that are no article (request, warcinfo, non-HTML responses ...), by type. */
  private void countSkipped(String type) {
    if (skipped == null) {
      skipped = new HashMap<>();
    }
    skipped.computeIfAbsent(type, t -> Metrics.counter(ParseWarcSliceFn.class, WARC_SKIPPED_PREFIX + t)).inc();
  }
}
