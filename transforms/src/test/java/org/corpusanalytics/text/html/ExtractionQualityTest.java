package org.corpusanalytics.text.html;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Accuracy floor on the Zyte article-extraction benchmark, so heuristic changes cannot silently
 * degrade extraction. The data set is not part of the repository; without it the test is skipped.
 */
class ExtractionQualityTest {

  /** Measured F1 (see ExtractionBenchmark) minus 0.01, rounded down. */
  private static final double MIN_F1 = 0.96;

  @Test
  void f1OnZyteBenchmarkStaysAboveFloor() throws IOException {
    Path dir = Path.of(System.getProperty("zyte.benchmark.dir",
        ExtractionBenchmark.DEFAULT_DIR.toString()));
    Assumptions.assumeTrue(ExtractionBenchmark.isPresent(dir),
        "Zyte benchmark data set path is absent: " + dir.toAbsolutePath().normalize());
    ExtractionBenchmark.Report report =
        ExtractionBenchmark.evaluate(dir, MainTextExtractor.create());
    ShingleScorer.Summary summary = report.summary();
    assertTrue(summary.f1() >= MIN_F1,
        () -> String.format("F1 %.4f (P %.4f, R %.4f) fell below %.2f",
            summary.f1(), summary.precision(), summary.recall(), MIN_F1));
  }
}
