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
 * article or a reject (web archives are read by {@link ParseWarcSliceFn}). Files are read through a
 * stream capped at the maximum decompressed size, so neither a decompression bomb nor a huge file
 * is ever held in memory whole.
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
    // Numbered lines already emitted stay counted; a failure later in the file rejects the rest.
    long[] linesDone = {0};
    // JSON Lines is streamed (a line at a time), so only formats held whole are capped.
    long cap = fileFormat == InputFormat.JSONL ? Long.MAX_VALUE : limits.maxFileBytes();
    try (CappedInputStream in = new CappedInputStream(
        new BufferedInputStream(Channels.newInputStream(file.open()), 1 << 16), cap)) {
      if (fileFormat == InputFormat.JSONL) {
        readLines(in, path, linesDone, out);
      } else {
        byte[] bytes = in.readAllBytes();
        emit(in.exceeded() ? tooLargeFile(path, bytes) : wholeFileParser.parse(fileFormat, path, bytes), out,
            fileFormat != InputFormat.HTML);
      }
    } catch (IOException | RuntimeException e) {
      String source = fileFormat == InputFormat.JSONL && linesDone[0] > 0 ? path + ":" + (linesDone[0] + 1) : path;
      emit(ParsedRecord.rejected(source, RejectReason.UNREADABLE,
          e.getClass().getSimpleName() + ": " + e.getMessage(), ""), out);
    }
  }

  private ParsedRecord tooLargeFile(String path, byte[] head) {
    return ParsedRecord.rejected(path, RejectReason.TOO_LARGE,
        "file is larger than " + limits.maxFileBytes() + " bytes (decompressed)",
        TextDecoding.escapeBinary(head, Reject.MAX_SNIPPET_BYTES));
  }

  private void readLines(CappedInputStream in, String path, long[] linesDone, MultiOutputReceiver out)
      throws IOException {
    ByteLines lines = new ByteLines(in, limits.maxLineBytes());
    while (lines.next()) {
      String location = path + ":" + lines.lineNumber();
      if (in.exceeded()) {
        // The cap cut this line short: it and everything after it are one too-large record.
        emit(ParsedRecord.rejected(location, RejectReason.TOO_LARGE,
            "file is larger than " + limits.maxFileBytes() + " bytes (decompressed) from line "
                + lines.lineNumber() + " on", TextDecoding.escapeBinary(lines.bytes(), Reject.MAX_SNIPPET_BYTES)), out);
        return;
      }
      if (lines.tooLong()) {
        emit(ParsedRecord.rejected(location, RejectReason.TOO_LARGE,
            "line " + lines.lineNumber() + " is longer than " + limits.maxLineBytes() + " bytes",
            TextDecoding.escapeBinary(lines.bytes(), Reject.MAX_SNIPPET_BYTES)), out);
      } else if (!lines.isBlank()) {
        emit(jsonParser.parse(path, lines.lineNumber(), lines.bytes(), lines.length()), out, true);
      }
      linesDone[0] = lines.lineNumber();
    }
    if (in.exceeded()) {
      emit(ParsedRecord.rejected(path + ":" + (lines.lineNumber() + 1), RejectReason.TOO_LARGE,
          "file is larger than " + limits.maxFileBytes() + " bytes (decompressed) from line "
              + (lines.lineNumber() + 1) + " on", ""), out);
    }
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
