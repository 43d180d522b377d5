package org.corpusanalytics.pipeline.output;

import java.io.PrintStream;
import org.apache.beam.sdk.PipelineResult;
import org.joda.time.Duration;

/**
 * Follows a pipeline that runs asynchronously (the DirectRunner with {@code blockOnRun=false}, or
 * Spark) until it ends: queries its attempted metrics every second into a {@link RunProgress}, and
 * prints a progress line to {@code out} every {@code printSeconds} (none when 0). Both runners
 * update attempted metrics as bundles (DirectRunner) or tasks (Spark) finish, so the counts move
 * in steps of a bundle or a task.
 */
public final class WatchProgress {
  private static final long POLL_MILLIS = 1000;

  private WatchProgress() {}

  /**
   * Returns when the pipeline has ended; a failed pipeline's exception propagates, as from
   * {@link PipelineResult#waitUntilFinish()}. {@code startedNanos} is the run's start
   * ({@link System#nanoTime()}).
   */
  public static RunProgress until(PipelineResult result, RunProgress progress, PrintStream out, int printSeconds,
      long startedNanos) {
    double nextPrint = printSeconds;
    while (true) {
      PipelineResult.State state = result.waitUntilFinish(Duration.millis(POLL_MILLIS));
      double seconds = (System.nanoTime() - startedNanos) / 1e9;
      progress.observe(RunSummary.counters(result), seconds);
      if (state != null && state.isTerminal()) {
        return progress;
      }
      if (printSeconds > 0 && seconds >= nextPrint) {
        out.println(progress.line(seconds));
        out.flush();
        while (nextPrint <= seconds) {
          nextPrint += printSeconds;
        }
      }
    }
  }
}
