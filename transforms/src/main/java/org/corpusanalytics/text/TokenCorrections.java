package org.corpusanalytics.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * Deterministic fixes applied to the statistical tokenizer's spans, following the Penn Treebank
 * and Universal Dependencies conventions that news annotations use:
 *
 * <ul>
 *   <li>an abbreviation keeps its period: "Sen" + "." becomes "Sen.", "U.K" + "." becomes "U.K.";
 *   <li>clitics are split off: "Maduro's" becomes "Maduro" + "'s", "didn't" becomes "did" +
 *       "n't", "We're" becomes "We" + "'re".
 * </ul>
 */
final class TokenCorrections {
  private static final Pattern INITIALS = Pattern.compile("(?:\\p{L}\\.)+\\p{L}|\\p{Lu}");
  private static final Pattern CLITIC =
      Pattern.compile("(?i)^(.+?)(n['’]t|['’](?:s|re|ve|ll|d|m))$");

  private TokenCorrections() {}

  static List<Span> apply(String sentence, Span[] tokens, WordList abbreviations) {
    List<Span> withPeriods = new ArrayList<>(tokens.length);
    for (int i = 0; i < tokens.length; i++) {
      Span token = tokens[i];
      if (i + 1 < tokens.length && isAbbreviationBeforePeriod(sentence, token, tokens[i + 1], abbreviations)) {
        withPeriods.add(new Span(token.getStart(), tokens[i + 1].getEnd()));
        i++;
      } else {
        withPeriods.add(token);
      }
    }
    List<Span> corrected = new ArrayList<>(withPeriods.size());
    for (Span token : withPeriods) {
      Matcher clitic = CLITIC.matcher(sentence.substring(token.getStart(), token.getEnd()));
      if (clitic.matches()) {
        int split = token.getStart() + clitic.end(1);
        corrected.add(new Span(token.getStart(), split));
        corrected.add(new Span(split, token.getEnd()));
      } else {
        corrected.add(token);
      }
    }
    return corrected;
  }

  private static boolean isAbbreviationBeforePeriod(
      String sentence, Span token, Span next, WordList abbreviations) {
    if (next.getStart() != token.getEnd() || next.length() != 1 || sentence.charAt(next.getStart()) != '.') {
      return false;
    }
    String word = sentence.substring(token.getStart(), token.getEnd());
    return abbreviations.contains(word.toLowerCase(Locale.ROOT) + ".") || INITIALS.matcher(word).matches();
  }
}
