package org.corpusanalytics.duplicates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
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
 * <p>Every grouping is by a hash of its key into a fixed number of buckets (band keys, doc ids,
 * components), as in the job's other steps: a key per article would make one unit of work per
 * article on the DirectRunner. Each bucket holds about 1/buckets of the articles' shingle sets.
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
  public static final int DEFAULT_BUCKETS = 8;

  private static final TupleTag<KV<Integer, GroupMember>> MEMBERS = new TupleTag<>() {};
  private static final TupleTag<KV<Integer, KV<Long, String>>> BAND_KEYS = new TupleTag<>() {};
  private static final TupleTag<GroupMember> MEMBER = new TupleTag<>() {};
  private static final TupleTag<KV<String, String>> COMPONENT = new TupleTag<>() {};

  private final int shingleWords;
  private final int bands;
  private final int rows;
  private final double threshold;
  private final int buckets;

  private FindNearDuplicates(int shingleWords, int bands, int rows, double threshold, int buckets) {
    this.shingleWords = shingleWords;
    this.bands = bands;
    this.rows = rows;
    this.threshold = threshold;
    this.buckets = buckets;
  }

  public static FindNearDuplicates create() {
    return new FindNearDuplicates(NearDuplicateFinder.DEFAULT_SHINGLE_WORDS, NearDuplicateFinder.DEFAULT_BANDS,
        NearDuplicateFinder.DEFAULT_ROWS, NearDuplicateFinder.DEFAULT_THRESHOLD, DEFAULT_BUCKETS);
  }

  /** Words per shingle. */
  public FindNearDuplicates withShingleWords(int shingleWords) {
    if (shingleWords < 1) {
      throw new IllegalArgumentException("shingle words must be at least 1, not " + shingleWords);
    }
    return new FindNearDuplicates(shingleWords, bands, rows, threshold, buckets);
  }

  /** LSH bands and rows per band: the signature has bands * rows MinHash values. */
  public FindNearDuplicates withBands(int bands, int rows) {
    new MinHashLsh(bands, rows);
    return new FindNearDuplicates(shingleWords, bands, rows, threshold, buckets);
  }

  /** The least Jaccard similarity of a pair's shingle sets for the pair to count as near-duplicates. */
  public FindNearDuplicates withThreshold(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1], not " + threshold);
    }
    return new FindNearDuplicates(shingleWords, bands, rows, threshold, buckets);
  }

  /** How many groups keys are hashed into between steps; each must fit in one worker's memory. */
  public FindNearDuplicates withBuckets(int buckets) {
    if (buckets < 1) {
      throw new IllegalArgumentException("buckets must be at least 1, not " + buckets);
    }
    return new FindNearDuplicates(shingleWords, bands, rows, threshold, buckets);
  }

  int buckets() {
    return buckets;
  }

  /** The bucket of a doc id: String.hashCode is fixed by the language, so the same on every worker. */
  static int bucketOf(String docId, int buckets) {
    return Math.floorMod(docId.hashCode(), buckets);
  }

  @Override
  public PCollection<DuplicateCopy> expand(PCollection<Article> articles) {
    int n = buckets;
    PCollectionTuple sketched = articles.apply("SketchArticles",
        ParDo.of(new SketchArticleFn(shingleWords, new MinHashLsh(bands, rows), n))
            .withOutputTags(MEMBERS, TupleTagList.of(BAND_KEYS)));
    PCollection<KV<Integer, GroupMember>> members =
        sketched.get(MEMBERS).setCoder(KvCoder.of(VarIntCoder.of(), GroupMemberCoder.of()));
    PCollection<KV<String, String>> candidates = sketched.get(BAND_KEYS)
        .setCoder(KvCoder.of(VarIntCoder.of(), KvCoder.of(VarLongCoder.of(), StringUtf8Coder.of())))
        .apply("GroupByBandBucket", GroupByKey.create())
        .apply("PairCandidates", ParDo.of(new PairCandidatesFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
    PCollection<KV<Integer, KV<String, String>>> componentOfDoc = candidates
        .apply("VerifyCandidates", VerifyCandidates.of(members, threshold, n))
        .apply("ConnectComponents", Combine.globally(new ConnectComponentsFn()))
        .apply("ToComponentOfDoc", FlatMapElements
            .into(TypeDescriptors.kvs(TypeDescriptors.integers(),
                TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings())))
            .via((Map<String, String> components) -> components.entrySet().stream()
                .map(entry -> KV.of(bucketOf(entry.getKey(), n), KV.of(entry.getKey(), entry.getValue()))).toList()))
        .setCoder(KvCoder.of(VarIntCoder.of(), KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())));
    return KeyedPCollectionTuple.of(MEMBER, members).and(COMPONENT, componentOfDoc)
        .apply("JoinMembersToComponents", CoGroupByKey.create())
        .apply("KeyByComponent", ParDo.of(new KeyByComponentFn(MEMBER, COMPONENT, n)))
        .setCoder(KvCoder.of(VarIntCoder.of(), KvCoder.of(StringUtf8Coder.of(), GroupMemberCoder.of())))
        .apply("GroupByComponentBucket", GroupByKey.create())
        .apply("ChooseRepresentatives", ParDo.of(new ChooseRepresentativeFn()));
  }

  /** Article -> (bucket, member with its shingle set), and (bucket, (band key, doc_id)) per band. */
  static class SketchArticleFn extends DoFn<Article, KV<Integer, GroupMember>> {
    private final Counter withoutWords = Metrics.counter(SketchArticleFn.class, "articlesWithoutWords");
    private final int shingleWords;
    private final MinHashLsh lsh;
    private final int buckets;

    SketchArticleFn(int shingleWords, MinHashLsh lsh, int buckets) {
      this.shingleWords = shingleWords;
      this.lsh = lsh;
      this.buckets = buckets;
    }

    @ProcessElement
    public void process(@Element Article article, MultiOutputReceiver out) {
      int[] shingles = WordShingles.of(article.getText(), shingleWords);
      if (shingles.length == 0) {
        withoutWords.inc();
        return;
      }
      String docId = article.getDocId();
      Long published = article.getPublishedAt() == null ? null : article.getPublishedAt().getMillis();
      out.get(MEMBERS).output(KV.of(bucketOf(docId, buckets), new GroupMember(docId, published, shingles)));
      for (long key : lsh.bandKeys(shingles)) {
        out.get(BAND_KEYS).output(KV.of(Math.floorMod(Long.hashCode(key), buckets), KV.of(key, docId)));
      }
    }
  }

  /**
   * (bucket, [(band key, doc_id)]) -> candidate pairs (smaller id, larger id) of each band key, by
   * {@link CandidatePairs}; each pair once per bucket.
   */
  static class PairCandidatesFn extends DoFn<KV<Integer, Iterable<KV<Long, String>>>, KV<String, String>> {
    private final Counter candidates = Metrics.counter(PairCandidatesFn.class, "candidatePairs");
    private final Counter largeBuckets = Metrics.counter(PairCandidatesFn.class, "largeBandBuckets");

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<KV<Long, String>>> bucket, OutputReceiver<KV<String, String>> out) {
      Map<Long, List<String>> docIdsByBandKey = new HashMap<>();
      for (KV<Long, String> entry : bucket.getValue()) {
        docIdsByBandKey.computeIfAbsent(entry.getKey(), key -> new ArrayList<>()).add(entry.getValue());
      }
      Set<List<String>> emitted = new HashSet<>();
      for (List<String> docIds : docIdsByBandKey.values()) {
        if (docIds.size() < 2) {
          continue;
        }
        docIds.sort(null);
        if (CandidatePairs.isLarge(docIds.size())) {
          largeBuckets.inc();
        }
        for (String[] pair : CandidatePairs.ofBucket(docIds)) {
          if (emitted.add(List.of(pair))) {
            candidates.inc();
            out.output(KV.of(pair[0], pair[1]));
          }
        }
      }
    }
  }

  /** (bucket, {[member], [(doc_id, component)]}) -> (component's bucket, (component, member)). */
  static class KeyByComponentFn extends DoFn<KV<Integer, CoGbkResult>, KV<Integer, KV<String, GroupMember>>> {
    private final TupleTag<GroupMember> member;
    private final TupleTag<KV<String, String>> component;
    private final int buckets;

    KeyByComponentFn(TupleTag<GroupMember> member, TupleTag<KV<String, String>> component, int buckets) {
      this.member = member;
      this.component = component;
      this.buckets = buckets;
    }

    @ProcessElement
    public void process(@Element KV<Integer, CoGbkResult> joined,
        OutputReceiver<KV<Integer, KV<String, GroupMember>>> out) {
      Map<String, String> componentOfDoc = new HashMap<>();
      joined.getValue().getAll(component).forEach(entry -> componentOfDoc.put(entry.getKey(), entry.getValue()));
      if (componentOfDoc.isEmpty()) {
        return;
      }
      for (GroupMember candidate : joined.getValue().getAll(member)) {
        String root = componentOfDoc.get(candidate.docId());
        if (root != null) {
          out.output(KV.of(bucketOf(root, buckets), KV.of(root, candidate)));
        }
      }
    }
  }

  /** (bucket, [(component, member)]) -> a copy per member but the representative, per component. */
  static class ChooseRepresentativeFn extends DoFn<KV<Integer, Iterable<KV<String, GroupMember>>>, DuplicateCopy> {
    private final Counter groups = Metrics.counter(ChooseRepresentativeFn.class, "duplicateGroups");
    private final Counter copies = Metrics.counter(ChooseRepresentativeFn.class, "duplicateCopies");

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<KV<String, GroupMember>>> bucket,
        OutputReceiver<DuplicateCopy> out) {
      Map<String, List<GroupMember>> components = new TreeMap<>();
      for (KV<String, GroupMember> entry : bucket.getValue()) {
        components.computeIfAbsent(entry.getKey(), root -> new ArrayList<>()).add(entry.getValue());
      }
      for (List<GroupMember> members : components.values()) {
        groups.inc();
        for (GroupMember.Copy copy : GroupMember.copiesOf(members)) {
          copies.inc();
          out.output(DuplicateCopy.create(copy.docId(), copy.representativeId(), copy.similarity()));
        }
      }
    }
  }
}
