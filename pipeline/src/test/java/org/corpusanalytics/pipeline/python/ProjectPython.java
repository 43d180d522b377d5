package org.corpusanalytics.pipeline.python;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The project's Python environment: {@code .venv} at the top of the checkout, with the packages of
 * {@code notebooks/requirements.txt} (the README's one-line set-up; {@code .ci/run} links it to a
 * cached venv). Without it the tests that need it are skipped with a message, except under CI
 * ({@code CI=true}), where its absence is a failure, so a missing install step cannot pass as a skip.
 */
final class ProjectPython {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final Path SCRIPTS = ROOT.resolve("pipeline/src/test/python");
  private static final Path INTERPRETER = ROOT.resolve(".venv/bin/python");
  private static final long TIMEOUT_MINUTES = 10;

  private ProjectPython() {}

  /** Skips (or, under CI, fails) the calling test when the environment is not set up. */
  static void require() {
    if (Files.isExecutable(INTERPRETER)) {
      return;
    }
    String missing = INTERPRETER + " is missing; set it up with: python3 -m venv .venv && "
        + ".venv/bin/pip install -r notebooks/requirements.txt";
    if ("true".equals(System.getenv("CI"))) {
      fail(missing);
    }
    Assumptions.abort(missing);
  }

  /**
   * Runs a Python script of {@code pipeline/src/test/python} in {@code directory} with extra
   * environment variables; returns what it printed on stdout, or fails with its stderr when it
   * exits non-zero or runs over 10 minutes. Spark started from Python binds to loopback only.
   */
  static String run(Path directory, Map<String, String> environment, String script, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(INTERPRETER.toString(), SCRIPTS.resolve(script).toString()));
    command.addAll(List.of(args));
    File stdout = File.createTempFile("python-stdout", ".txt");
    File stderr = File.createTempFile("python-stderr", ".txt");
    try {
      ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
          .redirectOutput(stdout).redirectError(stderr);
      builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
      builder.environment().putAll(environment);
      Process process = builder.start();
      if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        fail(script + " ran over " + TIMEOUT_MINUTES + " minutes; stderr:\n" + read(stderr));
      }
      if (process.exitValue() != 0) {
        fail(script + " exited " + process.exitValue() + "; stderr:\n" + read(stderr));
      }
      return read(stdout);
    } finally {
      Files.deleteIfExists(stdout.toPath());
      Files.deleteIfExists(stderr.toPath());
    }
  }

  private static String read(File file) throws IOException {
    return Files.readString(file.toPath(), StandardCharsets.UTF_8);
  }
}
