package org.corpusanalytics.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.corpusanalytics.pipeline.io.ReadArticlesFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled jar through spark-submit on a two-worker standalone cluster on loopback (from the
 * Spark runtime the project's scripts assemble from Maven Central) writes the same tables as the
 * DirectRunner. Runs in Maven's integration-test phase, after the bundled jar is built. A second
 * run loses one of the two workers (and its executor) mid-job and must still write the same
 * tables: Spark reruns the lost tasks on the surviving worker.
 */
class SparkClusterIT {
  private static final Path ROOT = ProjectScripts.ROOT;
  /**
   * Ports away from Spark's defaults so a developer's own cluster is left alone; the runtime
   * assembled from Maven Central, even where pyspark is installed (PipSparkClusterIT covers that).
   */
  private static final Map<String, String> CLUSTER_ENV = Map.of(
      "MASTER_PORT", "17077", "MASTER_WEBUI_PORT", "18080", "WORKER_WEBUI_PORT", "18081",
      "SPARK_RUNTIME", ROOT.resolve("target/spark-runtime").toString(), "SPARK_DISTRIBUTION", "assembled");

  /** Enough copies of the seed article that the job is still running when a worker is killed. */
  private static final int ARTICLES_FOR_FAULT_RUN = 1500;

  @TempDir static Path work;

  @BeforeAll
  static void startCluster() throws Exception {
    script("spark-cluster.sh", "start", "2");
  }

  @AfterAll
  static void stopCluster() throws Exception {
    script("spark-cluster.sh", "stop");
  }

  @Test
  void sparkSubmitOnTwoWorkersWritesTheDirectRunnersTables() throws Exception {
    Path corpus = ReadArticlesFixtures.mixedCorpus(work.resolve("corpus"));
    Files.copy(ROOT.resolve("seeds/000_937bba91dd371ac9.txt"), corpus.resolve("seed.txt"));
    Path direct = work.resolve("direct");
    Path cluster = work.resolve("cluster");

    JobRuns.run(corpus.toString(), direct);
    script("spark-submit.sh", "--", "--input=" + corpus, "--output=" + cluster, "--parallelism=4");

    for (String table : CorpusJob.TABLES.keySet()) {
      assertEquals(JobRuns.count(direct, table), JobRuns.count(cluster, table), table);
      assertEquals(0L, JobRuns.rowsOnlyIn(direct, cluster, table), table + ": rows only in the DirectRunner output");
      assertEquals(0L, JobRuns.rowsOnlyIn(cluster, direct, table), table + ": rows only in the cluster output");
    }
  }

  @Test
  void jobSurvivesTheLossOfOneOfTwoWorkers() throws Exception {
    Path corpus = Files.createDirectories(work.resolve("large"));
    String seed = Files.readString(ROOT.resolve("seeds/000_937bba91dd371ac9.txt"));
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < ARTICLES_FOR_FAULT_RUN; i++) {
      lines.append(new ObjectMapper().writeValueAsString(Map.of("id", "copy-" + i, "text", seed))).append('\n');
    }
    Files.writeString(corpus.resolve("copies.jsonl"), lines);
    Path direct = work.resolve("large-direct");
    Path cluster = work.resolve("large-cluster");
    JobRuns.run(corpus.toString(), direct);
    script("spark-cluster.sh", "start", "2");

    Set<String> earlierApps = applicationsOnWorker(2);
    ProjectScripts.Started submit = ProjectScripts.start(work, CLUSTER_ENV, "spark-submit.sh", "--",
        "--input=" + corpus, "--output=" + cluster, "--parallelism=8");
    awaitNewExecutorOnWorker(2, earlierApps);
    script("spark-cluster.sh", "kill-worker", "2");
    ProjectScripts.await(submit);

    String driverLog = Files.readString(submit.log().toPath());
    // The driver logs "Executor app-.../1 removed: worker lost: ..." when the master reports the loss.
    assertTrue(driverLog.contains("removed: worker lost"), "the driver never saw the worker go: " + driverLog);
    for (String table : CorpusJob.TABLES.keySet()) {
      assertEquals(0L, JobRuns.rowsOnlyIn(direct, cluster, table), table + ": rows only in the DirectRunner output");
      assertEquals(0L, JobRuns.rowsOnlyIn(cluster, direct, table), table + ": rows only in the cluster output");
    }
  }

  /** Waits until worker N has launched an executor for an application not in {@code earlier}. */
  private static void awaitNewExecutorOnWorker(int worker, Set<String> earlier)
      throws InterruptedException, IOException {
    for (int second = 0; second < 300; second++) {
      Set<String> apps = applicationsOnWorker(worker);
      apps.removeAll(earlier);
      if (!apps.isEmpty()) {
        Thread.sleep(5_000);
        return;
      }
      Thread.sleep(1_000);
    }
    throw new AssertionError("no executor of the new job started on worker " + worker + " within 300 s");
  }

  /** The applications worker N has run executors for: the app-* entries of its work directory. */
  private static Set<String> applicationsOnWorker(int worker) throws IOException {
    Path workDir = Path.of(CLUSTER_ENV.get("SPARK_RUNTIME"), "work", "worker-" + worker);
    if (!Files.isDirectory(workDir)) {
      return new HashSet<>();
    }
    try (var entries = Files.list(workDir)) {
      return entries.map(app -> app.getFileName().toString()).filter(name -> name.startsWith("app-"))
          .collect(Collectors.toCollection(HashSet::new));
    }
  }

  /** Runs scripts/NAME with the cluster's environment; fails with the script's output if it fails. */
  private static void script(String name, String... args) throws IOException, InterruptedException {
    ProjectScripts.run(work, CLUSTER_ENV, name, args);
  }
}
