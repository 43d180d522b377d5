package org.corpusanalytics.pipeline.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.util.MimeTypes;
import org.corpusanalytics.pipeline.output.OutputDirectory;
import org.corpusanalytics.pipeline.output.RunSummary;

/**
 * Writes {@code report.html} into a finished run's output, beside the tables it is read from: one
 * self-contained page (no external resource; it works offline) with the corpus overview, rejects,
 * sentiment distribution and timeline, top entities, an interactive co-occurrence network and top
 * terms. Called after the tables are complete and before the output is published, so the report
 * moves into place with them.
 */
public final class RunReport {
  public static final String FILE = "report.html";

  private RunReport() {}

  public static void write(OutputDirectory output, RunSummary summary) {
    String html = ReportPage.render(summary, CollectReportData.from(output.workingPath()));
    try (WritableByteChannel channel = FileSystems.create(
        FileSystems.matchNewResource(output.workingPath() + "/" + FILE, false), MimeTypes.TEXT)) {
      channel.write(ByteBuffer.wrap(html.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the report to " + output.workingPath(), e);
    }
  }
}
