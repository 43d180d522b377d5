package org.corpusanalytics.pipeline;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Commands run as a user would run them (the project's scripts, or any program), each with a log file. */
final class ProjectScripts {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  /** A command started in the background, with the file its output goes to. */
  record Started(String name, Process process, File log) {}

  private ProjectScripts() {}

  /** Starts scripts/NAME with extra environment; its output goes to a new log file in {@code logs}. */
  static Started start(Path logs, Map<String, String> environment, String name, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("bash", ROOT.resolve("scripts").resolve(name).toString()));
    command.addAll(List.of(args));
    return start(logs, environment, command);
  }

  static Started start(Path logs, Map<String, String> environment, List<String> command) throws IOException {
    String name = Path.of(command.get(command.get(0).equals("bash") ? 1 : 0)).getFileName().toString();
    File log = logs.resolve(name + "-" + System.nanoTime() + ".log").toFile();
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log);
    builder.environment().putAll(environment);
    return new Started(name, builder.start(), log);
  }

  /** Runs scripts/NAME; fails with its output if it fails or runs over 15 minutes. */
  static void run(Path logs, Map<String, String> environment, String name, String... args)
      throws IOException, InterruptedException {
    await(start(logs, environment, name, args));
  }

  static void await(Started command) throws IOException, InterruptedException {
    if (!command.process().waitFor(15, TimeUnit.MINUTES)) {
      command.process().destroyForcibly();
      throw new AssertionError(command.name() + " timed out; log: " + Files.readString(command.log().toPath()));
    }
    if (command.process().exitValue() != 0) {
      throw new AssertionError(command.name() + " exited " + command.process().exitValue() + ": "
          + Files.readString(command.log().toPath()));
    }
  }
}
