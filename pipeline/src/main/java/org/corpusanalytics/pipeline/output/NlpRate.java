package org.corpusanalytics.pipeline.output;

/**
 * The rate of the NLP stage from observations of its running count: articles past the recogniser
 * from the count's first step above zero to its latest step, over the seconds between them. Counts arrive in steps
 * (a bundle on the DirectRunner, a task on Spark), so the rate is taken from the first step on,
 * never from a single observation.
 */
final class NlpRate {
  private long firstCount = -1;
  private double firstSeconds;
  private long lastCount;
  private double lastSeconds;

  void observe(long articlesDone, double seconds) {
    if (articlesDone <= 0) {
      return;
    }
    if (firstCount < 0) {
      firstCount = articlesDone;
      firstSeconds = seconds;
    }
    // Only a step of the count moves the end of the span, so the rate holds once the stage is done.
    if (articlesDone != lastCount) {
      lastCount = articlesDone;
      lastSeconds = seconds;
    }
  }

  long articlesDone() {
    return Math.max(lastCount, 0);
  }

  /** Articles per second since the first step; NaN until the count has moved once more. */
  double articlesPerSecond() {
    if (firstCount < 0 || lastCount == firstCount || lastSeconds <= firstSeconds) {
      return Double.NaN;
    }
    return (lastCount - firstCount) / (lastSeconds - firstSeconds);
  }
}
