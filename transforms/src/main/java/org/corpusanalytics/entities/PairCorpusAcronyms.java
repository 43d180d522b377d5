package org.corpusanalytics.entities;

import java.util.HashMap;
import java.util.Map;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.MapCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.corpusanalytics.model.ArticleEntities;
import org.corpusanalytics.text.ner.AcronymPairing;

/**
 * The acronyms the corpus pairs with a long form often enough ({@link AcronymPairing}), as a side input
 * for {@link ExpandCorpusAcronyms}.
 *
 * <p>ArticleEntities(acronym key -> long form, per article) -> one map acronym key -> long form. Each
 * article's definitions are counted once into acronym key -> long form -> articles; the counts are
 * combined globally (one small map: the distinct definitions of the corpus, not its articles) and the
 * pairing rule runs once on the sum, so the result does not depend on how the runner splits the work.
 *
 * <pre>{@code
 * PCollectionView<Map<String, String>> acronyms = entities.apply("PairCorpusAcronyms", PairCorpusAcronyms.create());
 * }</pre>
 */
public class PairCorpusAcronyms extends PTransform<PCollection<ArticleEntities>, PCollectionView<Map<String, String>>> {
  private final int minArticles;

  private PairCorpusAcronyms(int minArticles) {
    this.minArticles = minArticles;
  }

  /** An acronym pairs when at least two articles define it with the same long form. */
  public static PairCorpusAcronyms create() {
    return new PairCorpusAcronyms(2);
  }

  /** The fewest articles that must define an acronym with its long form; at least 1. */
  public PairCorpusAcronyms withMinArticles(int minArticles) {
    if (minArticles < 1) {
      throw new IllegalArgumentException("minArticles must be at least 1, not " + minArticles);
    }
    return new PairCorpusAcronyms(minArticles);
  }

  @Override
  public PCollectionView<Map<String, String>> expand(PCollection<ArticleEntities> articles) {
    return articles.apply("CountDefinitions", Combine.globally(new CountDefinitionsFn(minArticles)).asSingletonView());
  }

  /** ArticleEntities -> (acronym key -> long form -> defining articles) -> paired acronym key -> long form. */
  static class CountDefinitionsFn
      extends Combine.CombineFn<ArticleEntities, Map<String, Map<String, Long>>, Map<String, String>> {
    private final int minArticles;

    CountDefinitionsFn(int minArticles) {
      this.minArticles = minArticles;
    }

    @Override
    public Map<String, Map<String, Long>> createAccumulator() {
      return new HashMap<>();
    }

    @Override
    public Map<String, Map<String, Long>> addInput(Map<String, Map<String, Long>> counts, ArticleEntities article) {
      AcronymPairing.count(counts, article.getAcronyms());
      return counts;
    }

    @Override
    public Map<String, Map<String, Long>> mergeAccumulators(Iterable<Map<String, Map<String, Long>>> partials) {
      Map<String, Map<String, Long>> merged = new HashMap<>();
      for (Map<String, Map<String, Long>> partial : partials) {
        AcronymPairing.merge(merged, partial);
      }
      return merged;
    }

    @Override
    public Map<String, String> extractOutput(Map<String, Map<String, Long>> counts) {
      return AcronymPairing.pair(counts, minArticles);
    }

    @Override
    public Coder<Map<String, Map<String, Long>>> getAccumulatorCoder(
        CoderRegistry registry, Coder<ArticleEntities> inputCoder) {
      return MapCoder.of(StringUtf8Coder.of(), MapCoder.of(StringUtf8Coder.of(), VarLongCoder.of()));
    }

    @Override
    public Coder<Map<String, String>> getDefaultOutputCoder(CoderRegistry registry, Coder<ArticleEntities> inputCoder) {
      return MapCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of());
    }
  }
}
