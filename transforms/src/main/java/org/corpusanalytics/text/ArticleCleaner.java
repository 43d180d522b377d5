package org.corpusanalytics.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Cleans an article body: normalises it into paragraphs ({@link TextNormalizer}), removes lines
 * that match a {@link BoilerplateRules} rule, and optionally takes the first surviving line as
 * the headline. The cleaned text is the kept paragraphs joined by one blank line.
 *
 * <p>Stateless and thread-safe.
 */
public final class ArticleCleaner {

  /** The outcome: headline (when taken from the body), text, and what was removed, by rule. */
  public record Cleaned(
      @Nullable String title, String text, int boilerplateCharsRemoved, Map<String, Integer> removalsByRule) {
    public boolean hasWords() {
      return text.codePoints().anyMatch(Character::isLetterOrDigit);
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
    if (titleInFirstLine && !kept.isEmpty()) {
      title = kept.remove(0);
    }
    return new Cleaned(title, String.join("\n\n", kept), removedChars, removals);
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
