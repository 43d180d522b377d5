package org.corpusanalytics.text.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * vaderSentiment 3.3.2's {@code SentiText}: whitespace tokens with surrounding ASCII punctuation
 * stripped (unless that would leave two or fewer characters, which keeps emoticons such as ":)" and
 * short words with their punctuation, e.g. "a,"), plus whether only some tokens are ALL CAPS.
 * Python string semantics (str.split, str.isupper, len in code points) are reproduced because the
 * scores depend on them.
 */
final class VaderText {

  private static final String ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

  final List<String> tokens;
  final List<String> lowerTokens;
  final boolean capDifferential;

  private VaderText(List<String> tokens, List<String> lowerTokens, boolean capDifferential) {
    this.tokens = tokens;
    this.lowerTokens = lowerTokens;
    this.capDifferential = capDifferential;
  }

  private VaderText(List<String> tokens) {
    this.tokens = tokens;
    List<String> lower = new ArrayList<>(tokens.size());
    int allCaps = 0;
    for (String token : tokens) {
      lower.add(token.toLowerCase(Locale.ROOT));
      if (isUpper(token)) {
        allCaps++;
      }
    }
    this.lowerTokens = lower;
    int differential = tokens.size() - allCaps;
    this.capDifferential = differential > 0 && differential < tokens.size();
  }

  /**
   * These tokens with {@code mark} appended to those flagged (none when {@code flagged} is null),
   * without splitting or stripping again; the mark must be uncased and not ASCII punctuation, so
   * that it changes no case rule.
   */
  VaderText withMarked(boolean[] flagged, String mark) {
    if (flagged == null) {
      return this;
    }
    List<String> marked = new ArrayList<>(tokens.size());
    List<String> markedLower = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      marked.add(flagged[i] ? tokens.get(i) + mark : tokens.get(i));
      markedLower.add(flagged[i] ? lowerTokens.get(i) + mark : lowerTokens.get(i));
    }
    return new VaderText(marked, markedLower, capDifferential);
  }

  static VaderText of(String text) {
    return ofRawTokens(splitPythonWhitespace(text));
  }

  /** From whitespace tokens as {@link #splitPythonWhitespace} returns them (punctuation kept). */
  static VaderText ofRawTokens(List<String> rawTokens) {
    List<String> tokens = new ArrayList<>(rawTokens.size());
    for (String raw : rawTokens) {
      tokens.add(stripPunctuationIfWord(raw));
    }
    return new VaderText(tokens);
  }

  /** Python's {@code str.split()} without arguments: runs of whitespace separate, no empties. */
  static List<String> splitPythonWhitespace(String text) {
    List<String> parts = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < text.length(); i++) {
      if (isPythonSpace(text.charAt(i))) {
        if (start >= 0) {
          parts.add(text.substring(start, i));
          start = -1;
        }
      } else if (start < 0) {
        start = i;
      }
    }
    if (start >= 0) {
      parts.add(text.substring(start));
    }
    return parts;
  }

  /** Python's {@code str.isspace()} for one char; every such char is in the BMP. */
  static boolean isPythonSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
  }

  /** Python's {@code str.strip()}. */
  static String stripPython(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isPythonSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isPythonSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  /** Python's {@code str.isupper()}: at least one cased character and none of them lower case. */
  static boolean isUpper(String word) {
    boolean cased = false;
    for (int i = 0; i < word.length(); ) {
      int cp = word.codePointAt(i);
      if (Character.isLowerCase(cp) || Character.isTitleCase(cp)) {
        return false;
      }
      if (Character.isUpperCase(cp)) {
        cased = true;
      }
      i += Character.charCount(cp);
    }
    return cased;
  }

  /** {@code _strip_punc_if_word}: strip punctuation only if more than two code points remain. */
  private static String stripPunctuationIfWord(String token) {
    String core = stripAsciiPunctuation(token);
    return core.codePointCount(0, core.length()) <= 2 ? token : core;
  }

  /** The token without leading and trailing ASCII punctuation (Python's string.punctuation). */
  static String stripAsciiPunctuation(String token) {
    int start = 0;
    int end = token.length();
    while (start < end && ASCII_PUNCTUATION.indexOf(token.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && ASCII_PUNCTUATION.indexOf(token.charAt(end - 1)) >= 0) {
      end--;
    }
    return token.substring(start, end);
  }
}
