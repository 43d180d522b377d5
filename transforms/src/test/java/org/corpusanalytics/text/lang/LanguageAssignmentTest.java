package org.corpusanalytics.text.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LanguageAssignmentTest {
  private static final String LONG_TEXT = "a".repeat(LanguageAssignment.MIN_LETTERS_TO_DISAGREE);

  /** An identifier that always gives the same answer, so each rule is tested alone. */
  private static LanguageIdentifier answering(LanguageGuess guess) {
    return text -> guess;
  }

  @Test
  void detectsWhenTheInputGivesNoLanguage() {
    LanguageGuess german = new LanguageGuess("de", 0.9, Map.of("de", 0.9, "nl", 0.05));
    assertEquals(new LanguageAssignment.Decision("de", "detected", false),
        LanguageAssignment.decide(null, "Der Text", answering(german)));
    assertEquals(new LanguageAssignment.Decision("de", "detected", false),
        LanguageAssignment.decide("und", "Der Text", answering(german)));
  }

  @Test
  void leavesTheLanguageEmptyWhenTheTextIsTooShortToTell() {
    assertEquals(new LanguageAssignment.Decision(null, null, false),
        LanguageAssignment.decide(null, "42", answering(null)));
  }

  @Test
  void keepsTheInputsLanguageNormalised() {
    LanguageGuess english = new LanguageGuess("en", 0.9, Map.of("en", 0.9));
    assertEquals(new LanguageAssignment.Decision("en", "input", false),
        LanguageAssignment.decide("en-GB", LONG_TEXT, answering(english)));
  }

  @Test
  void flagsOnlyAStrongDisagreement() {
    // German at 0.9 and the input's French at 0.05 (under a tenth): strong.
    LanguageGuess strong = new LanguageGuess("de", 0.9, Map.of("de", 0.9, "fr", 0.05));
    assertEquals(new LanguageAssignment.Decision("fr", "input", true),
        LanguageAssignment.decide("fr", LONG_TEXT, answering(strong)));
    // French at 0.2, over a tenth of 0.7: the text could be either.
    LanguageGuess close = new LanguageGuess("de", 0.7, Map.of("de", 0.7, "fr", 0.2));
    assertEquals(new LanguageAssignment.Decision("fr", "input", false),
        LanguageAssignment.decide("fr", LONG_TEXT, answering(close)));
    // A guess under 0.1 is no evidence.
    LanguageGuess unsure = new LanguageGuess("de", 0.08, Map.of("de", 0.08, "fr", 0.001));
    assertEquals(new LanguageAssignment.Decision("fr", "input", false),
        LanguageAssignment.decide("fr", LONG_TEXT, answering(unsure)));
    // Too little text to contradict the input.
    assertEquals(new LanguageAssignment.Decision("fr", "input", false),
        LanguageAssignment.decide("fr", "kurz", answering(strong)));
  }
}
