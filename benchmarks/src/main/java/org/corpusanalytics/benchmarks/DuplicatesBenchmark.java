package org.corpusanalytics.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.runners.spark.SparkPipelineOptions;
import org.apache.beam.runners.spark.SparkRunner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.values.PCollection;
import org.corpusanalytics.duplicates.FindNearDuplicates;
import org.corpusanalytics.model.Article;
import org.corpusanalytics.pipeline.io.ReadArticles;
import org.corpusanalytics.text.duplicates.GroupMember;
import org.corpusanalytics.text.duplicates.NearDuplicateFinder;

/**
 * Time of the near-duplicate stages alone on a benchmark corpus, printed as one line.
 *
 * <p>{@code direct} and {@code spark} run the job's reader, then {@link FindNearDuplicates} (or,
 * with {@code read-only}, nothing) on that runner, so the difference of the two runs is the cost
 * of the dedup stages; {@code in-memory} runs {@link NearDuplicateFinder} in this JVM over the parsed
 * articles, the single-machine baseline. Peak memory comes from the caller ({@code /usr/bin/time -v}).
 *
 * <p>Usage: {@code DuplicatesBenchmark CORPUS.jsonl direct|spark|in-memory [read-only]}
 */
public final class DuplicatesBenchmark {
  private DuplicatesBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    String mode = args[1];
    boolean readOnly = args.length > 2 && args[2].equals("read-only");
    long started = System.nanoTime();
    if (mode.equals("in-memory")) {
      List<NearDuplicateFinder.Document> documents = new ArrayList<>();
      new JsonLinesInput().read(corpus, record -> {
        Article article = record.article();
        if (article != null) {
          documents.add(new NearDuplicateFinder.Document(article.getDocId(),
              article.getPublishedAt() == null ? null : article.getPublishedAt().getMillis(), article.getText()));
        }
      });
      double readSeconds = (System.nanoTime() - started) / 1e9;
      List<GroupMember.Copy> copies = NearDuplicateFinder.defaults().copies(documents);
      long groups = copies.stream().map(GroupMember.Copy::representativeId).distinct().count();
      System.out.printf("in-memory articles %d read %.1f s dedup %.1f s groups %d copies %d%n", documents.size(),
          readSeconds, (System.nanoTime() - started) / 1e9 - readSeconds, groups, copies.size());
      return;
    }
    Pipeline pipeline = Pipeline.create(options(mode));
    PCollection<Article> articles = pipeline
        .apply("ReadArticles", ReadArticles.from(List.of(corpus.toAbsolutePath().toString())))
        .get(ReadArticles.ARTICLES);
    if (readOnly) {
      articles.apply("CountArticles", Count.globally());
    } else {
      articles.apply("FindNearDuplicates", FindNearDuplicates.create()).apply("CountCopies", Count.globally());
    }
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    System.out.printf("%s %s seconds %.1f groups %d copies %d candidate pairs %d%n", mode,
        readOnly ? "read-only" : "read+dedup", (System.nanoTime() - started) / 1e9, counter(result, "duplicateGroups"),
        counter(result, "duplicateCopies"), counter(result, "candidatePairs"));
  }

  private static org.apache.beam.sdk.options.PipelineOptions options(String mode) {
    if (mode.equals("spark")) {
      SparkPipelineOptions spark = PipelineOptionsFactory.as(SparkPipelineOptions.class);
      spark.setRunner(SparkRunner.class);
      spark.setSparkMaster("local[2]");
      spark.setStorageLevel("MEMORY_AND_DISK_SER");
      return spark;
    }
    DirectOptions direct = PipelineOptionsFactory.as(DirectOptions.class);
    direct.setRunner(DirectRunner.class);
    direct.setEnforceImmutability(false);
    direct.setEnforceEncodability(false);
    direct.setTargetParallelism(2);
    return direct;
  }

  private static long counter(PipelineResult result, String name) {
    MetricQueryResults metrics = result.metrics().queryMetrics(MetricsFilter.builder()
        .addNameFilter(MetricNameFilter.named(
            name.equals("candidatePairs") ? "org.corpusanalytics.duplicates.FindNearDuplicates$PairCandidatesFn"
                : "org.corpusanalytics.duplicates.FindNearDuplicates$ChooseRepresentativeFn", name))
        .build());
    long total = 0;
    for (MetricResult<Long> counter : metrics.getCounters()) {
      total += counter.getAttempted();
    }
    return total;
  }
}
