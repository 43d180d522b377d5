package org.corpusanalytics.text.duplicates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The set of word shingles of a text, as sorted distinct 32-bit hashes.
 *
 * <p>Words are maximal runs of letters and digits, lower-cased, so line wrapping, punctuation and
 * spacing do not matter; a shingle is {@code size} consecutive words. A text shorter than
 * {@code size} words has one shingle, of all its words; a text without words has none. The hash is
 * a fixed 64-bit FNV-1a over the words, mixed and folded, so the same text gives the same set on
 * every JVM.
 */
public final class WordShingles {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private WordShingles() {}

  /** Sorted distinct shingle hashes of {@code text}. */
  public static int[] of(String text, int size) {
    if (size < 1) {
      throw new IllegalArgumentException("shingle size must be at least 1, not " + size);
    }
    long[] words = wordHashes(text);
    if (words.length == 0) {
      return new int[0];
    }
    int count = Math.max(1, words.length - size + 1);
    int[] hashes = new int[count];
    for (int start = 0; start < count; start++) {
      long hash = FNV_OFFSET;
      for (int i = start; i < Math.min(words.length, start + size); i++) {
        hash = (hash ^ words[i]) * FNV_PRIME;
      }
      hashes[start] = fold(Hashing.mix(hash));
    }
    return Arrays.stream(hashes).sorted().distinct().toArray();
  }

  /** One hash per word, in text order. */
  static long[] wordHashes(String text) {
    List<Long> words = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int codePoint = text.codePointAt(i);
      if (!Character.isLetterOrDigit(codePoint)) {
        i += Character.charCount(codePoint);
        continue;
      }
      int start = i;
      while (i < text.length() && Character.isLetterOrDigit(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
      }
      words.add(wordHash(text.substring(start, i).toLowerCase(Locale.ROOT)));
    }
    return words.stream().mapToLong(Long::longValue).toArray();
  }

  private static long wordHash(String word) {
    long hash = FNV_OFFSET;
    for (int i = 0; i < word.length(); i++) {
      hash = (hash ^ word.charAt(i)) * FNV_PRIME;
    }
    return hash;
  }

  private static int fold(long hash) {
    return (int) (hash ^ (hash >>> 32));
  }
}
