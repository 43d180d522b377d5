package org.corpusanalytics.text.ner;

/** A recognised entity mention: [start, end) character offsets into the analysed text and its type. */
public record EntitySpan(int start, int end, EntityType type) {
  public EntitySpan {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("empty or negative span [" + start + ", " + end + ")");
    }
  }
}
