package org.corpusanalytics.pipeline.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
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
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.corpusanalytics.model.Article;
import org.corpusanalytics.model.Reject;

/**
 * Reads a corpus: file patterns -> matched files -> (decompressed) records -> articles or rejects.
 * Every record read ends in exactly one of {@link #ARTICLES} and {@link #REJECTS}.
 *
 * <pre>{@code
 * PCollectionTuple read = pipeline.apply("ReadArticles",
 *     ReadArticles.from(List.of("corpus/**")).withFormat(InputFormat.AUTO));
 * }</pre>
 */
public class ReadArticles extends PTransform<PBegin, PCollectionTuple> {
  public static final TupleTag<Article> ARTICLES = new TupleTag<>() {};
  public static final TupleTag<Reject> REJECTS = new TupleTag<>() {};
  /** JSON Lines records longer than this are refused rather than buffered. */
  public static final int DEFAULT_MAX_LINE_BYTES = 16 * 1024 * 1024;

  /** Default number of groups that files and articles are spread over between steps. */
  public static final int DEFAULT_PARALLELISM = 8;

  private final List<String> patterns;
  private final InputFormat format;
  private final int parallelism;

  private ReadArticles(List<String> patterns, InputFormat format, int parallelism) {
    this.patterns = List.copyOf(patterns);
    this.format = format;
    this.parallelism = parallelism;
  }

  public static ReadArticles from(List<String> patterns) {
    return new ReadArticles(patterns, InputFormat.AUTO, DEFAULT_PARALLELISM);
  }

  public ReadArticles withFormat(InputFormat format) {
    return new ReadArticles(patterns, format, parallelism);
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
    return new ReadArticles(patterns, format, parallelism);
  }

  @Override
  public PCollectionTuple expand(PBegin begin) {
    PCollectionTuple parsed = begin
        .apply("ListPatterns", Create.of(patterns))
        .apply("MatchFiles", ParDo.of(new MatchPatternFn()))
        .setCoder(MetadataCoderV2.of())
        .apply("SpreadFiles", Reshuffle.<MatchResult.Metadata>viaRandomKey().withNumBuckets(parallelism))
        .apply("OpenFiles", FileIO.readMatches().withCompression(Compression.AUTO))
        .apply("ParseRecords", ParDo.of(new ParseFileFn(format)).withOutputTags(ARTICLES, TupleTagList.of(REJECTS)));
    // One JSON Lines file fans out to many articles: rebalance them before the heavy steps.
    PCollection<Article> articles = parsed.get(ARTICLES)
        .apply("SpreadArticles", Reshuffle.<Article>viaRandomKey().withNumBuckets(parallelism));
    return PCollectionTuple.of(ARTICLES, articles).and(REJECTS, parsed.get(REJECTS));
  }

  /**
   * File pattern -> metadata of every file it matches. Matching here, rather than with
   * FileIO.matchAll(), lets the files be spread over a bounded number of groups instead of one
   * group per file, which the DirectRunner would pay for on every step.
   */
  static class MatchPatternFn extends DoFn<String, MatchResult.Metadata> {
    @ProcessElement
    public void process(@Element String pattern, OutputReceiver<MatchResult.Metadata> out) throws IOException {
      for (MatchResult.Metadata file : FileSystems.match(pattern, EmptyMatchTreatment.ALLOW).metadata()) {
        out.output(file);
      }
    }
  }

  /** ReadableFile -> one record per file (text, HTML) or per non-blank line (JSON Lines). */
  static class ParseFileFn extends DoFn<FileIO.ReadableFile, Article> {
    private final Counter recordsRead = Metrics.counter(ParseFileFn.class, "recordsRead");
    private final Counter filesRead = Metrics.counter(ParseFileFn.class, "filesRead");
    private final Counter encodingRepaired = Metrics.counter(ParseFileFn.class, "encodingRepaired");
    private final InputFormat format;
    private final WholeFileParser wholeFileParser = new WholeFileParser();
    private final JsonArticleParser jsonParser = new JsonArticleParser();

    ParseFileFn(InputFormat format) {
      this.format = format;
    }

    @ProcessElement
    public void process(@Element FileIO.ReadableFile file, MultiOutputReceiver out) {
      String path = file.getMetadata().resourceId().toString();
      InputFormat fileFormat = format.resolve(file.getMetadata().resourceId().getFilename());
      filesRead.inc();
      try {
        if (fileFormat == InputFormat.JSONL) {
          readLines(file, path, out);
        } else {
          emit(wholeFileParser.parse(fileFormat, path, file.readFullyAsBytes()), out);
        }
      } catch (IOException | RuntimeException e) {
        emit(ParsedRecord.rejected(path, RejectReason.UNREADABLE,
            e.getClass().getSimpleName() + ": " + e.getMessage(), ""), out);
      }
    }

    private void readLines(FileIO.ReadableFile file, String path, MultiOutputReceiver out) throws IOException {
      try (InputStream in = new BufferedInputStream(Channels.newInputStream(file.open()), 1 << 16)) {
        ByteLines lines = new ByteLines(in, DEFAULT_MAX_LINE_BYTES);
        while (lines.next()) {
          if (lines.tooLong()) {
            emit(ParsedRecord.rejected(path + ":" + lines.lineNumber(), RejectReason.TOO_LARGE,
                "line " + lines.lineNumber() + " is longer than " + DEFAULT_MAX_LINE_BYTES + " bytes",
                TextDecoding.escapeBinary(lines.bytes(), Reject.MAX_SNIPPET_BYTES)), out);
          } else if (!lines.isBlank()) {
            emit(jsonParser.parse(path, lines.lineNumber(), lines.bytes(), lines.length()), out);
          }
        }
      }
    }

    private void emit(ParsedRecord record, MultiOutputReceiver out) {
      recordsRead.inc();
      if (record.encodingRepaired()) {
        encodingRepaired.inc();
      }
      if (record.article() != null) {
        out.get(ARTICLES).output(record.article());
      } else {
        out.get(REJECTS).output(record.reject());
      }
    }
  }
}
