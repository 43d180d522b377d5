package org.corpusanalytics.text.duplicates;

import java.io.Serializable;

/**
 * MinHash signatures of shingle sets, cut into locality-sensitive bands.
 *
 * <p>A signature has {@code bands * rows} values; value i is the minimum over the set of the i-th
 * hash function, {@code mix(shingle ^ seed_i)}. Two sets agree on one value with probability
 * equal to their Jaccard similarity s, so they share at least one whole band (and become a
 * candidate pair) with probability {@code 1 - (1 - s^rows)^bands}: with 32 bands of 4 rows, 0.98
 * at s = 0.6, 0.50 at s = 0.42 and 0.23 at s = 0.3. Band keys mix the band's index and values into one long.
 * An empty set has no band keys and is never a candidate.
 */
public final class MinHashLsh implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int bands;
  private final int rows;
  private final long[] seeds;

  public MinHashLsh(int bands, int rows) {
    if (bands < 1 || rows < 1) {
      throw new IllegalArgumentException("bands and rows must be at least 1, not " + bands + " and " + rows);
    }
    this.bands = bands;
    this.rows = rows;
    this.seeds = new long[bands * rows];
    for (int i = 0; i < seeds.length; i++) {
      seeds[i] = Hashing.mix(0x5eedL + i);
    }
  }

  public int bands() {
    return bands;
  }

  public int rows() {
    return rows;
  }

  /** The signature of a set of shingle hashes; all {@code Long.MAX_VALUE} for an empty set. */
  public long[] signature(int[] shingles) {
    long[] signature = new long[seeds.length];
    java.util.Arrays.fill(signature, Long.MAX_VALUE);
    for (int shingle : shingles) {
      for (int i = 0; i < seeds.length; i++) {
        long hash = Hashing.mix(shingle ^ seeds[i]);
        if (hash < signature[i]) {
          signature[i] = hash;
        }
      }
    }
    return signature;
  }

  /** One key per band of the set's signature; none for an empty set. */
  public long[] bandKeys(int[] shingles) {
    if (shingles.length == 0) {
      return new long[0];
    }
    long[] signature = signature(shingles);
    long[] keys = new long[bands];
    for (int band = 0; band < bands; band++) {
      long key = Hashing.mix(band);
      for (int row = 0; row < rows; row++) {
        key = Hashing.mix(key ^ signature[band * rows + row]);
      }
      keys[band] = key;
    }
    return keys;
  }
}
