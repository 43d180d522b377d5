package org.corpusanalytics.pipeline.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.corpusanalytics.pipeline.JobFailure;

/**
 * Turns --input values into file patterns and checks, before any work, that each matches a file
 * that is not excluded: a directory (a local one, or any path ending in '/') stands for every file
 * below it. The files the exclusions skip are listed, so the run summary can name them.
 */
public final class InputPatterns {
  private static final Set<String> HADOOP_SCHEMES = Set.of("hdfs", "s3a", "webhdfs", "viewfs");

  private InputPatterns() {}

  /** The patterns to read, and the paths of the files they match that the exclusions skip (sorted). */
  public record Resolved(List<String> patterns, List<String> skippedFiles) {}

  public static Resolved resolve(List<String> inputs, FileExclusions exclusions) {
    List<String> patterns = new ArrayList<>();
    SortedSet<String> skipped = new TreeSet<>();
    for (String input : inputs) {
      String value = input.strip();
      if (value.isEmpty()) {
        continue;
      }
      boolean localDirectory = !value.contains("://") && Files.isDirectory(Paths.get(value));
      String pattern = value.endsWith("/") || localDirectory ? everyFileBelow(value.replaceAll("/+$", "")) : value;
      skipped.addAll(requireMatch(input, pattern, exclusions));
      patterns.add(pattern);
    }
    if (patterns.isEmpty()) {
      throw new JobFailure(JobFailure.USAGE, "--input names no files");
    }
    return new Resolved(patterns, List.copyOf(skipped));
  }

  /**
   * The pattern for every file below a directory. Beam's Hadoop filesystem (hdfs://, and s3a:// or
   * webhdfs:// when configured through it) expands "dir/**" to the files of subdirectories only,
   * leaving out the directory's own files, but "dir**" to every file below dir and nothing beside it;
   * every other filesystem reads "dir/**" that way.
   */
  static String everyFileBelow(String directory) {
    String scheme = directory.contains("://") ? directory.substring(0, directory.indexOf("://")) : "file";
    return HADOOP_SCHEMES.contains(scheme) ? directory + "**" : directory + "/**";
  }

  /** The excluded files the pattern matches; fails unless it matches at least one file to read. */
  private static List<String> requireMatch(String input, String pattern, FileExclusions exclusions) {
    MatchResult match;
    try {
      match = FileSystems.match(pattern);
    } catch (IOException | IllegalArgumentException e) {
      throw new JobFailure(JobFailure.USAGE, "cannot list --input " + input + ": " + e.getMessage());
    }
    List<MatchResult.Metadata> files;
    try {
      if (match.status() != MatchResult.Status.OK || match.metadata().isEmpty()) {
        throw new JobFailure(JobFailure.USAGE, "no file matches --input " + input);
      }
      files = match.metadata();
    } catch (IOException e) {
      throw new JobFailure(JobFailure.USAGE, "no file matches --input " + input);
    }
    List<String> skipped = files.stream()
        .map(file -> file.resourceId().toString())
        .filter(path -> exclusions.excludes(pattern, path))
        .toList();
    if (skipped.size() == files.size()) {
      throw new JobFailure(JobFailure.USAGE, "every file that --input " + input + " matches is excluded ("
          + skipped.size() + " files; exclusions: " + exclusions + ")");
    }
    return skipped;
  }
}
