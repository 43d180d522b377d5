package org.corpusanalytics.text.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AcronymsTest {
  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("defined after the long form", "Ministers of the European Community (EC) met.",
            "European Community", Map.of("ec", "European Community")),
        Arguments.of("lower-case words are no initials; spaces inside the brackets",
            "Organisation of Petroleum Exporting Countries ( OPEC ) output", "Organisation of Petroleum Exporting Countries",
            Map.of("opec", "Organisation of Petroleum Exporting Countries")),
        Arguments.of("dotted acronym", "the United Nations (U.N.) said", "United Nations", Map.of("un", "United Nations")),
        Arguments.of("letters that are not the initials", "the European Community (EU) said", "European Community",
            Map.of()),
        Arguments.of("brackets not right after the name", "the European Community, (EC) said", "European Community",
            Map.of()),
        Arguments.of("a year in brackets", "Nicolás Maduro (2013) said", "Nicolás Maduro", Map.of()),
        Arguments.of("nothing after the name", "European Community", "European Community", Map.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void findsDefinitions(String name, String text, String longForm, Map<String, String> expected) {
    int start = text.indexOf(longForm);
    EntitySpan span = new EntitySpan(start, start + longForm.length(), EntityType.ORGANIZATION);
    assertEquals(expected, Acronyms.definedIn(text, List.of(span)));
  }
}
