package org.corpusanalytics.text.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AcronymPairingTest {
  static Stream<Arguments> definitions() {
    return Stream.of(
        Arguments.of("two articles define it: pairs", Map.of("ec", Map.of("European Community", 2L)), 2,
            Map.of("ec", "European Community")),
        Arguments.of("one article is not enough by default", Map.of("ec", Map.of("European Community", 1L)), 2,
            Map.of()),
        Arguments.of("one article is enough when allowed", Map.of("ec", Map.of("European Community", 1L)), 1,
            Map.of("ec", "European Community")),
        Arguments.of("exactly two thirds of the definitions: pairs",
            Map.of("pc", Map.of("Progressive Conservatives", 2L, "Privy Council", 1L)), 2,
            Map.of("pc", "Progressive Conservatives")),
        Arguments.of("a close competitor (3 of 5): no pairing",
            Map.of("pc", Map.of("Progressive Conservatives", 3L, "Privy Council", 2L)), 2, Map.of()),
        Arguments.of("a tie: no pairing", Map.of("pc", Map.of("Privy Council", 2L, "Progressive Conservatives", 2L)),
            1, Map.of()),
        Arguments.of("forms differing in case and punctuation are one expansion, shown in its commonest form",
            Map.of("un", Map.of("United Nations", 1L, "united nations", 2L)), 3,
            Map.of("un", "united nations")),
        Arguments.of("equally common forms: the alphabetically first",
            Map.of("ec", Map.of("European community", 1L, "European Community", 1L)), 2,
            Map.of("ec", "European Community")),
        Arguments.of("each acronym on its own",
            Map.of("ec", Map.of("European Community", 4L), "opec",
                Map.of("Organisation of Petroleum Exporting Countries", 1L)), 2,
            Map.of("ec", "European Community")),
        Arguments.of("no definitions", Map.of(), 1, Map.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("definitions")
  void pairsAcronymsTheCorpusDefinesOftenEnough(
      String name, Map<String, Map<String, Long>> definitions, int minArticles, Map<String, String> expected) {
    assertEquals(expected, AcronymPairing.pair(definitions, minArticles));
  }

  static Stream<Arguments> names() {
    return Stream.of(
        Arguments.of("EC", "European Community"),
        Arguments.of("E.C.", "European Community"),
        Arguments.of("Ec", null),
        Arguments.of("The Who", null),
        Arguments.of("WHO", "World Health Organization"),
        Arguments.of("E", null),
        Arguments.of("ECB", null),
        Arguments.of("", null));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @MethodSource("names")
  void onlyNamesWrittenAsAcronymsTakeTheLongForm(String name, String expected) {
    Map<String, String> paired = Map.of("ec", "European Community", "who", "World Health Organization", "e", "Euro");
    assertEquals(expected, AcronymPairing.longForm(name, paired));
  }

  @Test
  void countsEachArticlesDefinitionsOnceAndMergesCounts() {
    Map<String, Map<String, Long>> first = new HashMap<>();
    AcronymPairing.count(first, Map.of("ec", "European Community"));
    AcronymPairing.count(first, Map.of("ec", "European Community", "un", "United Nations"));
    Map<String, Map<String, Long>> second = new HashMap<>();
    AcronymPairing.count(second, Map.of("ec", "Eastern Cape"));
    AcronymPairing.merge(first, second);
    assertEquals(Map.of("ec", Map.of("European Community", 2L, "Eastern Cape", 1L),
        "un", Map.of("United Nations", 1L)), first);
    assertEquals(Map.of("ec", "European Community"), AcronymPairing.pair(first, 2), "2 of 3 is two thirds");
  }

  @Test
  void refusesAMinimumBelowOne() {
    assertThrows(IllegalArgumentException.class, () -> AcronymPairing.pair(Map.of(), 0));
  }
}
