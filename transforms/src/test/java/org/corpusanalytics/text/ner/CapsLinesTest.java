package org.corpusanalytics.text.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.corpusanalytics.text.TokenSpan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CapsLinesTest {
  static Stream<Arguments> lines() {
    return Stream.of(
        Arguments.of("sports headline", "SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .", true),
        Arguments.of("wire headline with digits", "TRUMP HELD SECRET CALL WITH MADURO IN 2025", true),
        Arguments.of("dateline: too few words", "LONDON 1996-08-30", false),
        Arguments.of("acronyms in an ordinary sentence", "NATO and the EU met in Brussels .", false),
        Arguments.of("one lower-case letter", "US PRESIDENT MEETS VENEZUELAN LEADER iN PERSON", false),
        Arguments.of("title case", "Trump Held Secret Call With Maduro", false),
        Arguments.of("Cyrillic capitals", "ПУТИН ВСТРЕТИЛСЯ С ЛИДЕРАМИ", true),
        Arguments.of("no letters", "1 - 0 ( 2 - 0 )", false),
        Arguments.of("empty", "", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lines")
  void tellsCapsLines(String name, String text, boolean caps) {
    assertEquals(caps, CapsLines.isCaps(text, tokens(text)));
  }

  static List<TokenSpan> tokens(String text) {
    List<TokenSpan> tokens = new ArrayList<>();
    Matcher word = Pattern.compile("\\S+").matcher(text);
    while (word.find()) {
      tokens.add(new TokenSpan(word.start(), word.end(), word.group().toLowerCase(), false));
    }
    return tokens;
  }
}
