package org.corpusanalytics.text.lang;

import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Decides an article's language from what its input gave and what the identifier found.
 *
 * <p>The input's language, when it names one, is kept: a publisher's {@code <html lang>} or a feed's
 * field is usually right, and a wrong one is a fact about the source worth keeping. When it
 * <em>strongly</em> disagrees with the identifier, the disagreement is flagged for counting: the
 * text has at least {@link #MIN_LETTERS_TO_DISAGREE} letters, the identifier names another
 * language with probability at least {@link #MIN_CONFIDENCE_TO_DISAGREE}, and gives the input's
 * language at most a tenth of that.
 */
public final class LanguageAssignment {
  public static final String FROM_INPUT = "input";
  public static final String DETECTED = "detected";

  static final int MIN_LETTERS_TO_DISAGREE = 100;
  /**
   * OpenNLP spreads probability over its 103 languages: on a clear English paragraph of 150
   * characters the best is about 0.3 and the next ones 0.02, so the ratio, not the level, is the signal.
   */
  static final double MIN_CONFIDENCE_TO_DISAGREE = 0.1;

  /** The language written to the table, where it came from, and whether input and text strongly disagree. */
  public record Decision(@Nullable String language, @Nullable String source, boolean disagreement) {}

  private LanguageAssignment() {}

  /** @param inputLanguage the record's own tag or code, possibly null or not a language */
  public static Decision decide(@Nullable String inputLanguage, String text, LanguageIdentifier identifier) {
    String given = LanguageCodes.normalize(inputLanguage);
    if (given == null) {
      LanguageGuess guess = identifier.identify(text);
      return guess == null ? new Decision(null, null, false) : new Decision(guess.code(), DETECTED, false);
    }
    if (letters(text) < MIN_LETTERS_TO_DISAGREE) {
      return new Decision(given, FROM_INPUT, false);
    }
    LanguageGuess guess = identifier.identify(text);
    boolean disagreement = guess != null && !guess.code().equals(given)
        && guess.confidence() >= MIN_CONFIDENCE_TO_DISAGREE
        && guess.scoreOf(given) <= guess.confidence() / 10;
    return new Decision(given, FROM_INPUT, disagreement);
  }

  private static long letters(String text) {
    return text.codePoints().filter(Character::isLetter).limit(MIN_LETTERS_TO_DISAGREE).count();
  }
}
