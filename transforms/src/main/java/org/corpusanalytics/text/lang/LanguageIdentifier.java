package org.corpusanalytics.text.lang;

import org.checkerframework.checker.nullness.qual.Nullable;

/** Tells which language a text is written in. Implementations are thread-safe. */
public interface LanguageIdentifier {

  /** The most probable language with every language's score, or null when the text is too short to tell. */
  @Nullable LanguageGuess identify(String text);
}
