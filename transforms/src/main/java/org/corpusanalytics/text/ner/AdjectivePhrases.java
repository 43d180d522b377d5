package org.corpusanalytics.text.ner;

import java.util.regex.Pattern;

/**
 * Adjective phrases the recogniser labels MISC: "Latin American conflicts", "Democratic lawmakers".
 * They describe something rather than name it, so they are not entities. (Nationality adjectives in
 * the demonym table are the exception: {@link ArticleEntityResolver} maps them to their country.)
 *
 * <p>A mention is such a phrase when its last word ends in a suffix that makes adjectives of names
 * (-an, -ic, -ish, -ese, -i: "American", "Democratic", "Spanish", "Chinese", "Iraqi") and the mention
 * stands before a word it modifies: the next character after spaces on the same line is a letter or
 * a digit. A MISC name used as a noun keeps its label ("during Ramadan.", "a new Titanic"); a noun
 * used as a modifier is no adjective ("World Cup final").
 */
public final class AdjectivePhrases {
  private static final Pattern ADJECTIVE_WORD = Pattern.compile("\\p{Lu}\\p{Ll}*(?:an|ic|ish|ese|\\p{Ll}{2}i)");

  private AdjectivePhrases() {}

  /** Whether the mention [span) of text is a MISC adjective phrase modifying the word after it. */
  public static boolean isModifyingAdjective(String text, EntitySpan span) {
    if (span.type() != EntityType.MISC) {
      return false;
    }
    String[] words = text.substring(span.start(), span.end()).strip().split("[\\s-]+");
    if (!ADJECTIVE_WORD.matcher(words[words.length - 1]).matches()) {
      return false;
    }
    int next = span.end();
    while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
      next++;
    }
    return next > span.end() && next < text.length() && Character.isLetterOrDigit(text.codePointAt(next));
  }
}
