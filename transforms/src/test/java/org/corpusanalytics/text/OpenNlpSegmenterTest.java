package org.corpusanalytics.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Corner cases of news text. Every case also checks the invariants the Parquet tables rely on:
 * spans index the input (a token's norm is its own substring, normalised), sentences are ordered,
 * disjoint, hold their tokens, and never cross a line break.
 */
class OpenNlpSegmenterTest {

  /** Loading the models is the slow part, and the cases run one after another. */
  private static final OpenNlpSegmenter SEGMENTER = new OpenNlpSegmenter();

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("empty", "", List.of(), List.of()),
        Arguments.of("whitespace only", " \t\n\n  \n", List.of(), List.of()),
        Arguments.of("single word, no period", "Caracas", List.of("Caracas"), List.of("Caracas")),
        Arguments.of("U.S. mid-sentence", "The U.S. economy grew fast.",
            List.of("The U.S. economy grew fast."), List.of("The", "U.S.", "economy", "grew", "fast")),
        Arguments.of("U.S. before a title", "Critics of U.S. President Trump spoke.",
            List.of("Critics of U.S. President Trump spoke."),
            List.of("Critics", "of", "U.S.", "President", "Trump", "spoke")),
        Arguments.of("U.S. sentence-final", "He moved to the U.S. The move was costly.",
            List.of("He moved to the U.S.", "The move was costly."),
            List.of("He", "moved", "to", "the", "U.S.", "The", "move", "was", "costly")),
        Arguments.of("U.S. at the very end", "They flew to the U.S.",
            List.of("They flew to the U.S."), List.of("They", "flew", "to", "the", "U.S.")),
        Arguments.of("title abbreviations", "Sen. Marco Rubio met Dr. Jones.",
            List.of("Sen. Marco Rubio met Dr. Jones."),
            List.of("Sen.", "Marco", "Rubio", "met", "Dr.", "Jones")),
        Arguments.of("month abbreviation", "Talks resume on Jan. 5 in Oslo.",
            List.of("Talks resume on Jan. 5 in Oslo."),
            List.of("Talks", "resume", "on", "Jan.", "5", "in", "Oslo")),
        Arguments.of("decimal and percent", "Prices rose 3.5% in May.",
            List.of("Prices rose 3.5% in May."), List.of("Prices", "rose", "3.5", "in", "May")),
        Arguments.of("time, then next sentence", "It opened at 10:30 a.m. Tuesday. It closed at 5 p.m. The end.",
            List.of("It opened at 10:30 a.m. Tuesday.", "It closed at 5 p.m.", "The end."),
            List.of("It", "opened", "at", "10:30", "a.m.", "Tuesday", "It", "closed", "at", "5", "p.m.",
                "The", "end")),
        Arguments.of("dollar amount", "A coffee costs $4.25 now.",
            List.of("A coffee costs $4.25 now."), List.of("A", "coffee", "costs", "4.25", "now")),
        Arguments.of("quoted sentence", "\"We are done.\" Then she left.",
            List.of("\"We are done.\"", "Then she left."), List.of("We", "are", "done", "Then", "she", "left")),
        Arguments.of("possessive, ASCII apostrophe", "Maduro's aides spoke.",
            List.of("Maduro's aides spoke."), List.of("Maduro", "'s", "aides", "spoke")),
        Arguments.of("possessive, typographic apostrophe", "Maduro’s aides spoke.",
            List.of("Maduro’s aides spoke."), List.of("Maduro", "’s", "aides", "spoke")),
        Arguments.of("negation clitic", "They didn't respond.",
            List.of("They didn't respond."), List.of("They", "did", "n't", "respond")),
        Arguments.of("hyphenated word", "The pro-Beijing camp won.",
            List.of("The pro-Beijing camp won."), List.of("The", "pro-Beijing", "camp", "won")),
        Arguments.of("plural possessive", "The parents' lawyer spoke.",
            List.of("The parents' lawyer spoke."), List.of("The", "parents", "lawyer", "spoke")),
        Arguments.of("hashtag, handle and rank", "Fans of #IStandWithAhmed wrote to @POTUS, ranked #2.",
            List.of("Fans of #IStandWithAhmed wrote to @POTUS, ranked #2."),
            List.of("Fans", "of", "#IStandWithAhmed", "wrote", "to", "@POTUS", "ranked", "2")),
        Arguments.of("en dash range", "It lasts 8–10 days.",
            List.of("It lasts 8–10 days."), List.of("It", "lasts", "8", "10", "days")),
        Arguments.of("accented name", "Nicolás Maduro spoke in Mérida.",
            List.of("Nicolás Maduro spoke in Mérida."), List.of("Nicolás", "Maduro", "spoke", "in", "Mérida")),
        Arguments.of("CJK", "北京欢迎你。", List.of("北京欢迎你。"), List.of("北京欢迎你")),
        Arguments.of("emoji", "Great news 🎉 today.",
            List.of("Great news 🎉 today."), List.of("Great", "news", "today")),
        Arguments.of("no sentence crosses a line break", "Breaking news\nThe vote was held.",
            List.of("Breaking news", "The vote was held."), List.of("Breaking", "news", "The", "vote", "was", "held")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void segmentsCornerCases(String name, String text, List<String> sentences, List<String> tokens) {
    List<SentenceSpan> segmented = SEGMENTER.segment(text);
    assertEquals(sentences, segmented.stream().map(s -> text.substring(s.start(), s.end())).toList());
    assertEquals(tokens, surfaces(text, segmented));
    assertInvariants(text, segmented);
  }

  @Test
  void clitic_offsetsPointIntoTheInput() {
    String text = "Yes, Maduro’s men didn't.";
    List<TokenSpan> tokens = SEGMENTER.segment(text).get(0).tokens();
    assertEquals(List.of(0, 3, 5, 11, 11, 13, 14, 17, 18, 21, 21, 24),
        tokens.stream().flatMap(t -> Stream.of(t.start(), t.end())).toList());
    assertEquals(List.of("yes", "maduro", "'s", "men", "did", "n't"),
        tokens.stream().map(TokenSpan::norm).toList());
  }

  @Test
  void emojiOutsideTheBasicPlane_keepsOffsetsInUtf16Units() {
    String text = "Fans 🎉🎉 cheered Nicolás.";
    List<SentenceSpan> segmented = SEGMENTER.segment(text);
    assertEquals(List.of("Fans", "cheered", "Nicolás"), surfaces(text, segmented));
    assertEquals(10, segmented.get(0).tokens().get(1).start());
  }

  @Test
  void veryLongParagraph_keepsEverySentenceAndWord() {
    String sentence = "Sen. Marco Rubio met Dr. Jones in the U.S. on Jan. 5 and paid $4.25, up 3.5% on Maduro's price. ";
    List<String> words = List.of("Sen.", "Marco", "Rubio", "met", "Dr.", "Jones", "in", "the", "U.S.", "on",
        "Jan.", "5", "and", "paid", "4.25", "up", "3.5", "on", "Maduro", "'s", "price");
    int copies = 250; // 20 words each: 5,000 words in one paragraph
    String text = sentence.repeat(copies).strip();
    List<SentenceSpan> segmented = SEGMENTER.segment(text);
    assertEquals(copies, segmented.size());
    for (SentenceSpan s : segmented) {
      assertEquals(words, surfaces(text, List.of(s)), text.substring(s.start(), s.end()));
    }
    assertInvariants(text, segmented);
  }

  private static List<String> surfaces(String text, List<SentenceSpan> sentences) {
    List<String> out = new ArrayList<>();
    sentences.forEach(s -> s.tokens().forEach(t -> out.add(text.substring(t.start(), t.end()))));
    return out;
  }

  private static void assertInvariants(String text, List<SentenceSpan> sentences) {
    int previousEnd = 0;
    for (SentenceSpan s : sentences) {
      assertTrue(previousEnd <= s.start() && s.start() < s.end() && s.end() <= text.length(), s.toString());
      assertFalse(text.substring(s.start(), s.end()).contains("\n"), s.toString());
      int tokenEnd = s.start();
      for (TokenSpan t : s.tokens()) {
        assertTrue(tokenEnd <= t.start() && t.start() < t.end() && t.end() <= s.end(), t.toString());
        String surface = text.substring(t.start(), t.end());
        assertEquals(OpenNlpSegmenter.normalize(surface), t.norm());
        assertTrue(SegmentationEvaluation.isWord(surface), surface);
        tokenEnd = t.end();
      }
      previousEnd = s.end();
    }
  }
}
