package org.corpusanalytics.duplicates;

import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
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

  /** With the given detection (shingle size, bands, threshold). */
  public static FlagNearDuplicates using(FindNearDuplicates find) {
    return new FlagNearDuplicates(find);
  }

  @Override
  public PCollection<Article> expand(PCollection<Article> articles) {
    Coder<Article> articleCoder = articles.getCoder();
    PCollection<DuplicateCopy> copies = articles.apply("FindNearDuplicates", find);
    PCollection<KV<String, Article>> byDocId = articles
        .apply("KeyArticlesByDocId", WithKeys.of(Article::getDocId).withKeyType(TypeDescriptors.strings()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), articleCoder));
    PCollection<KV<String, DuplicateCopy>> copiesByDocId = copies
        .apply("KeyCopiesByDocId", WithKeys.of(DuplicateCopy::getDocId).withKeyType(TypeDescriptors.strings()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), copies.getCoder()));
    return KeyedPCollectionTuple.of(ARTICLE, byDocId).and(COPY, copiesByDocId)
        .apply("JoinCopies", CoGroupByKey.create())
        .apply("MarkCopies", ParDo.of(new MarkCopyFn(ARTICLE, COPY)))
        .setCoder(articleCoder);
  }

  /** (doc_id, {article, [copy]}) -> the article, marked when it is a copy. */
  static class MarkCopyFn extends DoFn<KV<String, CoGbkResult>, Article> {
    private final TupleTag<Article> article;
    private final TupleTag<DuplicateCopy> copy;

    MarkCopyFn(TupleTag<Article> article, TupleTag<DuplicateCopy> copy) {
      this.article = article;
      this.copy = copy;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> joined, OutputReceiver<Article> out) {
      Article unmarked = joined.getValue().getOnly(article);
      DuplicateCopy duplicate = joined.getValue().getOnly(copy, null);
      out.output(duplicate == null ? unmarked : unmarked.toBuilder()
          .setDuplicateOf(duplicate.getRepresentativeId())
          .setDuplicateSimilarity(duplicate.getSimilarity())
          .build());
    }
  }
}
