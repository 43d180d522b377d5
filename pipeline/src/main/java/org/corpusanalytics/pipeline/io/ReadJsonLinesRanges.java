package org.corpusanalytics.pipeline.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTagList;
import org.corpusanalytics.model.Article;
import org.corpusanalytics.text.TextLayout;

/**
 * Byte ranges of large uncompressed JSON Lines files -> one record per non-blank line, each an
 * article or a reject, exactly as if each file were read whole ({@link ParseFileFn}), but with the
 * ranges read in parallel. A range owns the lines that start in it and reads past its end to
 * finish its last one. Lines keep their numbers in the whole file (they name the records): a
 * first pass counts the lines starting in each range, and the ranges of a file, grouped, number
 * theirs from the sum of the counts before them.
 *
 * <pre>{@code
 * // ranges: FileRange.of(file, 0, 16 MiB), FileRange.of(file, 16 MiB, 32 MiB) ...
 * PCollectionTuple read = ranges.apply(new ReadJsonLinesRanges(ReadLimits.DEFAULTS, TextLayout.Mode.AUTO, 8));
 * }</pre>
 */
class ReadJsonLinesRanges extends PTransform<PCollection<FileRange>, PCollectionTuple> {
  private final ReadLimits limits;
  private final TextLayout.Mode layout;
  private final int parallelism;

  /** Ranges are spread over {@code parallelism} groups for each pass, as files are. */
  ReadJsonLinesRanges(ReadLimits limits, TextLayout.Mode layout, int parallelism) {
    this.limits = limits;
    this.layout = layout;
    this.parallelism = parallelism;
  }

  /**
   * Whether a file is read in ranges of {@code rangeBytes}: an uncompressed JSON Lines file larger
   * than one range, on a file system that seeks cheaply. Any other file is read whole.
   */
  static boolean splits(MatchResult.Metadata file, InputFormat format, long rangeBytes) {
    String name = file.resourceId().getFilename();
    return name != null && format.resolve(name) == InputFormat.JSONL
        && Compression.detect(name) == Compression.UNCOMPRESSED && file.isReadSeekEfficient()
        && file.sizeBytes() > rangeBytes;
  }

  /** The ranges of {@code rangeBytes} that cover a file, the last one shorter. */
  static List<FileRange> ranges(MatchResult.Metadata file, long rangeBytes) {
    List<FileRange> ranges = new ArrayList<>();
    for (long start = 0; start < file.sizeBytes(); start += rangeBytes) {
      ranges.add(FileRange.of(file, start, Math.min(file.sizeBytes(), start + rangeBytes)));
    }
    return ranges;
  }

