package org.corpusanalytics.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Cleans an article body: normalises it into paragraphs ({@link TextNormalizer}), removes lines
 * that match a {@link BoilerplateRules} rule, and, where the reader asked for it, takes the first
 * surviving line as the headline when it looks like one: at most {@value #MAX_TITLE_CHARS}
 * characters and {@value #MAX_TITLE_WORDS} words, not ending a sentence with '.' or '!', and
 * followed by more text. Otherwise the article has no title and the line stays in the text. The
 * cleaned text is the kept paragraphs joined by one blank line.
 *
 * <p>Control characters (C0 and C1, other than tab and line breaks) are removed and counted.
 * Stateless and thread-safe.
 */
public final class ArticleCleaner {

  /** Longest first line, in characters, that can be a headline. */
  public static final int MAX_TITLE_CHARS = 150;

  /** Most words a first line that is a headline can have. */
  public static final int MAX_TITLE_WORDS = 20;

  /** A line ending a sentence with '.' or '!' (an ellipsis too), possibly inside closing quotes. */
  private static final Pattern ENDS_STATEMENT = Pattern.compile(".*[.!…][\"'”’»)\\]]*$");

  /**
   * The outcome: headline (when taken from the body), text, what was removed by rule, and how many
   * control characters were removed.
   */
  public record Cleaned(@Nullable String title, String text, int boilerplateCharsRemoved,
      Map<String, Integer> removalsByRule, int controlCharsRemoved) {
    public boolean hasWords() {
      return hasWords(text);
    }

    static boolean hasWords(String text) {
      return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** Why nothing readable is left, for a reject's detail. */
    public String whyEmpty() {
      int lines = removalsByRule.values().stream().mapToInt(Integer::intValue).sum();
      if (lines == 0) {
        return "the text holds no letters or digits" + (controlCharsRemoved > 0
            ? " once " + controlCharsRemoved + " control characters are removed" : "");
      }
      return "no letters or digits left after removing " + lines + " boilerplate lines ("
          + boilerplateCharsRemoved + " characters; by rule " + removalsByRule + ")";
    }
  }

  private final TextNormalizer normalizer = new TextNormalizer();
  private final BoilerplateRules rules;

  public ArticleCleaner(BoilerplateRules rules) {
    this.rules = rules;
  }

  public static ArticleCleaner withDefaultRules() {
    return new ArticleCleaner(BoilerplateRules.defaults());
  }

  public Cleaned clean(String raw, boolean titleInFirstLine) {
    int controlChars = countControlChars(raw);
    List<String> kept = new ArrayList<>();
    Map<String, Integer> removals = new TreeMap<>();
    int removedChars = 0;
    for (String line : normalizer.paragraphs(raw)) {
      var rule = rules.match(line);
      if (rule.isPresent()) {
        removals.merge(rule.get().name(), 1, Integer::sum);
        removedChars += line.length();
      } else {
        kept.add(line);
      }
    }
    String title = null;
    if (titleInFirstLine && !kept.isEmpty() && looksLikeTitle(kept)) {
      title = kept.remove(0);
    }
    return new Cleaned(title, String.join("\n\n", kept), removedChars, removals, controlChars);
  }

  /** The first kept line is short, ends no statement, and more text follows it. */
  private static boolean looksLikeTitle(List<String> kept) {
    String first = kept.get(0);
    return first.length() <= MAX_TITLE_CHARS
        && first.split(" ").length <= MAX_TITLE_WORDS
        && !ENDS_STATEMENT.matcher(first).matches()
        && kept.stream().skip(1).anyMatch(Cleaned::hasWords);
  }

  /** C0 and C1 control characters other than tab and the line breaks (LF, CR, VT, FF, NEL). */
  static int countControlChars(String raw) {
    int count = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Character.getType(c) == Character.CONTROL && "\t\n\r\u000B\f\u0085".indexOf(c) < 0) {
        count++;
      }
    }
    return count;
  }

  /** Normalises a single-line field such as a headline; boilerplate rules do not apply. */
  public @Nullable String cleanLine(@Nullable String raw) {
    if (raw == null) {
      return null;
    }
    String line = String.join(" ", normalizer.paragraphs(raw));
    return line.isEmpty() ? null : line;
  }
}
