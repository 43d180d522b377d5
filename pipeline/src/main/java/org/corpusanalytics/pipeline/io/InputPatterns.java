package org.corpusanalytics.pipeline.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.corpusanalytics.pipeline.JobFailure;

/**
 * Turns --input values into file patterns and checks, before any work, that each matches a file:
 * a directory (a local one, or any path ending in '/') stands for every file below it.
 */
public final class InputPatterns {
  private static final Set<String> HADOOP_SCHEMES = Set.of("hdfs", "s3a", "webhdfs", "viewfs");

  private InputPatterns() {}

  public static List<String> resolve(List<String> inputs) {
    List<String> patterns = new ArrayList<>();
    for (String input : inputs) {
      String value = input.strip();
      if (value.isEmpty()) {
        continue;
      }
      boolean localDirectory = !value.contains("://") && Files.isDirectory(Paths.get(value));
      String pattern = value.endsWith("/") || localDirectory ? everyFileBelow(value.replaceAll("/+$", "")) : value;
      requireMatch(input, pattern);
      patterns.add(pattern);
    }
    if (patterns.isEmpty()) {
      throw new JobFailure(JobFailure.USAGE, "--input names no files");
    }
    return patterns;
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

  private static void requireMatch(String input, String pattern) {
    MatchResult match;
    try {
      match = FileSystems.match(pattern);
    } catch (IOException | IllegalArgumentException e) {
      throw new JobFailure(JobFailure.USAGE, "cannot list --input " + input + ": " + e.getMessage());
    }
    try {
      if (match.status() != MatchResult.Status.OK || match.metadata().isEmpty()) {
        throw new JobFailure(JobFailure.USAGE, "no file matches --input " + input);
      }
    } catch (IOException e) {
      throw new JobFailure(JobFailure.USAGE, "no file matches --input " + input);
    }
  }
}
