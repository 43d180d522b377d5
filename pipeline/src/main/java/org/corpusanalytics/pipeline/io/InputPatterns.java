package org.corpusanalytics.pipeline.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.beam.sdk.io.Compression;
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

  /**
   * The patterns to read; the paths of the files they match that the exclusions skip (sorted); and
   * the bytes, as stored, of the files to read, apart for compressed ones (by file name) since those
   * expand when read.
   */
  public record Resolved(List<String> patterns, List<String> skippedFiles, long plainBytes, long compressedBytes) {}

  public static Resolved resolve(List<String> inputs, FileExclusions exclusions) {
    List<String> patterns = new ArrayList<>();
    SortedSet<String> skipped = new TreeSet<>();
    long[] plainAndCompressedBytes = {0, 0};
    for (String input : inputs) {
      String value = input.strip();
      if (value.isEmpty()) {
        continue;
      }
      boolean localDirectory = !value.contains("://") && Files.isDirectory(Paths.get(value));
      String pattern = value.endsWith("/") || localDirectory ? everyFileBelow(value.replaceAll("/+$", "")) : value;
      for (MatchResult.Metadata file : filesToRead(input, pattern, exclusions, skipped)) {
        boolean compressed = Compression.detect(file.resourceId().getFilename()) != Compression.UNCOMPRESSED;
        plainAndCompressedBytes[compressed ? 1 : 0] += file.sizeBytes();
      }
      patterns.add(pattern);
    }
    if (patterns.isEmpty()) {
      throw new JobFailure(JobFailure.USAGE, "--input names no files");
    }
    return new Resolved(patterns, List.copyOf(skipped), plainAndCompressedBytes[0], plainAndCompressedBytes[1]);
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

  /**
   * The files the pattern matches that are not excluded, adding the excluded ones to {@code skipped};
   * fails unless there is at least one file to read.
   */
  private static List<MatchResult.Metadata> filesToRead(String input, String pattern, FileExclusions exclusions,
      Set<String> skipped) {
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
    List<MatchResult.Metadata> toRead = new ArrayList<>();
    int excluded = 0;
    for (MatchResult.Metadata file : files) {
      String path = file.resourceId().toString();
      if (exclusions.excludes(pattern, path)) {
        skipped.add(path);
        excluded++;
      } else {
        toRead.add(file);
      }
    }
    if (toRead.isEmpty()) {
      throw new JobFailure(JobFailure.USAGE, "every file that --input " + input + " matches is excluded ("
          + excluded + " files; exclusions: " + exclusions + ")");
    }
    return toRead;
  }
}
