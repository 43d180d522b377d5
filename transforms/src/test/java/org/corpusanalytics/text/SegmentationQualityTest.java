package org.corpusanalytics.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Quality floors of {@link OpenNlpSegmenter} on GUM's Wikinews documents: F1 may not fall more
 * than 0.01 below what {@link SegmentationEvaluation} measured when the rules were written
 * (sentence F1 0.9413, token F1 0.9938; floors rounded down to two decimals). Skipped when the
 * shared data directory is absent beside the checkout.
 */
class SegmentationQualityTest {

  private static final double SENTENCE_F1_FLOOR = 0.93;
  private static final double TOKEN_F1_FLOOR = 0.98;

  /** Scored once for both tests: loading the models and the documents is the slow part. */
  private static SegmentationEvaluation.Scores scores;

  @BeforeEach
  void scoreProductionOnce() {
    Path dir = SegmentationEvaluation.DEFAULT_DIR;
    if (!Files.isDirectory(dir)) {
      Assumptions.assumeTrue(false,
          dir.toAbsolutePath().normalize() + " absent: GUM gold data not available, floors not checked");
    }
    if (scores == null) {
      scores = SegmentationEvaluation.score(GumDocuments.load(dir), new OpenNlpSegmenter());
    }
  }

  @Test
  void sentenceF1StaysAboveFloor() {
    double f1 = scores.sentences().f1();
    assertTrue(f1 >= SENTENCE_F1_FLOOR, "sentence P/R/F1 " + scores.sentences() + " < " + SENTENCE_F1_FLOOR);
  }

  @Test
  void tokenF1StaysAboveFloor() {
    double f1 = scores.tokens().f1();
    assertTrue(f1 >= TOKEN_F1_FLOOR, "token P/R/F1 " + scores.tokens() + " < " + TOKEN_F1_FLOOR);
  }
}
