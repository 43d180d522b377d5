package org.corpusanalytics.pipeline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FileExclusionsTest {
  private static final String DIRECTORY = "/data/bbc/**";
  private static final String GLOB = "/data/bbc/*.txt";

  static Stream<Arguments> cases() {
    List<String> none = null;
    return Stream.of(
        Arguments.of(none, DIRECTORY, "/data/bbc/README.TXT", true),
        Arguments.of(none, DIRECTORY, "/data/bbc/SOURCE.txt", true),
        Arguments.of(none, DIRECTORY, "/data/bbc/sport/LICENSE", true),
        Arguments.of(none, DIRECTORY, "/data/bbc/notes.md", true),
        Arguments.of(none, DIRECTORY, "/data/bbc/readme-first.txt", true),
        Arguments.of(none, DIRECTORY, "/data/bbc/LICENCE_data", true),
        Arguments.of(none, DIRECTORY, "/data/bbc/sport/001.txt", false),
        Arguments.of(none, DIRECTORY, "/data/bbc/sources-of-funding.txt", false),
        Arguments.of(none, GLOB, "/data/bbc/README.txt", false),
        Arguments.of(List.of(""), DIRECTORY, "/data/bbc/README.TXT", false),
        Arguments.of(List.of("*.bak"), DIRECTORY, "/data/bbc/README.TXT", true),
        Arguments.of(List.of("*.bak"), GLOB, "/data/bbc/old.BAK", true),
        Arguments.of(List.of("*.bak", ""), DIRECTORY, "/data/bbc/README.TXT", false),
        Arguments.of(List.of("drafts/**"), DIRECTORY, "/data/bbc/drafts/a/1.txt", true),
        Arguments.of(List.of("drafts/**"), DIRECTORY, "/data/bbc/final/1.txt", false),
        Arguments.of(List.of("sport/00?.txt"), DIRECTORY, "/data/bbc/sport/007.txt", true),
        Arguments.of(List.of("sport/00?.txt"), DIRECTORY, "/data/bbc/sport/017.txt", false),
        Arguments.of(List.of("[!0-9]*.txt"), DIRECTORY, "/data/bbc/sport/x1.txt", true),
        Arguments.of(List.of("[!0-9]*.txt"), DIRECTORY, "/data/bbc/sport/1x.txt", false),
        Arguments.of(List.of("*.{jpg,png}"), DIRECTORY, "hdfs://nn/bbc/photo.PNG", true),
        Arguments.of(List.of("a+b(1).txt"), DIRECTORY, "/data/a+b(1).txt", true));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void excludesByGlobAndDocumentationName(List<String> option, String pattern, String path, boolean excluded) {
    assertEquals(excluded, FileExclusions.fromOption(option).excludes(pattern, path),
        Arrays.asList(option, pattern, path).toString());
  }
}
