package org.corpusanalytics.text.sentiment;

/**
 * One compound for a text of several sentences, from its sentences' compounds.
 *
 * <p>Each sentence compound c is turned back into the unbounded valence sum VADER normalised,
 * v = c √15 / √(1 − c²) (the inverse of c = v / √(v² + 15)); the article's sum is Σ v scaled by
 * min(1, {@value #WINDOW} / sentences) and normalised again. Up to {@value #WINDOW} sentences this
 * is VADER's own reading of the whole text (the valence sums add up); beyond, the sum is that of an
 * average {@value #WINDOW}-sentence stretch, so long articles do not saturate towards ±1 the way a
 * whole-text sum would, and a single strong sentence does not dominate the way it would in a
 * mean of compounds.
 */
public final class ArticleScore {

  /** Texts of up to this many sentences are read as one. */
  public static final int WINDOW = 3;

  private static final double ALPHA = 15;
  private static final double MAX_COMPOUND = 0.9999;

  private ArticleScore() {}

  /** The article compound in (−1, 1); 0 for no sentences. */
  public static double compound(double[] sentenceCompounds) {
    if (sentenceCompounds.length == 0) {
      return 0.0;
    }
    double sum = 0;
    for (double c : sentenceCompounds) {
      double clipped = Math.max(-MAX_COMPOUND, Math.min(MAX_COMPOUND, c));
      sum += clipped * Math.sqrt(ALPHA) / Math.sqrt(1 - clipped * clipped);
    }
    sum *= Math.min(1.0, (double) WINDOW / sentenceCompounds.length);
    return sum / Math.sqrt(sum * sum + ALPHA);
  }
}
