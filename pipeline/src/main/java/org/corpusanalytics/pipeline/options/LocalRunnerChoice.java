package org.corpusanalytics.pipeline.options;

import java.util.Locale;

/**
 * The runner of a run whose command names none. The DirectRunner holds every collection of the job
 * in memory, so its memory grows with the corpus (peak RSS 5.8 GiB at 2,000 BBC articles, 8.7 GiB at
 * 20,000 and 18.9 GiB at 100,000: docs/BENCHMARKS.md); Spark in this JVM ({@code local[cores]})
 * stores what it keeps as bytes that spill to disk, so its memory stays bounded whatever the corpus
 * size. An input of at least {@code sparkFromBytes} therefore runs on Spark when Spark's classes are
 * on the classpath (scripts/run-local.sh puts them there); a smaller one on the DirectRunner, which
 * starts faster. The default threshold, 4 MB (about 1,700 news articles), is where Spark already
 * keeps pace: at 2,000 BBC articles (4.5 MB) Spark took 78.7 s and 2.1 GiB, the DirectRunner 82.3 s
 * and 5.8 GiB.
 *
 * <p>Compressed files count {@value #COMPRESSED_EXPANSION} times their size: news text gzips to
 * about a third (the 100k benchmark corpus: 230 MB, 88 MB gzipped).
 */
public record LocalRunnerChoice(boolean spark, String sparkMaster, int partitions, String reason) {
  public static final int COMPRESSED_EXPANSION = 3;
  /**
   * Input bytes per partition on Spark: about 3,300 news articles, under two minutes of NLP on one
   * core. Spark reports a task's counts when it ends and holds a task's share while it runs, so
   * partitions of this size keep the progress moving and each task's memory small, whatever the
   * corpus size.
   */
  public static final long BYTES_PER_PARTITION = 8_000_000L;
  /** Beyond this many partitions a local run gains nothing but per-task overhead. */
  public static final int MAX_PARTITIONS = 512;
  /** Spark refuses to start in a smaller heap: 1.5 times the 300 MiB it reserves for itself. */
  public static final long SPARK_MIN_HEAP_BYTES = 471_859_200L;

  /**
   * Chooses for an input of {@code plainBytes} uncompressed and {@code compressedBytes} compressed;
   * {@code sparkOnClasspath} says whether Spark can run in this JVM, on {@code cores} cores with a
   * heap of at most {@code maxHeapBytes}.
   */
  public static LocalRunnerChoice choose(long plainBytes, long compressedBytes, long sparkFromBytes,
      boolean sparkOnClasspath, int cores, long maxHeapBytes) {
    long estimated = plainBytes + COMPRESSED_EXPANSION * compressedBytes;
    String size = megabytes(estimated) + (compressedBytes > 0 ? " (compressed files counted " + COMPRESSED_EXPANSION
        + "x)" : "");
    if (estimated < sparkFromBytes) {
      return new LocalRunnerChoice(false, null, 0, "DirectRunner: the input, " + size + ", is below --sparkFromBytes ("
          + megabytes(sparkFromBytes) + "), so the faster-starting in-memory runner is used");
    }
    if (!sparkOnClasspath) {
      return new LocalRunnerChoice(false, null, 0, "DirectRunner, though the input, " + size + ", is at least "
          + "--sparkFromBytes (" + megabytes(sparkFromBytes) + "): Spark is not on the classpath, and the "
          + "DirectRunner's memory grows with the corpus; run through scripts/run-local.sh, which adds Spark");
    }
    if (maxHeapBytes < SPARK_MIN_HEAP_BYTES) {
      return new LocalRunnerChoice(false, null, 0, "DirectRunner, though the input, " + size + ", is at least "
          + "--sparkFromBytes (" + megabytes(sparkFromBytes) + "): the heap, " + megabytes(maxHeapBytes)
          + ", is below the " + megabytes(SPARK_MIN_HEAP_BYTES) + " Spark needs to start");
    }
    String master = "local[" + cores + "]";
    long byInput = (estimated + BYTES_PER_PARTITION - 1) / BYTES_PER_PARTITION;
    int partitions = (int) Math.min(MAX_PARTITIONS, Math.max(2L * cores, byInput));
    return new LocalRunnerChoice(true, master, partitions, "SparkRunner " + master + " with " + partitions
        + " partitions: the input, " + size + ", is at least --sparkFromBytes (" + megabytes(sparkFromBytes)
        + "), and Spark's memory stays bounded as the corpus grows where the DirectRunner's does not");
  }

  /** Whether Spark's own classes (not only Beam's runner) can be loaded in this JVM. */
  public static boolean sparkOnClasspath() {
    try {
      Class.forName("org.apache.spark.SparkContext", false, LocalRunnerChoice.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  private static String megabytes(long bytes) {
    return bytes < 100_000 ? String.format(Locale.ROOT, "%.1f kB", bytes / 1e3)
        : String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
  }
}