  @Override
  public PCollectionTuple expand(PCollection<FileRange> ranges) {
    return ranges
        .apply("SpreadRanges", Reshuffle.<FileRange>viaRandomKey().withNumBuckets(parallelism))
        // (path, (range, lines starting in it))
        .apply("CountLineStarts", ParDo.of(new CountLineStartsFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), KvCoder.of(FileRange.Coder.of(), VarLongCoder.of())))
        .apply("GroupRangesByFile", GroupByKey.create())
        .apply("NumberRanges", ParDo.of(new NumberRangesFn()))
        .setCoder(FileRange.Coder.of())
        .apply("SpreadNumberedRanges", Reshuffle.<FileRange>viaRandomKey().withNumBuckets(parallelism))
        .apply("ParseRangeRecords", ParDo.of(new ParseRangeFn(limits, layout))
            .withOutputTags(ReadArticles.ARTICLES, TupleTagList.of(ReadArticles.REJECTS)));
  }

  /**
   * range -> (path, (range, lines starting in it)): a line starts at 0 and after each '\n' that is
   * not the file's last byte, so the count is the '\n's in {@code [start - 1, end - 1)}, plus the
   * first line for the range at 0. A range that cannot be read counts -1.
   */
  static class CountLineStartsFn extends DoFn<FileRange, KV<String, KV<FileRange, Long>>> {
    @ProcessElement
    public void process(@Element FileRange range, OutputReceiver<KV<String, KV<FileRange, Long>>> out) {
      long count;
      try {
        count = countLineStarts(range);
      } catch (IOException e) {
        // The file is then read whole, and its reader rejects it as unreadable with the cause.
        count = -1;
      }
      out.output(KV.of(range.path(), KV.of(range, count)));
    }

    static long countLineStarts(FileRange range) throws IOException {
      boolean first = range.start() == 0;
      long remaining = first ? range.end() - 1 : range.end() - range.start();
      long count = first ? 1 : 0;
      byte[] block = new byte[1 << 16];
      try (InputStream in = range.openAt(first ? 0 : range.start() - 1)) {
        while (remaining > 0) {
          int n = in.read(block, 0, (int) Math.min(block.length, remaining));
          if (n < 0) {
            break;
          }
          for (int i = 0; i < n; i++) {
            if (block[i] == '\n') {
              count++;
            }
          }
          remaining -= n;
        }
      }
      return count;
    }
  }

  /**
   * (path, [(range, lines starting in it)]) -> each range with the lines starting before it: the
   * sum of the counts of the ranges before it. A file with a range that could not be counted is
   * read whole, as one range.
   */
  static class NumberRangesFn extends DoFn<KV<String, Iterable<KV<FileRange, Long>>>, FileRange> {
    @ProcessElement
    public void process(@Element KV<String, Iterable<KV<FileRange, Long>>> file, OutputReceiver<FileRange> out) {
      List<KV<FileRange, Long>> counted = new ArrayList<>();
      file.getValue().forEach(counted::add);
      counted.sort(Comparator.comparingLong(range -> range.getKey().start()));
      if (counted.stream().anyMatch(range -> range.getValue() < 0)) {
        FileRange any = counted.get(0).getKey();
        out.output(FileRange.of(any.file(), 0, any.file().sizeBytes()));
        return;
      }
      long linesBefore = 0;
      for (KV<FileRange, Long> range : counted) {
        out.output(range.getKey().withLinesBefore(linesBefore));
        linesBefore += range.getValue();
      }
    }
  }

  /**
   * Numbered range -> a record per non-blank line starting in it (the line's number and the
   * file's path name it, as when the file is read whole). A range at {@code start > 0} begins at
   * the first line start at or after {@code start}: its byte before is read, and the rest of a line
   * begun earlier is skipped; a range in which no line starts has no records.
   */
  static class ParseRangeFn extends DoFn<FileRange, Article> {
    private final Counter filesRead = Metrics.counter(ParseRangeFn.class, "filesRead");
    private final Counter articlesReadAsWrapped = Metrics.counter(ParseRangeFn.class, "articlesReadAsWrapped");
    private final int maxLineBytes;
    private final TextLayout.Mode layout;
    private final RecordRouter router;
    private final JsonArticleParser parser = new JsonArticleParser();

    ParseRangeFn(ReadLimits limits, TextLayout.Mode layout) {
      this.maxLineBytes = limits.maxLineBytes();
      this.layout = layout;
      this.router = new RecordRouter(ParseRangeFn.class, limits);
    }

    @ProcessElement
    public void process(@Element FileRange range, MultiOutputReceiver out) {
      if (range.start() == 0) {
        filesRead.inc();
      }
      long from = Math.max(0, range.start() - 1);
      JsonLines jsonLines = null;
      try (InputStream in = range.openAt(from)) {
        ByteLines lines = new ByteLines(in, maxLineBytes, from, range.linesBefore());
        jsonLines = new JsonLines(lines, range.path(), parser);
        if (range.start() == 0 || lines.skipLine(range.end())) {
          jsonLines.readLinesStartingBefore(range.end(), record -> emit(record, out));
        }
      } catch (IOException e) {
        router.route(jsonLines != null ? jsonLines.unreadable(e)
            : JsonLines.unreadable(range.path(), range.linesBefore(), e), out);
      }
    }

    /** As {@link ParseFileFn} emits a JSON Lines record: limits, then the body's layout. */
    private void emit(ParsedRecord record, MultiOutputReceiver out) {
      ParsedRecord checked = router.withinLimits(record).laidOut(layout);
      if (checked.readAsWrapped()) {
        articlesReadAsWrapped.inc();
      }
      router.route(checked, out);
    }
  }
}
