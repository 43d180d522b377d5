package org.corpusanalytics.benchmarks;

import java.util.HashMap;
import java.util.Map;
import org.corpusanalytics.entities.CooccurrencePeriod;
import org.corpusanalytics.entities.CountEntities;
import org.corpusanalytics.entities.Fanout;
import org.corpusanalytics.model.ArticleEntities;
import org.corpusanalytics.model.EntityTally;
import org.corpusanalytics.model.PairTally;
import org.corpusanalytics.model.TermCount;
import org.corpusanalytics.model.VocabularyEntry;

/**
 * Corpus-wide sums the job builds with combiners, kept per thread and merged at the end:
 * term -> vocabulary entry, entity key -> tally, co-occurrence unit key -> units, pair key -> tally
 * (keys as in {@link Fanout}). Every sum is order-independent (counts, min/max, sentiment sums on
 * the exact grid), so merging in any order gives the job's values.
 */
final class CorpusTallies {
  final Map<String, VocabularyEntry> vocabulary = new HashMap<>();
  final Map<String, EntityTally> entities = new HashMap<>();
  final Map<String, Long> units = new HashMap<>();
  final Map<String, PairTally> pairs = new HashMap<>();

  void addTerms(Iterable<TermCount> terms) {
    for (TermCount term : terms) {
      vocabulary.merge(term.getTerm(), VocabularyEntry.create(term.getTerm(), term.getCount(), 1),
          VocabularyEntry::plus);
    }
  }

  void addEntities(ArticleEntities article, CooccurrencePeriod period) {
    for (EntityTally tally : CountEntities.tallies(article)) {
      entities.merge(tally.getKey(), tally, EntityTally::plus);
    }
    Fanout.units(article, period).forEach((key, count) -> units.merge(key, count, Long::sum));
    Fanout.pairs(article, period).forEach((key, tally) -> pairs.merge(key, tally, PairTally::plus));
  }

  /** Adds another thread's sums into these. */
  void addAll(CorpusTallies other) {
    other.vocabulary.forEach((key, value) -> vocabulary.merge(key, value, VocabularyEntry::plus));
    other.entities.forEach((key, value) -> entities.merge(key, value, EntityTally::plus));
    other.units.forEach((key, value) -> units.merge(key, value, Long::sum));
    other.pairs.forEach((key, value) -> pairs.merge(key, value, PairTally::plus));
  }
}
