package org.corpusanalytics.pipeline.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalRunnerChoiceTest {
  private static final long THRESHOLD = 16_000_000L;
  private static final long HEAP = 4L << 30;

  @ParameterizedTest(name = "{0} plain + {1} compressed bytes, Spark on classpath {2}: Spark {3}")
  @CsvSource({
      // below the threshold: the DirectRunner, whether or not Spark could run
      "0, 0, true, false",
      "15999999, 0, true, false",
      "0, 5333333, true, false",
      // at or above it: Spark when it is on the classpath
      "16000000, 0, true, true",
      "230000000, 0, true, true",
      // compressed bytes count three times: 5.4 MB of gzip is 16.2 MB of text
      "0, 5400000, true, true",
      "10000000, 2000000, true, true",
      // no Spark classes: the DirectRunner, with the reason why
      "230000000, 0, false, false",
  })
  void sparkFromTheThresholdWhenSparkCanRun(long plain, long compressed, boolean sparkOnClasspath, boolean spark) {
    LocalRunnerChoice choice = LocalRunnerChoice.choose(plain, compressed, THRESHOLD, sparkOnClasspath, 2, HEAP);
    assertEquals(spark, choice.spark(), choice.reason());
    assertEquals(spark ? "local[2]" : null, choice.sparkMaster());
  }

  @ParameterizedTest(name = "{0} bytes on {1} cores: {2} partitions")
  @CsvSource({
      // at least two per core, so both cores stay busy and progress moves
      "4000000, 2, 4",
      "16000000, 8, 16",
      // one per 8 MB beyond that, rounded up: the 100k corpus (239.8 MB) gets 30
      "239779826, 2, 30",
      "8000001, 1, 2",
      "24000001, 1, 4",
      // at most 512
      "100000000000, 2, 512",
  })
  void onePartitionPerEightMegabytesAtLeastTwoPerCore(long bytes, int cores, int partitions) {
    assertEquals(partitions, LocalRunnerChoice.choose(bytes, 0, 1, true, cores, HEAP).partitions());
  }

  @Test
  void reasonsNameTheSizesAndWhatToDo() {
    assertEquals("SparkRunner local[4] with 33 partitions: the input, 264.0 MB (compressed files counted 3x), is at least "
            + "--sparkFromBytes (16.0 MB), and Spark's memory stays bounded as the corpus grows where the "
            + "DirectRunner's does not",
        LocalRunnerChoice.choose(0, 88_000_000L, THRESHOLD, true, 4, HEAP).reason());
    assertEquals("DirectRunner: the input, 4.5 MB, is below --sparkFromBytes (16.0 MB), so the faster-starting "
        + "in-memory runner is used", LocalRunnerChoice.choose(4_500_000L, 0, THRESHOLD, true, 2, HEAP).reason());
    assertTrue(LocalRunnerChoice.choose(230_000_000L, 0, THRESHOLD, false, 2, HEAP).reason()
        .endsWith("Spark is not on the classpath, and the DirectRunner's memory grows with the corpus; run through "
            + "scripts/run-local.sh, which adds Spark"));
  }

  @Test
  void directRunnerInAHeapTooSmallForSpark() {
    // Spark's own check: at least 1.5 x 300 MiB = 471,859,200 bytes.
    LocalRunnerChoice small = LocalRunnerChoice.choose(230_000_000L, 0, THRESHOLD, true, 2, 335_544_320L);
    assertEquals(false, small.spark());
    assertTrue(small.reason().endsWith("the heap, 335.5 MB, is below the 471.9 MB Spark needs to start"),
        small.reason());
    assertEquals(true, LocalRunnerChoice.choose(230_000_000L, 0, THRESHOLD, true, 2, 471_859_200L).spark());
  }

  @Test
  void sparkIsOnTheTestClasspath() {
    // The pipeline module's tests run Spark in-process (RunnerEquivalenceTest), so its classes load.
    assertTrue(LocalRunnerChoice.sparkOnClasspath());
  }
}
