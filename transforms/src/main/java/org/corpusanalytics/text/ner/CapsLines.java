package org.corpusanalytics.text.ner;

import java.util.List;
import org.corpusanalytics.text.TokenSpan;

/**
 * Tells ALL-CAPS lines (headlines, sports results, wire slugs: "SOCCER - JAPAN GET LUCKY WIN") from
 * ordinary sentences. A cased CRF reads capital letters as the strongest sign of a name, so on such a
 * line it labels nearly every word; these lines go to the caseless model instead.
 */
public final class CapsLines {
  /** Fewer words than this are a dateline or an acronym ("LONDON", "NATO"), which the cased model reads well. */
  static final int MIN_WORDS = 3;

  private CapsLines() {}

  /**
   * True when the sentence has at least {@link #MIN_WORDS} tokens with letters and none of them has a
   * lower-case letter.
   */
  public static boolean isCaps(String text, List<TokenSpan> tokens) {
    int words = 0;
    for (TokenSpan token : tokens) {
      boolean letters = false;
      for (int i = token.start(); i < token.end(); i++) {
        char c = text.charAt(i);
        if (Character.isLowerCase(c)) {
          return false;
        }
        letters |= Character.isLetter(c);
      }
      if (letters) {
        words++;
      }
    }
    return words >= MIN_WORDS;
  }
}
