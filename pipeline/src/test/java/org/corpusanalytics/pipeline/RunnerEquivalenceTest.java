package org.corpusanalytics.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
    // Two articles define an acronym and one only uses it, so both runners pair it across the corpus.
    java.nio.file.Files.writeString(corpus.resolve("acronym-defined.txt"), "Farm ministers of the European"
        + " Community (EC) met in Brussels on Monday. The EC agreed to cut subsidies, officials said.\n");
    java.nio.file.Files.writeString(corpus.resolve("acronym-defined-again.txt"), "Trade officials of the"
        + " European Community (EC) will meet Japan's negotiators in Geneva, the EC said on Friday.\n");
    java.nio.file.Files.writeString(corpus.resolve("acronym-used.txt"), "Thousands of farmers protested outside"
        + " the offices of the EC in Brussels on Tuesday.\n");
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
    assertEquals(List.of(Map.of("entity", "European Community")), JobRuns.query("SELECT DISTINCT m.entity FROM "
        + JobRuns.table(spark, "entity_mentions") + " m JOIN " + JobRuns.table(spark, "articles")
        + " a USING (doc_id) WHERE a.source LIKE '%acronym-used%' AND m.text = 'EC'"));
    for (String table : CorpusJob.TABLES.keySet()) {
      assertEquals(JobRuns.count(direct, table), JobRuns.count(spark, table), table);
      assertEquals(0L, JobRuns.rowsOnlyIn(direct, spark, table), table + ": rows only in the DirectRunner output");
      assertEquals(0L, JobRuns.rowsOnlyIn(spark, direct, table), table + ": rows only in the Spark output");
    }
  }
}
