package org.corpusanalytics.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.corpusanalytics.pipeline.io.ReadArticlesFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled jar through spark-submit on a two-worker standalone cluster on loopback (assembled
 * from Maven Central by the project's scripts) writes the same tables as the DirectRunner. Runs in
 * Maven's integration-test phase, after the bundled jar is built.
 */
class SparkClusterIT {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  /** Ports away from Spark's defaults so a developer's own cluster is left alone. */
  private static final Map<String, String> CLUSTER_ENV = Map.of(
      "MASTER_PORT", "17077", "MASTER_WEBUI_PORT", "18080", "WORKER_WEBUI_PORT", "18081",
      "SPARK_RUNTIME", ROOT.resolve("target/spark-runtime").toString());

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

  /** Runs scripts/NAME with the cluster's environment; fails with the script's output if it fails. */
  private static void script(String name, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", ROOT.resolve("scripts").resolve(name).toString()));
    command.addAll(List.of(args));
    File log = work.resolve(name + "-" + System.nanoTime() + ".log").toFile();
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log);
    builder.environment().putAll(CLUSTER_ENV);
    Process process = builder.start();
    if (!process.waitFor(15, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError(name + " timed out; log: " + Files.readString(log.toPath()));
    }
    if (process.exitValue() != 0) {
      throw new AssertionError(name + " exited " + process.exitValue() + ": " + Files.readString(log.toPath()));
    }
  }
}
