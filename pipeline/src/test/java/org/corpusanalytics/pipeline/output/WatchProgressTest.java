package org.corpusanalytics.pipeline.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricKey;
import org.apache.beam.sdk.metrics.MetricName;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricResults;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.joda.time.Duration;
import org.junit.jupiter.api.Test;

/** WatchProgress on a scripted pipeline result: its counters grow at each poll, then it is done. */
class WatchProgressTest {
  /** Runs for {@code polls} waits of the full timeout; "filesRead" counts the waits so far. */
  private static final class ScriptedResult implements PipelineResult {
    private final int polls;
    private int waits;

    ScriptedResult(int polls) {
      this.polls = polls;
    }

    @Override
    public State waitUntilFinish(Duration duration) {
      if (++waits >= polls) {
        return State.DONE;
      }
      try {
        Thread.sleep(duration.getMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return State.RUNNING;
    }

    @Override
    public MetricResults metrics() {
      return new MetricResults() {
        @Override
        public MetricQueryResults queryMetrics(MetricsFilter filter) {
          MetricKey key = MetricKey.create("ParseRecords", MetricName.named("ParseFileFn", "filesRead"));
          MetricKey other = MetricKey.create("ParseMore", MetricName.named("ParseFileFn", "filesRead"));
          return MetricQueryResults.create(List.of(MetricResult.attempted(key, (long) waits),
              MetricResult.attempted(other, 100L)), List.of(), List.of(), List.of());
        }
      };
    }

    @Override
    public State getState() {
      return waits >= polls ? State.DONE : State.RUNNING;
    }

    // The watcher only polls getState() and metrics(); it never cancels or waits.
    @Override
    public State cancel() {
      throw new UnsupportedOperationException();
    }

    @Override
    public State waitUntilFinish() {
      throw new UnsupportedOperationException();
    }
  }

  @Test
  void printsALineEachIntervalAndKeepsTheFinalCounts() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    RunProgress progress = WatchProgress.until(new ScriptedResult(4), RunProgress.forTables(List.of("articles")),
        new PrintStream(printed, true, StandardCharsets.UTF_8), 1, System.nanoTime());

    List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(3, lines.size(), lines.toString());
    assertTrue(lines.get(0).matches("\\[\\s+\\d+ s\\] files 101 of 0 read \\| articles: .*"), lines.get(0));
    assertTrue(lines.get(2).contains("files 103 of 0 read"), lines.get(2));
    assertEquals(104, progress.count("filesRead"), "summed over steps, from the last poll");
  }

  @Test
  void printsNothingWhenQuiet() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    WatchProgress.until(new ScriptedResult(3), RunProgress.forTables(List.of("articles")),
        new PrintStream(printed, true, StandardCharsets.UTF_8), 0, System.nanoTime());
    assertEquals("", printed.toString(StandardCharsets.UTF_8));
  }
}
