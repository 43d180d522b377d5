package org.corpusanalytics.pipeline.io;

import java.util.HashMap;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.corpusanalytics.model.Article;

/**
 * Articles -> articles with unique {@code doc_id}s, plus a {@code duplicate_id} reject for every
 * other article with an id already taken. Of articles sharing an id, the one whose source sorts
 * first is kept (ties broken by a digest of text and title), so the outcome is the same on every
 * runner and every run.
 *
 * <p>Articles are grouped by a hash of their id into a fixed number of buckets: all copies of an id
 * meet in one bucket, and the buckets also spread the articles over that many groups for the heavy
 * steps that follow.
 */
class DeduplicateIds extends PTransform<PCollection<Article>, PCollectionTuple> {
  private final int buckets;

  DeduplicateIds(int buckets) {
    this.buckets = buckets;
  }

  @Override
  public PCollectionTuple expand(PCollection<Article> articles) {
    int n = buckets;
    KvCoder<Integer, Article> keyed = KvCoder.of(VarIntCoder.of(), articles.getCoder());
    return articles
        .apply("KeyByIdBucket", MapElements
            .into(TypeDescriptors.kvs(TypeDescriptors.integers(), TypeDescriptor.of(Article.class)))
            .via((Article article) -> KV.of(Math.floorMod(article.getDocId().hashCode(), n), article)))
        .setCoder(keyed)
        .apply("GroupByIdBucket", GroupByKey.create())
        .apply("KeepFirstOfEachId", ParDo.of(new KeepFirstFn())
            .withOutputTags(ReadArticles.ARTICLES, TupleTagList.of(ReadArticles.REJECTS)));
  }

  /** (bucket, [article]) -> the first article of each id; the others as rejects. */
  static class KeepFirstFn extends DoFn<KV<Integer, Iterable<Article>>, Article> {
    @ProcessElement
    public void process(@Element KV<Integer, Iterable<Article>> bucket, MultiOutputReceiver out) {
      // Two passes so that only one small key per id is held, never the articles themselves.
      Map<String, String> firstKey = new HashMap<>();
      for (Article article : bucket.getValue()) {
        firstKey.merge(article.getDocId(), orderKey(article), (a, b) -> a.compareTo(b) <= 0 ? a : b);
      }
      Set<String> kept = new HashSet<>();
      for (Article article : bucket.getValue()) {
        String id = article.getDocId();
        if (!kept.contains(id) && orderKey(article).equals(firstKey.get(id))) {
          kept.add(id);
          out.get(ReadArticles.ARTICLES).output(article);
        } else {
          out.get(ReadArticles.REJECTS).output(ParsedRecord.rejected(article.getSource(), RejectReason.DUPLICATE_ID,
              "doc_id " + id + " is also the id of " + source(firstKey.get(id)), article.getText()).reject());
        }
      }
    }

    /** Source, then a digest of text and title: orders the copies without holding their text. */
    private static String orderKey(Article article) {
      return article.getSource() + "\u0000" + DocIds.of(article.getText(), article.getTitle() == null ? 0
          : article.getTitle().hashCode());
    }

    private static String source(String orderKey) {
      return orderKey.substring(0, orderKey.indexOf('\u0000'));
    }
  }
}
