package org.corpusanalytics.duplicates;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.corpusanalytics.model.Article;
import org.corpusanalytics.model.DuplicateCopy;
import org.corpusanalytics.text.duplicates.CandidatePairs;
import org.corpusanalytics.text.duplicates.GroupMember;
import org.corpusanalytics.text.duplicates.MinHashLsh;
import org.corpusanalytics.text.duplicates.NearDuplicateFinder;
import org.corpusanalytics.text.duplicates.WordShingles;

/**
 * Near-duplicate groups of articles (the distributed form of {@link NearDuplicateFinder}), by MinHash and locality-sensitive hashing over word shingles.
 *
 * <p>Article -> (doc_id, shingle set) and one (band key, doc_id) per LSH band; articles sharing a
 * band key -> candidate pairs ({@link PairCandidatesFn}); each pair -> kept when the exact Jaccard
 * similarity of the two shingle sets reaches the threshold ({@link VerifyCandidates}); kept pairs ->
 * connected components ({@link ConnectComponentsFn}); each component with its members' shingle
 * sets -> one {@link DuplicateCopy} per member but the representative (earliest
 * {@code published_at}, then smallest doc id; {@link GroupMember#REPRESENTATIVE_FIRST}).
 *
 * <p>Work grows linearly with the corpus: no pair is compared unless it shares a band, and a band
 * bucket of more than {@link CandidatePairs#MAX_ALL_PAIRS} articles is paired along a chain and a
 * star rather than all with all. Articles without a near-duplicate produce nothing.
 *
 * <pre>{@code
 * PCollection<DuplicateCopy> copies = articles.apply("FindNearDuplicates",
 *     FindNearDuplicates.create().withThreshold(0.4));
 * }</pre>
 */
public class FindNearDuplicates extends PTransform<PCollection<Article>, PCollection<DuplicateCopy>> {
  private static final TupleTag<KV<String, GroupMember>> MEMBERS = new TupleTag<>() {};
  private static final TupleTag<KV<Long, String>> BAND_KEYS = new TupleTag<>() {};
  private static final TupleTag<GroupMember> MEMBER = new TupleTag<>() {};
  private static final TupleTag<String> COMPONENT = new TupleTag<>() {};

  private final int shingleWords;
  private final int bands;
  private final int rows;
  private final double threshold;

  private FindNearDuplicates(int shingleWords, int bands, int rows, double threshold) {
    this.shingleWords = shingleWords;
    this.bands = bands;
    this.rows = rows;
    this.threshold = threshold;
  }

  public static FindNearDuplicates create() {
    return new FindNearDuplicates(NearDuplicateFinder.DEFAULT_SHINGLE_WORDS, NearDuplicateFinder.DEFAULT_BANDS,
        NearDuplicateFinder.DEFAULT_ROWS, NearDuplicateFinder.DEFAULT_THRESHOLD);
  }

  /** Words per shingle. */
  public FindNearDuplicates withShingleWords(int shingleWords) {
    if (shingleWords < 1) {
      throw new IllegalArgumentException("shingle words must be at least 1, not " + shingleWords);
    }
    return new FindNearDuplicates(shingleWords, bands, rows, threshold);
  }

  /** LSH bands and rows per band: the signature has bands * rows MinHash values. */
  public FindNearDuplicates withBands(int bands, int rows) {
    new MinHashLsh(bands, rows);
    return new FindNearDuplicates(shingleWords, bands, rows, threshold);
  }

