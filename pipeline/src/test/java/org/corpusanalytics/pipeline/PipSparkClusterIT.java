package org.corpusanalytics.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spark as {@code pip install pyspark==3.5.7} ships it (the project's {@code .venv}): a two-worker
 * standalone cluster on loopback started from it by {@code scripts/spark-cluster.sh}, and the job
 * submitted to it twice, each run writing the DirectRunner's tables: through
 * {@code scripts/spark-submit.sh}, and with the distribution's own {@code spark-submit} as the
 * README's "your own cluster" command gives it (cluster deploy mode), with only the cluster's
 * address, sizes and paths put in. Runs in Maven's integration-test phase, after the bundled jar is
 * built; skipped without the {@code .venv} (a failure under CI).
 */
class PipSparkClusterIT {
  private static final Path ROOT = ProjectScripts.ROOT;
  private static final Path SPARK_SUBMIT = ROOT.resolve(".venv/bin/spark-submit");
  /** Ports apart from Spark's defaults and from SparkClusterIT's. */
  private static final Map<String, String> CLUSTER_ENV = Map.of(
      "MASTER_PORT", "27077", "MASTER_WEBUI_PORT", "28080", "WORKER_WEBUI_PORT", "28081",
      "SPARK_RUNTIME", ROOT.resolve("target/spark-pip").toString(), "SPARK_DISTRIBUTION", "pip");
  private static final String MASTER = "spark://127.0.0.1:27077";

  @TempDir static Path work;
  private static Path corpus;
  private static Path direct;

  @BeforeAll
  static void startCluster() throws Exception {
    if (!Files.isExecutable(SPARK_SUBMIT)) {
      String missing = SPARK_SUBMIT + " is missing; set it up with: python3 -m venv .venv && "
          + ".venv/bin/pip install -r notebooks/requirements.txt";
      if ("true".equals(System.getenv("CI"))) {
        fail(missing);
      }
      Assumptions.abort(missing);
    }
    corpus = DatedNewsCorpus.write(work.resolve("corpus")).getParent();
    Files.copy(ROOT.resolve("seeds/000_937bba91dd371ac9.txt"), corpus.resolve("seed.txt"));
    direct = work.resolve("direct");
    JobRuns.run(corpus.toString(), direct);
    ProjectScripts.run(work, CLUSTER_ENV, "spark-cluster.sh", "start", "2");
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (corpus != null) {
      ProjectScripts.run(work, CLUSTER_ENV, "spark-cluster.sh", "stop");
    }
  }

  @Test
  void sparkSubmitScriptRunsOnTheDistributionsCluster() throws Exception {
    Path cluster = work.resolve("through-script");
    ProjectScripts.Started submit = ProjectScripts.start(work, CLUSTER_ENV, "spark-submit.sh", "--master", MASTER,
        "--", "--input=" + corpus, "--output=" + cluster, "--parallelism=4");
    ProjectScripts.await(submit);
    assertTrue(Files.readString(submit.log().toPath()).contains("Running Spark version 3.5.7"),
        "the driver runs pyspark's Spark 3.5.7");
    assertSameTables(cluster);
  }

  @Test
  void readmeOwnClusterCommandRunsWithTheDistributionsSparkSubmit() throws Exception {
    Path cluster = work.resolve("own-cluster");
    List<String> command = readmeOwnClusterCommand(cluster);
    // As in a shell with the venv activated: pip's spark-submit finds its Spark through that python.
    String path = SPARK_SUBMIT.getParent() + ":" + System.getenv("PATH");
    ProjectScripts.await(ProjectScripts.start(work, Map.of("PATH", path), command));
    assertSameTables(cluster);
  }

  /**
   * The README's spark-submit line for "your own cluster", with this cluster put in: the master's
   * address, 1g executors (a worker here has 2g), parallelism 4 and 2 shards for two cores (64
   * groups of a seven-article corpus only add tasks: about 3x the time), the paths of the bundled
   * jar and of this test's corpus and output, Spark's Java 17 options as the README says to pass
   * them, and waiting for the driver to finish (cluster deploy mode returns once it is submitted).
   */
  private static List<String> readmeOwnClusterCommand(Path output) throws IOException, InterruptedException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    String block = ReadmeSnippets.bashBlocks(readme).stream().filter(b -> b.startsWith("spark-submit --master"))
        .findFirst().orElseThrow(() -> new AssertionError("the README has no spark-submit block"));
    List<String> words = new ArrayList<>(Arrays.asList(block.replace("\\\n", " ").trim().split("\\s+")));
    String javaOptions = sparkJdk17Options();
    List<String> command = new ArrayList<>(List.of(SPARK_SUBMIT.toString(),
        "--conf", "spark.standalone.submit.waitAppCompletion=true",
        "--conf", "spark.driver.extraJavaOptions=" + javaOptions,
        "--conf", "spark.executor.extraJavaOptions=" + javaOptions));
    for (int i = 1; i < words.size(); i++) {
      String word = words.get(i);
      if (words.get(i - 1).equals("--master")) {
        word = MASTER;
      } else if (word.startsWith("spark.executor.memory=")) {
        word = "spark.executor.memory=1g";
      } else if (word.startsWith("spark.default.parallelism=") || word.startsWith("--parallelism=")) {
        word = word.substring(0, word.indexOf('=') + 1) + "4";
      } else if (word.startsWith("--numShards=")) {
        word = "--numShards=2";
      } else if (word.endsWith(".jar")) {
        word = bundledJar().toString();
      } else if (word.startsWith("--input=")) {
        word = "--input=" + corpus + "/";
      } else if (word.startsWith("--output=")) {
        word = "--output=" + output;
      }
      command.add(word);
    }
    assertTrue(command.containsAll(List.of("--deploy-mode", "cluster", "--class",
        "org.corpusanalytics.pipeline.CorpusJob", "--runner=SparkRunner")), "README command: " + block);
    return command;
  }

  /** SPARK_JDK17_OPTIONS of scripts/spark-env.sh, where the README points for the Java 17 list. */
  private static String sparkJdk17Options() throws IOException, InterruptedException {
    Process bash = new ProcessBuilder("bash", "-c", "source scripts/spark-env.sh && printf %s \"$SPARK_JDK17_OPTIONS\"")
        .directory(ROOT.toFile()).redirectErrorStream(true).start();
    String options = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, bash.waitFor(), options);
    assertTrue(options.contains("--add-opens"), options);
    return options;
  }

  private static Path bundledJar() throws IOException {
    try (var jars = Files.list(ROOT.resolve("pipeline/target"))) {
      return jars.filter(jar -> jar.getFileName().toString().matches("corpus-analytics-[0-9.]+(-SNAPSHOT)?\\.jar"))
          .findFirst().orElseThrow(() -> new AssertionError("no bundled jar in pipeline/target"));
    }
  }

  private static void assertSameTables(Path cluster) throws Exception {
    for (String table : CorpusJob.TABLES.keySet()) {
      assertEquals(JobRuns.count(direct, table), JobRuns.count(cluster, table), table);
      assertEquals(0L, JobRuns.rowsOnlyIn(direct, cluster, table), table + ": rows only in the DirectRunner output");
      assertEquals(0L, JobRuns.rowsOnlyIn(cluster, direct, table), table + ": rows only in the cluster output");
    }
  }
}
