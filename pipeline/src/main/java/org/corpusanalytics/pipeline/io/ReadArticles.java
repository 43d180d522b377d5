package org.corpusanalytics.pipeline.io;

import java.io.IOException;
import java.util.List;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MetadataCoderV2;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.corpusanalytics.model.Article;
import org.corpusanalytics.model.Reject;
import org.corpusanalytics.text.TextLayout;

/**
 * Reads a corpus: file patterns -> matched files -> (decompressed) records -> articles or rejects.
 * A large uncompressed JSON Lines file is read in byte ranges in parallel ({@link ReadJsonLinesRanges}),
 * with the same records as when read whole, as a big web archive is read in slices.
 * Every record read ends in exactly one of {@link #ARTICLES} and {@link #REJECTS}: records over a
 * {@link ReadLimits limit} and all but one of the records sharing a {@code doc_id} are rejects.
 *
 * <pre>{@code
 * PCollectionTuple read = pipeline.apply("ReadArticles",
 *     ReadArticles.from(List.of("corpus/**")).withFormat(InputFormat.AUTO).withMaxArticleChars(200_000));
 * }</pre>
 */
public class ReadArticles extends PTransform<PBegin, PCollectionTuple> {
  public static final TupleTag<Article> ARTICLES = new TupleTag<>() {};
  public static final TupleTag<Reject> REJECTS = new TupleTag<>() {};

  /** Stored bytes of a web archive above which it is cut at record starts and read by several workers. */
  public static final long DEFAULT_WARC_SLICE_BYTES = 64L * 1024 * 1024;

  /** Default number of groups that files and articles are spread over between steps. */
  public static final int DEFAULT_PARALLELISM = 8;

  /** Default size of the byte ranges a large uncompressed JSON Lines file is read in, in parallel. */
  static final long DEFAULT_RANGE_BYTES = 16L * 1024 * 1024;

  /** Files to read whole, and ranges of files to read apart. */
  private static final TupleTag<MatchResult.Metadata> WHOLE_FILES = new TupleTag<>() {};
  private static final TupleTag<FileRange> RANGES = new TupleTag<>() {};

  private final List<String> patterns;
  private final InputFormat format;
  private final int parallelism;
  private final ReadLimits limits;
  private final TextLayout.Mode layout;
  private final FileExclusions exclusions;
  private final long warcSliceBytes;
  private final long rangeBytes;

  private ReadArticles(List<String> patterns, InputFormat format, int parallelism, ReadLimits limits,
      TextLayout.Mode layout, FileExclusions exclusions, long warcSliceBytes, long rangeBytes) {
    this.patterns = List.copyOf(patterns);
    this.format = format;
    this.parallelism = parallelism;
    this.limits = limits;
    this.layout = layout;
    this.exclusions = exclusions;
    this.warcSliceBytes = warcSliceBytes;
    this.rangeBytes = rangeBytes;
  }

  public static ReadArticles from(List<String> patterns) {
    return new ReadArticles(patterns, InputFormat.AUTO, DEFAULT_PARALLELISM, ReadLimits.DEFAULTS,
        TextLayout.Mode.AUTO, FileExclusions.NONE,
        DEFAULT_WARC_SLICE_BYTES, DEFAULT_RANGE_BYTES);
  }

  public ReadArticles withFormat(InputFormat format) {
    return new ReadArticles(patterns, format, parallelism, limits, layout, exclusions, warcSliceBytes, rangeBytes);
  }

  /** How plain-text and JSON Lines bodies' line breaks are read: decided per article by default. */
  public ReadArticles withTextLayout(TextLayout.Mode layout) {
    return new ReadArticles(patterns, format, parallelism, limits, layout, exclusions, warcSliceBytes, rangeBytes);
  }

  /** Matched files that are not read (the job lists them in its summary). */
  public ReadArticles withExclusions(FileExclusions exclusions) {
    return new ReadArticles(patterns, format, parallelism, limits, layout, exclusions, warcSliceBytes, rangeBytes);
  }

