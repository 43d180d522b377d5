package org.corpusanalytics.pipeline;

/** A failure the job reports with a clear message and a documented exit code. */
public class JobFailure extends RuntimeException {
  /** The pipeline itself failed. */
  public static final int RUN_FAILED = 1;
  /** Bad options: no file matches --input, output not writable or not replaceable. */
  public static final int USAGE = 2;
  /** The run summary's counts do not reconcile: a record went missing or was counted twice. */
  public static final int COUNTS_DO_NOT_RECONCILE = 3;
  /** More records were rejected than --maxRejectFraction allows. */
  public static final int TOO_MANY_REJECTS = 4;

  private final int exitCode;

  public JobFailure(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
