package org.corpusanalytics.pipeline.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.corpusanalytics.pipeline.JobFailure;

/**
 * The job's output directory, replaced whole at the end of a successful run: tables are written
 * to a staging directory beside it, which then takes the output's place, so a reader never sees
 * files of two runs mixed and a failed run leaves the previous output intact.
 *
 * <p>Only local paths are staged. On other filesystems (gs://, s3a://, hdfs://) the tables are
 * written straight to the output path, which must not hold a previous run's tables.
 */
public final class OutputDirectory {
  /** Marks a directory as this job's output; only such a directory is ever replaced. */
  public static final String SUMMARY_FILE = "_SUMMARY.json";

  private final String output;
  private final Path localOutput;
  private final Path staging;

  private OutputDirectory(String output, Path localOutput, Path staging) {
    this.output = output;
    this.localOutput = localOutput;
    this.staging = staging;
  }

  /** Checks the output can be written and creates the staging directory, before any work. */
  public static OutputDirectory prepare(String output, String runId) {
    if (output.contains("://") && !output.startsWith("file://")) {
      return new OutputDirectory(output, null, null);
    }
    Path target = Paths.get(output.replaceFirst("^file://", "")).toAbsolutePath().normalize();
    if (Files.exists(target) && !isReplaceable(target)) {
      throw new JobFailure(JobFailure.USAGE, "Output " + target + " exists and is not an output of this job "
          + "(no " + SUMMARY_FILE + "); refusing to replace it. Choose another --output.");
    }
    Path staging = target.resolveSibling("." + target.getFileName() + ".staging-" + runId);
    try {
      Files.createDirectories(staging);
    } catch (IOException | SecurityException e) {
      throw new JobFailure(JobFailure.USAGE, "Output directory " + target.getParent() + " is not writable: " + e);
    }
    return new OutputDirectory(output, target, staging);
  }

  private static boolean isReplaceable(Path target) {
    if (!Files.isDirectory(target)) {
      return false;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(target)) {
      return !entries.iterator().hasNext() || Files.exists(target.resolve(SUMMARY_FILE));
    } catch (IOException e) {
      return false;
    }
  }

  /** Where the job writes now: the staging directory, or the output itself when not staged. */
  public String workingPath() {
    return staging != null ? staging.toString() : output.replaceAll("/+$", "");
  }

  public String tablePath(String table) {
    return workingPath() + "/" + table;
  }

  /** Where the output is after {@link #commit()}. */
  public String finalPath() {
    return localOutput != null ? localOutput.toString() : output;
  }

  /** Moves the staged output into place, replacing the previous run's output whole. */
  public void commit() {
    if (staging == null) {
      return;
    }
    try {
      Path previous = localOutput.resolveSibling("." + localOutput.getFileName() + ".previous-" + staging.getFileName());
      if (Files.exists(localOutput)) {
        Files.move(localOutput, previous, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(staging, localOutput, StandardCopyOption.ATOMIC_MOVE);
      deleteRecursively(previous);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot move " + staging + " into place at " + localOutput, e);
    }
  }

  /** Deletes the staging directory of a failed run; the previous output stays untouched. */
  public void abandon() {
    if (staging != null) {
      deleteRecursively(staging);
    }
  }

  private static void deleteRecursively(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete " + root, e);
    }
  }
}
