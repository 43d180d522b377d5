package org.corpusanalytics.duplicates;

import java.util.HashMap;
import java.util.Map;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.corpusanalytics.model.Article;
import org.corpusanalytics.model.DuplicateCopy;

/**
 * Article -> the same article, with {@code duplicateOf} and {@code duplicateSimilarity} set when it
 * is a near-duplicate copy of another ({@link FindNearDuplicates}). Every article comes out exactly
 * once; representatives and unique articles come out unchanged.
 *
 * <pre>{@code
 * PCollection<Article> flagged = cleaned.apply("FlagNearDuplicates",
 *     FlagNearDuplicates.using(FindNearDuplicates.create().withThreshold(0.4)));
 * PCollection<Article> counted = flagged.apply(Filter.by(article -> !article.isDuplicateCopy()));
 * }</pre>
 */
public class FlagNearDuplicates extends PTransform<PCollection<Article>, PCollection<Article>> {
  private static final TupleTag<Article> ARTICLE = new TupleTag<>() {};
  private static final TupleTag<DuplicateCopy> COPY = new TupleTag<>() {};

  private final FindNearDuplicates find;

  private FlagNearDuplicates(FindNearDuplicates find) {
    this.find = find;
  }

  public static FlagNearDuplicates create() {
    return new FlagNearDuplicates(FindNearDuplicates.create());
  }

  /** With the given detection (shingle size, bands, threshold, buckets). */
  public static FlagNearDuplicates using(FindNearDuplicates find) {
    return new FlagNearDuplicates(find);
  }

  /** How many groups articles are hashed into between steps; each must fit in one worker's memory. */
  public FlagNearDuplicates withBuckets(int buckets) {
    return new FlagNearDuplicates(find.withBuckets(buckets));
  }

  @Override
  public PCollection<Article> expand(PCollection<Article> articles) {
    Coder<Article> articleCoder = articles.getCoder();
    PCollection<DuplicateCopy> copies = articles.apply("FindNearDuplicates", find);
    int n = find.buckets();
    PCollection<KV<Integer, Article>> articlesByBucket = articles
        .apply("KeyArticlesByBucket", WithKeys.of((Article a) -> FindNearDuplicates.bucketOf(a.getDocId(), n))
            .withKeyType(TypeDescriptors.integers()))
        .setCoder(KvCoder.of(VarIntCoder.of(), articleCoder));
    PCollection<KV<Integer, DuplicateCopy>> copiesByBucket = copies
        .apply("KeyCopiesByBucket", WithKeys.of((DuplicateCopy c) -> FindNearDuplicates.bucketOf(c.getDocId(), n))
            .withKeyType(TypeDescriptors.integers()))
        .setCoder(KvCoder.of(VarIntCoder.of(), copies.getCoder()));
    return KeyedPCollectionTuple.of(ARTICLE, articlesByBucket).and(COPY, copiesByBucket)
        .apply("JoinCopies", CoGroupByKey.create())
        .apply("MarkCopies", ParDo.of(new MarkCopyFn(ARTICLE, COPY)))
        .setCoder(articleCoder);
  }

  /** (bucket, {[article], [copy]}) -> every article, marked when it is a copy. */
  static class MarkCopyFn extends DoFn<KV<Integer, CoGbkResult>, Article> {
    private final TupleTag<Article> article;
    private final TupleTag<DuplicateCopy> copy;

    MarkCopyFn(TupleTag<Article> article, TupleTag<DuplicateCopy> copy) {
      this.article = article;
      this.copy = copy;
    }

    @ProcessElement
    public void process(@Element KV<Integer, CoGbkResult> joined, OutputReceiver<Article> out) {
      Map<String, DuplicateCopy> copies = new HashMap<>();
      joined.getValue().getAll(copy).forEach(duplicate -> copies.put(duplicate.getDocId(), duplicate));
      for (Article unmarked : joined.getValue().getAll(article)) {
        DuplicateCopy duplicate = copies.get(unmarked.getDocId());
        out.output(duplicate == null ? unmarked : unmarked.toBuilder()
            .setDuplicateOf(duplicate.getRepresentativeId())
            .setDuplicateSimilarity(duplicate.getSimilarity())
            .build());
      }
    }
  }
}
