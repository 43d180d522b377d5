package org.corpusanalytics.pipeline.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.corpusanalytics.pipeline.JobFailure;

/**
 * Turns --input values into file patterns and checks, before any work, that each matches a file:
 * a directory (a local one, or any path ending in '/') stands for every file below it.
 */
public final class InputPatterns {
  private InputPatterns() {}

  public static List<String> resolve(List<String> inputs) {
    List<String> patterns = new ArrayList<>();
    for (String input : inputs) {
      String value = input.strip();
      if (value.isEmpty()) {
        continue;
      }
      boolean localDirectory = !value.contains("://") && Files.isDirectory(Paths.get(value));
      String pattern = value.endsWith("/") || localDirectory ? value.replaceAll("/+$", "") + "/**" : value;
      requireMatch(input, pattern);
      patterns.add(pattern);
    }
    if (patterns.isEmpty()) {
      throw new JobFailure(JobFailure.USAGE, "--input names no files");
    }
    return patterns;
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
