package org.corpusanalytics.text.lang;

import java.util.Map;

/**
 * A language identifier's answer: the best language's code (as {@link LanguageCodes} writes it),
 * its probability, and every language's probability by code (for a code several model languages
 * share, the most probable one's).
 */
public record LanguageGuess(String code, double confidence, Map<String, Double> scores) {

  public LanguageGuess {
    scores = Map.copyOf(scores);
  }

  /** The probability of {@code code}, 0 for a language the model does not know. */
  public double scoreOf(String code) {
    return scores.getOrDefault(code, 0.0);
  }
}
