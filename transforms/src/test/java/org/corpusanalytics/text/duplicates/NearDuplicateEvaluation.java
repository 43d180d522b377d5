package org.corpusanalytics.text.duplicates;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Pair precision and recall of near-duplicate detection on corpora generated from the BBC
 * articles ({@link SyndicatedCorpus}). Settings are chosen on the tune folders (business,
 * politics) and reported, unchanged, on the held-out folders (entertainment, sport, tech).
 *
 * <p>Run: {@code scripts/evaluate.sh duplicates}.
 */
public final class NearDuplicateEvaluation {
  public static final long SEED = 17;

  /** Pair precision, recall and counts of one run. */
  public record Score(double precision, double recall, long truePairs, long predictedPairs, long correctPairs) {
    double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    @Override
    public String toString() {
      return String.format("precision %.4f  recall %.4f  F1 %.4f  (true pairs %d, predicted %d, correct %d)",
          precision, recall, f1(), truePairs, predictedPairs, correctPairs);
    }
  }

  private NearDuplicateEvaluation() {}

  /** Scores predicted copies (each with its representative) against the corpus's stories. */
  public static Score score(SyndicatedCorpus.Labelled corpus, Collection<GroupMember.Copy> copies) {
    Map<String, List<String>> groups = new TreeMap<>();
    for (GroupMember.Copy copy : copies) {
      groups.computeIfAbsent(copy.representativeId(), r -> new ArrayList<>(List.of(r))).add(copy.docId());
    }
    Set<String> predicted = SyndicatedCorpus.pairsWithin(groups.values());
    Set<String> truth = corpus.truePairs();
    Set<String> correct = new HashSet<>(predicted);
    correct.retainAll(truth);
    return new Score(predicted.isEmpty() ? 1 : (double) correct.size() / predicted.size(),
        truth.isEmpty() ? 1 : (double) correct.size() / truth.size(), truth.size(), predicted.size(), correct.size());
  }

  public static void main(String[] args) throws IOException {
    if (!SyndicatedCorpus.isPresent()) {
      System.out.println("skipped: " + SyndicatedCorpus.BBC + " is absent");
      return;
    }
    SyndicatedCorpus.Labelled tune = SyndicatedCorpus.generate(SyndicatedCorpus.read(SyndicatedCorpus.TUNE_FOLDERS), SEED);
    SyndicatedCorpus.Labelled test = SyndicatedCorpus.generate(SyndicatedCorpus.read(SyndicatedCorpus.TEST_FOLDERS), SEED);
    System.out.printf("tune corpus %s: %d documents; held-out corpus %s: %d documents%n",
        SyndicatedCorpus.TUNE_FOLDERS, tune.documents().size(), SyndicatedCorpus.TEST_FOLDERS, test.documents().size());
    System.out.println("--- in-sample grid (tune folders)");
    NearDuplicateFinder best = null;
    Score bestScore = null;
    for (int shingleWords : new int[] {3, 4, 5, 7}) {
      for (int[] bandsRows : new int[][] {{20, 5}, {32, 4}, {16, 8}}) {
        for (double threshold : new double[] {0.3, 0.4, 0.5, 0.6, 0.7}) {
          NearDuplicateFinder finder =
              new NearDuplicateFinder(shingleWords, new MinHashLsh(bandsRows[0], bandsRows[1]), threshold);
          Score score = score(tune, finder.copies(tune.documents()));
          System.out.printf("shingle %d  bands %2d x rows %d  threshold %.1f  %s%n", shingleWords, bandsRows[0],
              bandsRows[1], threshold, score);
          if (bestScore == null || score.f1() > bestScore.f1()) {
            best = finder;
            bestScore = score;
          }
        }
      }
    }
    System.out.printf("best in-sample: shingle %d, bands %d x rows %d, threshold %.1f: %s%n", best.shingleWords(),
        best.lsh().bands(), best.lsh().rows(), best.threshold(), bestScore);
    System.out.println("--- out-of-sample (held-out folders)");
    System.out.println("best in-sample settings: " + score(test, best.copies(test.documents())));
    NearDuplicateFinder defaults = NearDuplicateFinder.defaults();
    System.out.println("in-sample, job defaults:     " + score(tune, defaults.copies(tune.documents())));
    System.out.println("out-of-sample, job defaults: " + score(test, defaults.copies(test.documents())));
  }
}