  /**
   * How many groups files, then articles, are spread over. Each group is a unit of parallel work;
   * the DirectRunner pays a fixed cost per group and step, so a few per core is right there, while
   * a cluster wants at least as many as it has cores.
   */
  public ReadArticles withParallelism(int parallelism) {
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1, not " + parallelism);
    }
    return new ReadArticles(patterns, format, parallelism, limits, layout, exclusions, warcSliceBytes, rangeBytes);
  }

  /**
   * Web archives bigger than this many stored bytes are cut into slices of at least this size at
   * record starts (gzip members for {@code .warc.gz}), each read by its own unit of work.
   */
  public ReadArticles withWarcSliceBytes(long warcSliceBytes) {
    if (warcSliceBytes < 1) {
      throw new IllegalArgumentException("warcSliceBytes must be at least 1, not " + warcSliceBytes);
    }
    return new ReadArticles(patterns, format, parallelism, limits, layout, exclusions, warcSliceBytes, rangeBytes);
  }

  /**
   * Size of the byte ranges an uncompressed JSON Lines file larger than one range is read in, in
   * parallel; each range owns the lines that start in it.
   */
  ReadArticles withRangeBytes(long rangeBytes) {
    if (rangeBytes < 1) {
      throw new IllegalArgumentException("rangeBytes must be at least 1, not " + rangeBytes);
    }
    return new ReadArticles(patterns, format, parallelism, limits, layout, exclusions, warcSliceBytes, rangeBytes);
  }

  /** JSON Lines lines longer than this many bytes are rejected as too large, never buffered whole. */
  public ReadArticles withMaxLineBytes(int maxLineBytes) {
    return withLimits(new ReadLimits(maxLineBytes, limits.maxFileBytes(), limits.maxArticleChars(),
        limits.maxTokenChars()));
  }

  /**
   * Decompressed bytes read at most from one file held in memory whole (text, HTML), or from one
   * web archive record's payload; a bigger one is too large. JSON Lines files are streamed, unlimited.
   */
  public ReadArticles withMaxFileBytes(long maxFileBytes) {
    return withLimits(new ReadLimits(limits.maxLineBytes(), maxFileBytes, limits.maxArticleChars(),
        limits.maxTokenChars()));
  }

  /** Articles whose text is longer than this many characters are rejected as too large. */
  public ReadArticles withMaxArticleChars(int maxArticleChars) {
    return withLimits(new ReadLimits(limits.maxLineBytes(), limits.maxFileBytes(), maxArticleChars,
        limits.maxTokenChars()));
  }

  /** Articles holding a run of non-space characters longer than this are rejected before tokenizing. */
  public ReadArticles withMaxTokenChars(int maxTokenChars) {
    return withLimits(new ReadLimits(limits.maxLineBytes(), limits.maxFileBytes(), limits.maxArticleChars(),
        maxTokenChars));
  }

  private ReadArticles withLimits(ReadLimits limits) {
    return new ReadArticles(patterns, format, parallelism, limits, layout, exclusions, warcSliceBytes, rangeBytes);
  }

  @Override
  public PCollectionTuple expand(PBegin begin) {
    PCollectionTuple planned = begin
        .apply("ListPatterns", Create.of(patterns))
        .apply("MatchFiles", ParDo.of(new MatchPatternFn(exclusions)))
        .setCoder(MetadataCoderV2.of())
        .apply("SpreadFiles", Reshuffle.<MatchResult.Metadata>viaRandomKey().withNumBuckets(parallelism))
        .apply("PlanWarcSlices", ParDo.of(new PlanWarcSlicesFn(format, warcSliceBytes))
            .withOutputTags(PlanWarcSlicesFn.OTHER_FILES, TupleTagList.of(PlanWarcSlicesFn.WARC_SLICES)));
    PCollectionTuple files = planned.get(PlanWarcSlicesFn.OTHER_FILES).setCoder(MetadataCoderV2.of())
        .apply("SplitLargeJsonLines", ParDo.of(new SplitFileFn(format, rangeBytes))
            .withOutputTags(WHOLE_FILES, TupleTagList.of(RANGES)));
    PCollectionTuple parsed = files.get(WHOLE_FILES).setCoder(MetadataCoderV2.of())
        .apply("OpenFiles", FileIO.readMatches().withCompression(Compression.AUTO))
        .apply("ParseRecords", ParDo.of(new ParseFileFn(format, limits, layout))
            .withOutputTags(ARTICLES, TupleTagList.of(REJECTS)));
    // (path, start, end): the slices of one big archive are read by different workers.
    PCollectionTuple archived = planned.get(PlanWarcSlicesFn.WARC_SLICES).setCoder(WarcSlice.CODER)
        .apply("SpreadWarcSlices", Reshuffle.<WarcSlice>viaRandomKey().withNumBuckets(parallelism))
        .apply("ParseWarcRecords", ParDo.of(new ParseWarcSliceFn(limits))
            .withOutputTags(ARTICLES, TupleTagList.of(REJECTS)));
    PCollectionTuple ranged = files.get(RANGES).setCoder(FileRange.Coder.of())
        .apply("ReadJsonLinesRanges", new ReadJsonLinesRanges(limits, layout, parallelism));
    // One JSON Lines file fans out to many articles: grouping by id bucket rebalances them before
    // the heavy steps, and is where copies of an id meet.
    PCollectionTuple unique = PCollectionList.of(parsed.get(ARTICLES)).and(archived.get(ARTICLES))
        .and(ranged.get(ARTICLES))
        .apply("GatherArticles", Flatten.pCollections())
        .apply("DeduplicateIds", new DeduplicateIds(parallelism));
    return PCollectionTuple.of(ARTICLES, unique.get(ARTICLES))
        .and(REJECTS, PCollectionList.of(parsed.get(REJECTS)).and(archived.get(REJECTS)).and(ranged.get(REJECTS))
            .and(unique.get(REJECTS))
            .apply("GatherReadRejects", Flatten.pCollections()));
  }

  /**
   * File -> itself, to be read whole, or the byte ranges it is read in when {@link
   * ReadJsonLinesRanges#splits splittable} (a large uncompressed JSON Lines file).
   */
  static class SplitFileFn extends DoFn<MatchResult.Metadata, MatchResult.Metadata> {
    private final InputFormat format;
    private final long rangeBytes;

    SplitFileFn(InputFormat format, long rangeBytes) {
      this.format = format;
      this.rangeBytes = rangeBytes;
    }

    @ProcessElement
    public void process(@Element MatchResult.Metadata file, MultiOutputReceiver out) {
      if (ReadJsonLinesRanges.splits(file, format, rangeBytes)) {
        ReadJsonLinesRanges.ranges(file, rangeBytes).forEach(out.get(RANGES)::output);
      } else {
        out.get(WHOLE_FILES).output(file);
      }
    }
  }

  /**
   * File pattern -> metadata of every file it matches that is not excluded. Matching here, rather
   * than with FileIO.matchAll(), lets the files be spread over a bounded number of groups instead
   * of one group per file, which the DirectRunner would pay for on every step.
   */
  static class MatchPatternFn extends DoFn<String, MatchResult.Metadata> {
    private final Counter filesMatched = Metrics.counter(MatchPatternFn.class, "filesMatched");
    private final FileExclusions exclusions;

    MatchPatternFn(FileExclusions exclusions) {
      this.exclusions = exclusions;
    }

    @ProcessElement
    public void process(@Element String pattern, OutputReceiver<MatchResult.Metadata> out) throws IOException {
      for (MatchResult.Metadata file : FileSystems.match(pattern, EmptyMatchTreatment.ALLOW).metadata()) {
        if (!exclusions.excludes(pattern, file.resourceId().toString())) {
          filesMatched.inc();
          out.output(file);
        }
      }
    }
  }
}
