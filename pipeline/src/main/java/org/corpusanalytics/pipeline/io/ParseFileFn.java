package org.corpusanalytics.pipeline.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.corpusanalytics.model.Article;
import org.corpusanalytics.model.Reject;
import org.corpusanalytics.text.TextLayout;

/**
 * ReadableFile -> one record per file (text, HTML) or per non-blank line (JSON Lines), each an
 * article or a reject (web archives are read by {@link ParseWarcSliceFn}, large uncompressed JSON
 * Lines files by {@link ReadJsonLinesRanges}). A text or HTML file, held in memory whole, is read
 * through a stream capped at the maximum decompressed size, so neither a decompression bomb nor a
 * huge file is ever held whole; a JSON Lines file is streamed line by line, each line capped.
 * Plain-text and JSON Lines bodies are read with a {@link TextLayout}: hard-wrapped lines are joined
 * into paragraphs (counted as {@code articlesReadAsWrapped}); HTML has its own paragraphs.
 */
public class ParseFileFn extends DoFn<FileIO.ReadableFile, Article> {
  private final Counter filesRead = Metrics.counter(ParseFileFn.class, "filesRead");
  private final Counter articlesReadAsWrapped = Metrics.counter(ParseFileFn.class, "articlesReadAsWrapped");
  private final InputFormat format;
  private final ReadLimits limits;
  private final TextLayout.Mode layout;
  private final RecordRouter router;
  private final WholeFileParser wholeFileParser = new WholeFileParser();
  private final JsonArticleParser jsonParser = new JsonArticleParser();

  ParseFileFn(InputFormat format, ReadLimits limits, TextLayout.Mode layout) {
    this.format = format;
    this.limits = limits;
    this.layout = layout;
    this.router = new RecordRouter(ParseFileFn.class, limits);
  }

  @ProcessElement
  public void process(@Element FileIO.ReadableFile file, MultiOutputReceiver out) {
    String path = file.getMetadata().resourceId().toString();
    InputFormat fileFormat = format.resolve(file.getMetadata().resourceId().getFilename());
    filesRead.inc();
    JsonLines jsonLines = null;
    try (CappedInputStream in = new CappedInputStream(
        new BufferedInputStream(Channels.newInputStream(file.open()), 1 << 16), limits.maxBytesRead(fileFormat))) {
      if (fileFormat == InputFormat.JSONL) {
        jsonLines = new JsonLines(new ByteLines(in, limits.maxLineBytes()), path, jsonParser);
        jsonLines.readLinesStartingBefore(Long.MAX_VALUE, record -> emit(record, out, true));
      } else {
        byte[] bytes = in.readAllBytes();
        emit(in.exceeded() ? tooLargeFile(path, fileFormat, bytes)
            : wholeFileParser.parse(fileFormat, path, bytes), out, fileFormat != InputFormat.HTML);
      }
    } catch (IOException | RuntimeException e) {
      emit(jsonLines != null ? jsonLines.unreadable(e) : ParsedRecord.rejected(path, RejectReason.UNREADABLE,
          e.getClass().getSimpleName() + ": " + e.getMessage(), ""), out);
    }
  }

  /** A text or HTML file over the limit of a file held whole; JSON Lines files are streamed. */
  private ParsedRecord tooLargeFile(String path, InputFormat fileFormat, byte[] head) {
    return ParsedRecord.rejected(path, RejectReason.TOO_LARGE, (fileFormat == InputFormat.HTML ? "HTML" : "text")
        + " file is larger than " + limits.maxFileBytes() + " bytes (decompressed), the most read of a file held whole",
        TextDecoding.escapeBinary(head, Reject.MAX_SNIPPET_BYTES));
  }

  private void emit(ParsedRecord record, MultiOutputReceiver out) {
    emit(record, out, false);
  }

  /**
   * Counts and routes a record; a plain-text or JSON Lines article within the limits first has its
   * body's lines read by the layout (after the limits, so an oversized body is never copied).
   */
  private void emit(ParsedRecord record, MultiOutputReceiver out, boolean plainText) {
    ParsedRecord checked = router.withinLimits(record);
    if (plainText) {
      checked = checked.laidOut(layout);
    }
    if (checked.readAsWrapped()) {
      articlesReadAsWrapped.inc();
    }
    router.route(checked, out);
  }
}
