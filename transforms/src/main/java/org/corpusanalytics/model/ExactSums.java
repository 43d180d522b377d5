package org.corpusanalytics.model;

/**
 * Makes sums of sentiment scores independent of the order they are added in, so that combiners
 * give bit-identical results on every runner and at every parallelism: each term is rounded to a
 * multiple of 2^-30 (about 1e-9), and sums of such values are exact in a double while their
 * magnitude stays below 2^23 (8.4 million scores of at most 1).
 */
public final class ExactSums {
  private static final double GRID = 0x1p30;

  private ExactSums() {}

  public static double onGrid(double value) {
    return Math.rint(value * GRID) / GRID;
  }
}