  /** The least Jaccard similarity of a pair's shingle sets for the pair to count as near-duplicates. */
  public FindNearDuplicates withThreshold(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1], not " + threshold);
    }
    return new FindNearDuplicates(shingleWords, bands, rows, threshold);
  }

  @Override
  public PCollection<DuplicateCopy> expand(PCollection<Article> articles) {
    PCollectionTuple sketched = articles.apply("SketchArticles",
        ParDo.of(new SketchArticleFn(shingleWords, new MinHashLsh(bands, rows)))
            .withOutputTags(MEMBERS, TupleTagList.of(BAND_KEYS)));
    PCollection<KV<String, GroupMember>> members =
        sketched.get(MEMBERS).setCoder(KvCoder.of(StringUtf8Coder.of(), GroupMemberCoder.of()));
    PCollection<KV<String, String>> candidates = sketched.get(BAND_KEYS)
        .setCoder(KvCoder.of(VarLongCoder.of(), StringUtf8Coder.of()))
        .apply("GroupByBandKey", GroupByKey.create())
        .apply("PairCandidates", ParDo.of(new PairCandidatesFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
    PCollection<KV<String, String>> componentOfDoc = candidates
        .apply("VerifyCandidates", VerifyCandidates.of(members, threshold))
        .apply("ConnectComponents", Combine.globally(new ConnectComponentsFn()))
        .apply("ToComponentOfDoc", FlatMapElements
            .into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings()))
            .via((Map<String, String> components) -> components.entrySet().stream()
                .map(entry -> KV.of(entry.getKey(), entry.getValue())).toList()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
    return KeyedPCollectionTuple.of(MEMBER, members).and(COMPONENT, componentOfDoc)
        .apply("JoinMembersToComponents", CoGroupByKey.create())
        .apply("KeyByComponent", ParDo.of(new KeyByComponentFn(MEMBER, COMPONENT)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), GroupMemberCoder.of()))
        .apply("GroupByComponent", GroupByKey.create())
        .apply("ChooseRepresentatives", ParDo.of(new ChooseRepresentativeFn()));
  }

  /** Article -> (doc_id, member with its shingle set), and (band key, doc_id) per band. */
  static class SketchArticleFn extends DoFn<Article, KV<String, GroupMember>> {
    private final Counter withoutWords = Metrics.counter(SketchArticleFn.class, "articlesWithoutWords");
    private final int shingleWords;
    private final MinHashLsh lsh;

    SketchArticleFn(int shingleWords, MinHashLsh lsh) {
      this.shingleWords = shingleWords;
      this.lsh = lsh;
    }

    @ProcessElement
    public void process(@Element Article article, MultiOutputReceiver out) {
      int[] shingles = WordShingles.of(article.getText(), shingleWords);
      if (shingles.length == 0) {
        withoutWords.inc();
        return;
      }
      Long published = article.getPublishedAt() == null ? null : article.getPublishedAt().getMillis();
      out.get(MEMBERS).output(KV.of(article.getDocId(), new GroupMember(article.getDocId(), published, shingles)));
      for (long key : lsh.bandKeys(shingles)) {
        out.get(BAND_KEYS).output(KV.of(key, article.getDocId()));
      }
    }
  }

  /** (band key, [doc_id]) -> candidate pairs (smaller id, larger id), by {@link CandidatePairs}. */
  static class PairCandidatesFn extends DoFn<KV<Long, Iterable<String>>, KV<String, String>> {
    private final Counter candidates = Metrics.counter(PairCandidatesFn.class, "candidatePairs");
    private final Counter largeBuckets = Metrics.counter(PairCandidatesFn.class, "largeBandBuckets");

    @ProcessElement
    public void process(@Element KV<Long, Iterable<String>> bucket, OutputReceiver<KV<String, String>> out) {
      List<String> docIds = new ArrayList<>();
      bucket.getValue().forEach(docIds::add);
      if (docIds.size() < 2) {
        return;
      }
      docIds.sort(null);
      if (CandidatePairs.isLarge(docIds.size())) {
        largeBuckets.inc();
      }
      for (String[] pair : CandidatePairs.ofBucket(docIds)) {
        candidates.inc();
        out.output(KV.of(pair[0], pair[1]));
      }
    }
  }

  /** (doc_id, {member, component}) -> (component, member) for members of a component. */
  static class KeyByComponentFn extends DoFn<KV<String, CoGbkResult>, KV<String, GroupMember>> {
    private final TupleTag<GroupMember> member;
    private final TupleTag<String> component;

    KeyByComponentFn(TupleTag<GroupMember> member, TupleTag<String> component) {
      this.member = member;
      this.component = component;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> joined, OutputReceiver<KV<String, GroupMember>> out) {
      String root = joined.getValue().getOnly(component, null);
      if (root != null) {
        out.output(KV.of(root, joined.getValue().getOnly(member)));
      }
    }
  }

  /** (component, [member]) -> a copy per member but the representative. */
  static class ChooseRepresentativeFn extends DoFn<KV<String, Iterable<GroupMember>>, DuplicateCopy> {
    private final Counter groups = Metrics.counter(ChooseRepresentativeFn.class, "duplicateGroups");
    private final Counter copies = Metrics.counter(ChooseRepresentativeFn.class, "duplicateCopies");

    @ProcessElement
    public void process(@Element KV<String, Iterable<GroupMember>> component, OutputReceiver<DuplicateCopy> out) {
      List<GroupMember> members = new ArrayList<>();
      component.getValue().forEach(members::add);
      groups.inc();
      for (GroupMember.Copy copy : GroupMember.copiesOf(members)) {
        copies.inc();
        out.output(DuplicateCopy.create(copy.docId(), copy.representativeId(), copy.similarity()));
      }
    }
  }
}
