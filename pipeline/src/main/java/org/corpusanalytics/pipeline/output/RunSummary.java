package org.corpusanalytics.pipeline.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.util.MimeTypes;
import org.corpusanalytics.pipeline.JobFailure;
import org.corpusanalytics.pipeline.io.ParseWarcSliceFn;

/**
 * The counts of one run, gathered from the pipeline's metrics: records read, articles written,
 * rejects by reason, sentences, tokens, rows per table, boilerplate lines removed by rule. Written
 * as {@code _SUMMARY.json} and printed at the end of the run.
 */
public final class RunSummary {
  private final Map<String, Long> counters;
  private final Map<String, Object> json = new LinkedHashMap<>();
  private RunProgress stages;

  private RunSummary(Map<String, Long> counters) {
    this.counters = counters;
  }

  /** Sums every counter by name (over steps) from the finished pipeline. */
  public static RunSummary from(PipelineResult result) {
    return new RunSummary(counters(result));
  }

  /** Every counter's attempted value by name, summed over steps; also while the pipeline runs. */
  public static Map<String, Long> counters(PipelineResult result) {
    Map<String, Long> counters = new TreeMap<>();
    MetricQueryResults metrics = result.metrics().queryMetrics(MetricsFilter.builder().build());
    for (MetricResult<Long> counter : metrics.getCounters()) {
      counters.merge(counter.getName().getName(), attempted(counter), Long::sum);
    }
    return counters;
  }

  /** A summary of the given counters, by metric name (for runners or tests that count otherwise). */
  public static RunSummary of(Map<String, Long> counters) {
    return new RunSummary(new TreeMap<>(counters));
  }

  private static long attempted(MetricResult<Long> counter) {
    Long value = counter.getAttempted();
    return value == null ? 0 : value;
  }

  public long counter(String name) {
    return counters.getOrDefault(name, 0L);
  }

  public long recordsRead() {
    return counter("recordsRead");
  }

  public long articlesWritten() {
    return counter(CountRows.ROWS_PREFIX + "articles");
  }

  public long rejected() {
    return counter(CountRows.ROWS_PREFIX + "rejects");
  }

  /**
   * Fails with exit code 3 unless every record read ended as exactly one article or one reject;
   * {@code where} names the unpublished output for the message.
   */
  public void requireReconciled(String where) {
    if (recordsRead() != articlesWritten() + rejected()) {
      throw new JobFailure(JobFailure.COUNTS_DO_NOT_RECONCILE, String.format(
          "records read (%d) != articles written (%d) + rejected (%d); output left unpublished at %s",
          recordsRead(), articlesWritten(), rejected(), where));
    }
  }

  /** Fails with exit code 4 when more than {@code maxFraction} of the records read were rejected. */
  public void requireRejectsAtMost(double maxFraction, String where) {
    if (rejected() > maxFraction * recordsRead()) {
      throw new JobFailure(JobFailure.TOO_MANY_REJECTS, String.format(
          "%d of %d records rejected, more than --maxRejectFraction=%s allows %s; tables and rejects left "
              + "unpublished at %s for inspection", rejected(), recordsRead(), maxFraction, withPrefix("rejects_"),
          where));
    }
  }

  /** Counters named "&lt;prefix&gt;&lt;key&gt;", keyed by what follows the prefix. */
  public Map<String, Long> withPrefix(String prefix) {
    Map<String, Long> matching = new TreeMap<>();
    counters.forEach((name, value) -> {
      if (name.startsWith(prefix)) {
        matching.put(name.substring(prefix.length()), value);
      }
    });
    return matching;
  }

  /** Fills the JSON document: version, options, seconds, then the counts. */
  public RunSummary describe(String version, Map<String, Object> options, double seconds, Iterable<String> tables) {
    json.put("project_version", version);
    json.put("options", options);
    json.put("seconds", Math.round(seconds * 1000) / 1000.0);
    json.put("files_read", counter("filesRead"));
    json.put("records_read", recordsRead());
    json.put("articles_written", articlesWritten());
    json.put("rejected_total", rejected());
    json.put("rejected", withPrefix("rejects_"));
    json.put("encoding_repaired", counter("encodingRepaired"));
    json.put("control_chars_removed", counter("controlCharsRemoved"));
    json.put("articles_read_as_wrapped", counter("articlesReadAsWrapped"));
    json.put("articles_by_language", withPrefix("articles_"));
    Map<String, Long> languageSources = new LinkedHashMap<>();
    languageSources.put("input", counter("languageFromInput"));
    languageSources.put("detected", counter("languageDetected"));
    languageSources.put("undetermined", counter("languageUndetermined"));
    json.put("language_source", languageSources);
    json.put("language_disagreements", counter("languageDisagreements"));
    json.put("warc_records_skipped", withPrefix(ParseWarcSliceFn.WARC_SKIPPED_PREFIX));
    json.put("sentences", counter("sentences"));
    json.put("tokens", counter("tokens"));
    json.put("sentences_scored", counter("sentencesScored"));
    json.put("boilerplate_chars_removed", counter("boilerplateCharsRemoved"));
    json.put("boilerplate_lines_removed", withPrefix("removedLines_"));
    json.put("duplicate_groups", counter("duplicateGroups"));
    json.put("duplicate_copies", counter("duplicateCopies"));
    Map<String, Long> tableRows = new LinkedHashMap<>();
    tables.forEach(table -> tableRows.put(table, counter(CountRows.ROWS_PREFIX + table)));
    json.put("table_rows", tableRows);
    return this;
  }

  /** Adds the paths of the matched files that were not read ({@code --exclude}, documentation files). */
  public RunSummary withFilesSkipped(List<String> paths) {
    json.put("files_skipped", paths);
    return this;
  }

  /** Adds each stage's count, first-seen and last-change times (JSON "stages", and the text). */
  public RunSummary withStages(RunProgress progress) {
    this.stages = progress;
    json.put("stages", progress.toJson());
    return this;
  }

  public Map<String, Object> json() {
    return java.util.Collections.unmodifiableMap(json);
  }

  public void writeTo(String directory) {
    try (WritableByteChannel channel = FileSystems.create(
        FileSystems.matchNewResource(directory + "/" + OutputDirectory.SUMMARY_FILE, false), MimeTypes.TEXT)) {
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(Channels.newOutputStream(channel), json);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the run summary to " + directory, e);
    }
  }

  /** The few lines a person reads at the end of a run. */
  public String toText() {
    StringBuilder text = new StringBuilder();
    text.append(String.format("records read      %,d (files %,d)%n", recordsRead(), counter("filesRead")));
    text.append(String.format("articles written  %,d%n", articlesWritten()));
    text.append(String.format("languages         %s%n", withPrefix("articles_")));
    text.append(String.format("rejected          %,d %s%n", rejected(), withPrefix("rejects_")));
    text.append(String.format("near-duplicates   %,d copies in %,d groups%n", counter("duplicateCopies"),
        counter("duplicateGroups")));
    text.append(String.format("sentences         %,d%n", counter("sentences")));
    text.append(String.format("tokens            %,d%n", counter("tokens")));
    text.append(String.format("seconds           %.1f%n", (Double) json.getOrDefault("seconds", 0.0)));
    if (stages != null) {
      text.append(stages.table());
    }
    return text.toString();
  }
}
