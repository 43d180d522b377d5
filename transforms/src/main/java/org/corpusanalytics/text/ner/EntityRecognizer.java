package org.corpusanalytics.text.ner;

import java.util.List;
import org.corpusanalytics.text.TokenSpan;

/**
 * Finds named-entity mentions in one sentence, given the sentence's word tokens as offsets into the
 * whole text. Implementations may add tokens of their own (punctuation between the given tokens),
 * but every span they return starts and ends on character offsets of {@code text}.
 */
public interface EntityRecognizer {
  /** Mentions in text order; empty for a sentence without tokens. */
  List<EntitySpan> recognize(String text, List<TokenSpan> sentenceTokens);
}
