package org.corpusanalytics.text.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AdjectivePhrasesTest {
  static Stream<Arguments> mentions() {
    return Stream.of(
        Arguments.of("two-word adjective before a noun", "deeper into Latin American conflicts.", "Latin American",
            EntityType.MISC, true),
        Arguments.of("-ic adjective before a noun", "Critics, including Democratic lawmakers, said", "Democratic",
            EntityType.MISC, true),
        Arguments.of("-ish before a capitalised noun", "the Spanish Senate voted", "Spanish", EntityType.MISC, true),
        Arguments.of("-ese", "a Chinese company", "Chinese", EntityType.MISC, true),
        Arguments.of("-i", "Iraqi forces", "Iraqi", EntityType.MISC, true),
        Arguments.of("a short word ending in i is no adjective", "the Ki group", "Ki", EntityType.MISC, false),
        Arguments.of("used as a noun, before a full stop", "during Ramadan.", "Ramadan", EntityType.MISC, false),
        Arguments.of("before a comma", "is Democratic, they said", "Democratic", EntityType.MISC, false),
        Arguments.of("at the end of the text", "all Latin American", "Latin American", EntityType.MISC, false),
        Arguments.of("before a line break", "Latin American\nconflicts", "Latin American", EntityType.MISC, false),
        Arguments.of("a noun that modifies: no adjective suffix", "the World Cup final", "World Cup",
            EntityType.MISC, false),
        Arguments.of("not MISC", "the Japan team", "Japan", EntityType.LOCATION, false),
        Arguments.of("an organisation ending in -an", "the Taliban leaders", "Taliban", EntityType.ORGANIZATION,
            false),
        Arguments.of("all capitals", "LATIN AMERICAN TALKS", "LATIN AMERICAN", EntityType.MISC, false),
        Arguments.of("hyphenated", "Sino-Japanese talks", "Sino-Japanese", EntityType.MISC, true),
        Arguments.of("before a number", "the Olympic 100 metres", "Olympic", EntityType.MISC, true),
        Arguments.of("Unicode letter next", "Canadian élan", "Canadian", EntityType.MISC, true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mentions")
  void findsModifyingAdjectives(String name, String text, String mention, EntityType type, boolean expected) {
    int start = text.indexOf(mention);
    EntitySpan span = new EntitySpan(start, start + mention.length(), type);
    assertEquals(expected, AdjectivePhrases.isModifyingAdjective(text, span));
  }
}
