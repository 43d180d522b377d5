package org.corpusanalytics.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextLayoutTest {
  private final TextLayout layout = TextLayout.withDefaultWords();

  private static final String WIRE_STORY = String.join("\n",
      "COCOA RAINS EASE DROUGHT",
      "Showers continued throughout the week in the cocoa zone,",
      "alleviating the drought since early January and improving",
      "prospects for the coming crop, although normal humidity",
      "levels have not been restored, the review said.",
      "    The dry period means the crop will be late this year.",
      "    Arrivals for the week ended February 22 were 155,221 bags",
      "of 60 kilos making a cumulative total for the season of 5.93",
      "mln against 5.81 at the same stage last year.",
      " Reuter");

  private static final String BLANK_LINE_STORY = String.join("\n",
      "The minister said the plan would cut waiting times in",
      "half by next spring, and that the money was already in",
      "place.",
      "",
      "Critics said the figures did not add up and asked for an",
      "independent review of the costs.");

  static Stream<Arguments> layouts() {
    return Stream.of(
        Arguments.of("empty", "", TextLayout.Mode.AUTO, "", false),
        Arguments.of("white space only", " \n\t\n", TextLayout.Mode.AUTO, " \n\t\n", false),
        Arguments.of("one paragraph per line is kept as it is",
            "The first paragraph ends here.\nThe second paragraph is longer and also ends.\n"
                + "A third one follows.\nAnd a fourth.",
            TextLayout.Mode.AUTO,
            "The first paragraph ends here.\nThe second paragraph is longer and also ends.\n"
                + "A third one follows.\nAnd a fourth.", false),
        Arguments.of("blank-line paragraphs of one line each are kept",
            "Headline\n\nFirst paragraph of the story.\n\nSecond paragraph.", TextLayout.Mode.AUTO,
            "Headline\n\nFirst paragraph of the story.\n\nSecond paragraph.", false),
        Arguments.of("too few lines to tell", "line one\nline two\nline three", TextLayout.Mode.AUTO,
            "line one\nline two\nline three", false),
        Arguments.of("wrapped, paragraphs marked by blank lines", BLANK_LINE_STORY, TextLayout.Mode.AUTO,
            "The minister said the plan would cut waiting times in half by next spring, and that the money "
                + "was already in place.\n\nCritics said the figures did not add up and asked for an "
                + "independent review of the costs.", true),
        Arguments.of("wrapped, paragraphs marked by indentation, headline and sign-off", WIRE_STORY,
            TextLayout.Mode.AUTO,
            "COCOA RAINS EASE DROUGHT\n\nShowers continued throughout the week in the cocoa zone, alleviating "
                + "the drought since early January and improving prospects for the coming crop, although normal "
                + "humidity levels have not been restored, the review said.\n\nThe dry period means the crop "
                + "will be late this year.\n\nArrivals for the week ended February 22 were 155,221 bags of 60 "
                + "kilos making a cumulative total for the season of 5.93 mln against 5.81 at the same stage "
                + "last year.\n\nReuter", true),
        Arguments.of("a forced LINES layout keeps wrapped text", BLANK_LINE_STORY, TextLayout.Mode.LINES,
            BLANK_LINE_STORY, false),
        Arguments.of("a forced WRAPPED layout joins even a short text", "a short line\nand its end",
            TextLayout.Mode.WRAPPED, "a short line and its end", true),
        Arguments.of("Windows line ends", BLANK_LINE_STORY.replace("\n", "\r\n"), TextLayout.Mode.AUTO,
            "The minister said the plan would cut waiting times in half by next spring, and that the money "
                + "was already in place.\n\nCritics said the figures did not add up and asked for an "
                + "independent review of the costs.", true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layouts")
  void readsLayout(String name, String raw, TextLayout.Mode mode, String expected, boolean wrapped) {
    TextLayout.Laid laid = layout.apply(raw, mode);

    assertEquals(expected, laid.text());
    assertEquals(wrapped, laid.wrapped());
  }

  static Stream<Arguments> lineEndHyphens() {
    return Stream.of(
        Arguments.of("a word split by the typesetter is rejoined", "the gov-\nernment said", "the government said"),
        Arguments.of("a compound of two words keeps its hyphen", "its counter-\nnarcotics unit",
            "its counter-narcotics unit"),
        Arguments.of("a longer compound keeps its hyphen", "a state-of-the-\nart plant", "a state-of-the-art plant"),
        Arguments.of("the text's own spelling decides", "co-operation grew, and co-\noperation will grow",
            "co-operation grew, and co-operation will grow"),
        Arguments.of("the text's joined spelling decides", "email is fast, and e-\nmail is cheap",
            "email is fast, and email is cheap"),
        Arguments.of("a dash before a capitalised line is not a split word", "the vote -\nMonday's vote",
            "the vote - Monday's vote"),
        Arguments.of("a range split after its hyphen is rejoined", "the 1990-\n91 season", "the 1990-91 season"),
        Arguments.of("a capitalised compound keeps its hyphen", "the Anglo-\nFrench talks", "the Anglo-French talks"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lineEndHyphens")
  void rejoinsWordsHyphenatedAtLineEnds(String name, String raw, String expected) {
    assertEquals(expected, layout.apply(raw, TextLayout.Mode.WRAPPED).text());
  }

  @Test
  void listItemsStayParagraphsInWrappedText() {
    String raw = "The agency listed three measures that would take effect\nfrom Monday across the region:\n"
        + "- higher fuel duty\n- a cap on rents\n- free school meals";

    assertEquals("The agency listed three measures that would take effect from Monday across the region:\n\n"
        + "- higher fuel duty\n\n- a cap on rents\n\n- free school meals",
        layout.apply(raw, TextLayout.Mode.WRAPPED).text());
  }

  @Test
  void veryLongWrappedTextIsJoinedWhole() {
    String line = "word ".repeat(12).strip();
    String raw = (line + "\n").repeat(50_000);

    TextLayout.Laid laid = layout.apply(raw, TextLayout.Mode.AUTO);

    assertEquals(true, laid.wrapped());
    assertEquals((line + " ").repeat(50_000).strip(), laid.text());
  }
}
