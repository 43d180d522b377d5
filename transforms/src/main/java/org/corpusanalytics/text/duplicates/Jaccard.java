package org.corpusanalytics.text.duplicates;

/** Jaccard similarity |A ∩ B| / |A ∪ B| of two sorted distinct int sets; 0 when both are empty. */
public final class Jaccard {
  private Jaccard() {}

  public static double of(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.length + b.length - common;
    return union == 0 ? 0 : (double) common / union;
  }
}
