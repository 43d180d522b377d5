package org.corpusanalytics.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.apache.beam.runners.spark.SparkPipelineOptions;
import org.apache.beam.runners.spark.SparkRunner;
import org.corpusanalytics.pipeline.io.ReadArticlesFixtures;
import org.corpusanalytics.pipeline.options.CorpusJobOptions;
import org.corpusanalytics.pipeline.output.RunSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same input gives the same tables on the DirectRunner and on Spark in local mode. */
class RunnerEquivalenceTest {
  @TempDir Path work;

  @Test
  void directRunnerAndSparkLocalModeWriteIdenticalTables() throws Exception {
    Path corpus = ReadArticlesFixtures.mixedCorpus(work.resolve("corpus"));
    java.nio.file.Files.copy(Path.of("../seeds/000_937bba91dd371ac9.txt"), corpus.resolve("seed.txt"));
    // A syndicated copy of the seed, so both runners form the same near-duplicate group.
    java.nio.file.Files.writeString(corpus.resolve("seed-copy.txt"),
        java.nio.file.Files.readString(Path.of("../seeds/000_937bba91dd371ac9.txt")) + "\nReporting by a wire service.");
    Path direct = work.resolve("direct");
    Path spark = work.resolve("spark");

    RunSummary directSummary = JobRuns.run(corpus.toString(), direct);
    CorpusJobOptions sparkOptions = JobRuns.options(corpus.toString(), spark);
    sparkOptions.setRunner(SparkRunner.class);
    sparkOptions.as(SparkPipelineOptions.class).setSparkMaster("local[2]");
    RunSummary sparkSummary = CorpusJob.run(sparkOptions);

    assertEquals(directSummary.recordsRead(), sparkSummary.recordsRead());
    assertEquals(directSummary.articlesWritten(), sparkSummary.articlesWritten());
    assertEquals(directSummary.rejected(), sparkSummary.rejected());
    assertEquals(1, directSummary.counter("duplicateCopies"));
    assertEquals(directSummary.counter("duplicateCopies"), sparkSummary.counter("duplicateCopies"));
    assertEquals(directSummary.counter("duplicateGroups"), sparkSummary.counter("duplicateGroups"));
    for (String table : CorpusJob.TABLES.keySet()) {
      assertEquals(JobRuns.count(direct, table), JobRuns.count(spark, table), table);
      assertEquals(0L, JobRuns.rowsOnlyIn(direct, spark, table), table + ": rows only in the DirectRunner output");
      assertEquals(0L, JobRuns.rowsOnlyIn(spark, direct, table), table + ": rows only in the Spark output");
    }
  }
}
