package org.corpusanalytics.text;

import java.util.List;

/** A sentence as [start, end) character offsets into the analysed text, with its word tokens. */
public record SentenceSpan(int start, int end, List<TokenSpan> tokens) {
  public SentenceSpan {
    tokens = List.copyOf(tokens);
  }
}
