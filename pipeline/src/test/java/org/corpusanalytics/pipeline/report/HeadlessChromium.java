package org.corpusanalytics.pipeline.report;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Debian's {@code chromium} run headless on a local page: the DOM after the page's scripts ran
 * (with a virtual-time budget, so timers and animation frames have fired), the browser's console
 * output (every console message and uncaught error is logged to stderr as a "CONSOLE" line), and
 * screenshots.
 */
final class HeadlessChromium {
  /** What one page load left: the serialised DOM and the console lines. */
  record PageLoad(String dom, List<String> consoleLines) {}

  private static final long TIMEOUT_SECONDS = 120;
  private final Path executable;
  private final Path profile;

  private HeadlessChromium(Path executable, Path profile) {
    this.executable = executable;
    this.profile = profile;
  }

  /** The chromium on the PATH, if any; {@code profile} is an empty directory for its user data. */
  static Optional<HeadlessChromium> find(Path profile) {
    for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(directory, "chromium");
      if (Files.isExecutable(candidate)) {
        return Optional.of(new HeadlessChromium(candidate, profile));
      }
    }
    return Optional.empty();
  }

  PageLoad load(Path page) throws IOException, InterruptedException {
    Path dom = Files.createTempFile(profile.getParent(), "dom", ".html");
    Path log = Files.createTempFile(profile.getParent(), "console", ".log");
    run(dom, log, "--enable-logging=stderr", "--v=0", "--dump-dom", page.toUri().toString());
    List<String> console = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
        .filter(line -> line.contains(":CONSOLE"))
        .toList();
    return new PageLoad(Files.readString(dom, StandardCharsets.UTF_8), console);
  }

  void screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
    Path out = Files.createTempFile(profile.getParent(), "screenshot", ".out");
    Path log = Files.createTempFile(profile.getParent(), "screenshot", ".log");
    run(out, log, "--hide-scrollbars", "--window-size=" + width + "," + height, "--screenshot=" + png.toAbsolutePath(),
        page.toUri().toString());
  }

  private void run(Path stdout, Path stderr, String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--disable-gpu",
        "--no-sandbox", "--no-first-run", "--user-data-dir=" + profile, "--virtual-time-budget=10000"));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command)
        .redirectOutput(stdout.toFile())
        .redirectError(stderr.toFile())
        .start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException("chromium exited with " + process.exitValue() + ": "
          + Files.readString(stderr, StandardCharsets.UTF_8));
    }
  }
}
