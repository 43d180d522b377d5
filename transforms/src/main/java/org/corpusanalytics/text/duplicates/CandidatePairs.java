package org.corpusanalytics.text.duplicates;

import java.util.ArrayList;
import java.util.List;

/**
 * The candidate pairs of one LSH bucket (the articles sharing one band key), each as (smaller id,
 * larger id).
 *
 * <p>A bucket of up to {@link #MAX_ALL_PAIRS} articles gives all its pairs. A larger one (a block of
 * boilerplate shared by many articles, or a story copied many times) pairs each article with its
 * successor in id order and with the first: linear work, and still every copy that verifies
 * against a neighbour is connected to its group.
 */
public final class CandidatePairs {
  public static final int MAX_ALL_PAIRS = 20;

  private CandidatePairs() {}

  /** Pairs of the bucket's doc ids, which must be sorted and distinct. */
  public static List<String[]> ofBucket(List<String> sortedDocIds) {
    List<String[]> pairs = new ArrayList<>();
    int size = sortedDocIds.size();
    if (size <= MAX_ALL_PAIRS) {
      for (int i = 0; i < size; i++) {
        for (int j = i + 1; j < size; j++) {
          pairs.add(new String[] {sortedDocIds.get(i), sortedDocIds.get(j)});
        }
      }
      return pairs;
    }
    for (int i = 1; i < size; i++) {
      pairs.add(new String[] {sortedDocIds.get(i - 1), sortedDocIds.get(i)});
      if (i > 1) {
        pairs.add(new String[] {sortedDocIds.get(0), sortedDocIds.get(i)});
      }
    }
    return pairs;
  }

  /** True when {@link #ofBucket} pairs the bucket along a chain and a star rather than all with all. */
  public static boolean isLarge(int bucketSize) {
    return bucketSize > MAX_ALL_PAIRS;
  }
}
