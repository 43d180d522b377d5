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
 *   <li>any other word loses a period the model left attached, which it does when the sentence
 *       detector missed a boundary: "Hajj." becomes "Hajj" + "."; so does a word before an
 *       ideographic full stop ("北京欢迎你。"), which the model does not split off;
 *   <li>a hyphenated word the model cut beside its hyphen is rejoined: "pro-" + "Beijing" becomes
 *       "pro-Beijing" (a fragment like "pro-" is never a word of its own);
 *   <li>so is a hashtag or handle cut after its sign: "#" + "Tag" becomes "#Tag";
 *   <li>a percent sign is split from its number, as the model already does in most contexts:
 *       "58%" becomes "58" + "%"; en and em dashes are split from the words they join: "8–10"
 *       becomes "8" + "–" + "10";
 *   <li>clitics are split off: "Maduro's" becomes "Maduro" + "'s", "didn't" becomes "did" +
 *       "n't", "We're" becomes "We" + "'re", and a plural possessive loses its apostrophe:
 *       "parents'" becomes "parents" + "'".
 * </ul>
 */
final class TokenCorrections {
  private static final Pattern INITIALS = Pattern.compile("(?:\\p{L}\\.)+\\p{L}|\\p{Lu}");
  private static final Pattern CLITIC =
      Pattern.compile("(?i)^(.+?)(n['’]t|['’](?:s|re|ve|ll|d|m))$");
  private static final Pattern PERCENT = Pattern.compile("^(\\p{N}[\\p{N}.,]*)(%)$");
  private static final Pattern PLURAL_POSSESSIVE = Pattern.compile("^(.+[sS])['’]$");
  /** En and em dashes join words only typographically ("8–10", "Paris–Berlin"). */
  private static final Pattern DASH = Pattern.compile("(?<=.)[\u2013\u2014](?=.)");

  private TokenCorrections() {}

  static List<Span> apply(String sentence, Span[] tokens, WordList abbreviations) {
    List<Span> corrected = new ArrayList<>(tokens.length + 4);
    List<Span> joined = joinPieces(sentence, attachAbbreviationPeriods(sentence, tokens, abbreviations));
    for (Span token : splitAtDashes(sentence, joined)) {
      String surface = sentence.substring(token.getStart(), token.getEnd());
      int split = splitPoint(surface, abbreviations);
      if (split > 0) {
        corrected.add(new Span(token.getStart(), token.getStart() + split));
        corrected.add(new Span(token.getStart() + split, token.getEnd()));
      } else {
        corrected.add(token);
      }
    }
    return corrected;
  }

  private static List<Span> attachAbbreviationPeriods(String sentence, Span[] tokens, WordList abbreviations) {
    List<Span> out = new ArrayList<>(tokens.length);
    for (int i = 0; i < tokens.length; i++) {
      Span token = tokens[i];
      if (i + 1 < tokens.length && isAbbreviationBeforePeriod(sentence, token, tokens[i + 1], abbreviations)) {
        out.add(new Span(token.getStart(), tokens[i + 1].getEnd()));
        i++;
      } else {
        out.add(token);
      }
    }
    return out;
  }

  private static boolean isAbbreviationBeforePeriod(
      String sentence, Span token, Span next, WordList abbreviations) {
    if (next.getStart() != token.getEnd() || next.length() != 1 || sentence.charAt(next.getStart()) != '.') {
      return false;
    }
    return isAbbreviation(sentence.substring(token.getStart(), token.getEnd()), abbreviations);
  }

  /** True for a listed abbreviation or an initialism, given without its final period. */
  private static boolean isAbbreviation(String stem, WordList abbreviations) {
    return abbreviations.contains(stem.toLowerCase(Locale.ROOT) + ".") || INITIALS.matcher(stem).matches();
  }

  /**
   * Rejoins "pro-" + "Beijing" and "Kwok" + "-hung" when nothing separates the pieces, and a
   * hashtag or handle cut after its sign ("#" + "IStandWithAhmed", "@" + "POTUS").
   */
  private static List<Span> joinPieces(String sentence, List<Span> tokens) {
    List<Span> out = new ArrayList<>(tokens.size());
    for (Span token : tokens) {
      Span previous = out.isEmpty() ? null : out.get(out.size() - 1);
      if (previous != null && previous.getEnd() == token.getStart()
          && (isFragment(sentence, previous, true) || isFragment(sentence, token, false)
              || isSign(sentence, previous) && Character.isLetter(sentence.codePointAt(token.getStart())))) {
        out.set(out.size() - 1, new Span(previous.getStart(), token.getEnd()));
      } else {
        out.add(token);
      }
    }
    return out;
  }

  /**
   * A lone "#" or "@" that starts a word, i.e. not "C#" or "me@home"; the caller also wants a
   * letter next, as "#2" is a number sign and a rank, not a hashtag.
   */
  private static boolean isSign(String sentence, Span token) {
    char c = sentence.charAt(token.getStart());
    return token.length() == 1 && (c == '#' || c == '@')
        && (token.getStart() == 0 || Character.isWhitespace(sentence.charAt(token.getStart() - 1)));
  }

  private static List<Span> splitAtDashes(String sentence, List<Span> tokens) {
    List<Span> out = new ArrayList<>(tokens.size());
    Matcher dash = DASH.matcher(sentence);
    for (Span token : tokens) {
      dash.region(token.getStart(), token.getEnd());
      int start = token.getStart();
      while (dash.find()) {
        out.add(new Span(start, dash.start()));
        out.add(new Span(dash.start(), dash.end()));
        start = dash.end();
      }
      out.add(new Span(start, token.getEnd()));
    }
    return out;
  }

  /** A word piece with a hyphen at its end ({@code trailing}) or its start, e.g. "pro-", "-hung". */
  private static boolean isFragment(String sentence, Span token, boolean trailing) {
    String surface = sentence.substring(token.getStart(), token.getEnd());
    if (surface.length() < 2 || surface.codePoints().noneMatch(Character::isLetterOrDigit)) {
      return false;
    }
    return trailing ? surface.endsWith("-") : surface.startsWith("-");
  }

  /** Where to cut a clitic, percent sign or stray final mark off the token; 0 for no cut. */
  private static int splitPoint(String surface, WordList abbreviations) {
    // Most tokens have no apostrophe or percent sign: skip those matchers, a measurable cost.
    if (surface.indexOf('\'') >= 0 || surface.indexOf('’') >= 0) {
      Matcher clitic = CLITIC.matcher(surface);
      if (clitic.matches()) {
        return clitic.end(1);
      }
      Matcher possessive = PLURAL_POSSESSIVE.matcher(surface);
      if (possessive.matches()) {
        return possessive.end(1);
      }
    }
    if (surface.endsWith("%")) {
      Matcher percent = PERCENT.matcher(surface);
      if (percent.matches()) {
        return percent.end(1);
      }
    }
    if (surface.length() > 1 && surface.endsWith("\u3002")) {
      return surface.length() - 1; // the ideographic full stop never belongs to a word
    }
    if (surface.length() > 1 && surface.endsWith(".")) {
      String stem = surface.substring(0, surface.length() - 1);
      boolean word = stem.codePoints().anyMatch(Character::isLetterOrDigit) && !stem.endsWith(".");
      return word && !isAbbreviation(stem, abbreviations) ? stem.length() : 0;
    }
    return 0;
  }
}
