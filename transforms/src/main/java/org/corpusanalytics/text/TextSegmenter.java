package org.corpusanalytics.text;

import java.util.List;

/**
 * Splits cleaned text into sentences and word tokens with character offsets. A sentence never
 * crosses a paragraph break (a blank line). Implementations need not be thread-safe: use one
 * per thread.
 */
public interface TextSegmenter {
  List<SentenceSpan> segment(String text);
}
