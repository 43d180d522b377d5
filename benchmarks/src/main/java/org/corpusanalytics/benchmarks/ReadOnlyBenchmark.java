package org.corpusanalytics.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.runners.spark.SparkPipelineOptions;
import org.apache.beam.runners.spark.SparkRunner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.corpusanalytics.pipeline.io.ReadArticles;

/**
 * The read step alone: corpus files -> {@link ReadArticles} with its defaults -> counted articles
 * and rejects, nothing written. Prints records, articles, rejects, wall time, records per second and
 * the process's peak resident set (VmHWM). Runs on the DirectRunner without its immutability and
 * encodability checks, or with {@code --spark} first on Spark {@code local[2]} storing serialized
 * (Spark's jars on the classpath), as the job's production runs do.
 *
 * <pre>{@code
 * java -cp "$(bench_classpath)" org.corpusanalytics.benchmarks.ReadOnlyBenchmark target/bench-corpora/big.jsonl
 * java -cp "$(bench_classpath):target/spark-runtime/jars/*" ... ReadOnlyBenchmark --spark big.jsonl
 * }</pre>
 */
public final class ReadOnlyBenchmark {
  private ReadOnlyBenchmark() {}

  /** Element -> nothing, counting it under {@code name}. */
  static final class CountFn<T> extends DoFn<T, Void> {
    private final org.apache.beam.sdk.metrics.Counter counter;

    CountFn(String name) {
      this.counter = org.apache.beam.sdk.metrics.Metrics.counter(ReadOnlyBenchmark.class, name);
    }

    @ProcessElement
    public void process() {
      counter.inc();
    }
  }

  public static void main(String[] args) throws Exception {
    boolean spark = args.length > 0 && args[0].equals("--spark");
    List<String> files = List.of(args).subList(spark ? 1 : 0, args.length);
    Pipeline pipeline = Pipeline.create(spark ? sparkOptions() : directOptions());
    PCollectionTuple read = pipeline.apply("ReadArticles", ReadArticles.from(files));
    read.get(ReadArticles.ARTICLES).apply("CountArticles", ParDo.of(new CountFn<>("articles")));
    read.get(ReadArticles.REJECTS).apply("CountRejects", ParDo.of(new CountFn<>("rejects")));

    long started = System.nanoTime();
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    double seconds = (System.nanoTime() - started) / 1e9;

    long articles = counter(result, "articles");
    long rejects = counter(result, "rejects");
    long bytes = 0;
    for (String file : files) {
      bytes += Files.size(Path.of(file));
    }
    System.out.printf("runner            %s%n", spark ? "Spark local[2]" : "DirectRunner");
    System.out.printf("input             %,d bytes in %d file(s)%n", bytes, files.size());
    System.out.printf("records           %,d (articles %,d, rejects %,d)%n", articles + rejects, articles, rejects);
    System.out.printf("wall              %.1f s%n", seconds);
    System.out.printf("throughput        %,.0f records/s, %.1f MB/s%n", (articles + rejects) / seconds,
        bytes / seconds / 1e6);
    System.out.printf("peak RSS          %s%n", peakResidentSet());
  }

  private static PipelineOptions directOptions() {
    DirectOptions options = PipelineOptionsFactory.as(DirectOptions.class);
    options.setRunner(DirectRunner.class);
    options.setEnforceImmutability(false);
    options.setEnforceEncodability(false);
    return options;
  }

  private static PipelineOptions sparkOptions() {
    SparkPipelineOptions options = PipelineOptionsFactory.as(SparkPipelineOptions.class);
    options.setRunner(SparkRunner.class);
    options.setSparkMaster("local[2]");
    options.setStorageLevel("MEMORY_AND_DISK_SER");
    return options;
  }

  private static long counter(PipelineResult result, String name) {
    long total = 0;
    for (MetricResult<Long> counter : result.metrics().queryMetrics(MetricsFilter.builder()
        .addNameFilter(MetricNameFilter.named(ReadOnlyBenchmark.class, name)).build()).getCounters()) {
      total += counter.getAttempted();
    }
    return total;
  }

  private static String peakResidentSet() throws Exception {
    return Files.readAllLines(Path.of("/proc/self/status")).stream()
        .filter(line -> line.startsWith("VmHWM:"))
        .map(line -> line.substring("VmHWM:".length()).strip())
        .findFirst().orElse("unknown");
  }
}
