package org.corpusanalytics.duplicates;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.corpusanalytics.text.duplicates.GroupMember;
import org.corpusanalytics.text.duplicates.Jaccard;

/**
 * Candidate pairs (doc_id, doc_id) -> the distinct pairs whose shingle sets have a Jaccard similarity
 * of at least the threshold.
 *
 * <p>Two joins with the members, by doc-id bucket, bring each pair's two shingle sets together:
 * pairs go to the bucket of their first id to meet the first member, then to the bucket of their
 * second id to meet the second. Every copy of a pair lands in that one bucket, so duplicates are
 * dropped there.
 */
class VerifyCandidates extends PTransform<PCollection<KV<String, String>>, PCollection<KV<String, String>>> {
  private static final TupleTag<GroupMember> MEMBER = new TupleTag<>() {};
  private static final TupleTag<KV<String, String>> PAIR = new TupleTag<>() {};
  private static final TupleTag<KV<String, GroupMember>> FIRST = new TupleTag<>() {};

  private final PCollection<KV<Integer, GroupMember>> members;
  private final double threshold;
  private final int buckets;

  private VerifyCandidates(PCollection<KV<Integer, GroupMember>> members, double threshold, int buckets) {
    this.members = members;
    this.threshold = threshold;
    this.buckets = buckets;
  }

  /** With the members keyed by the bucket of their doc id ({@link FindNearDuplicates#bucketOf}). */
  static VerifyCandidates of(PCollection<KV<Integer, GroupMember>> members, double threshold, int buckets) {
    return new VerifyCandidates(members, threshold, buckets);
  }

  @Override
  public PCollection<KV<String, String>> expand(PCollection<KV<String, String>> candidates) {
    int n = buckets;
    PCollection<KV<Integer, KV<String, String>>> byFirst = candidates
        .apply("KeyByFirstBucket", MapElements
            .into(TypeDescriptors.kvs(TypeDescriptors.integers(),
                TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings())))
            .via((KV<String, String> pair) -> KV.of(FindNearDuplicates.bucketOf(pair.getKey(), n), pair)))
        .setCoder(KvCoder.of(VarIntCoder.of(), KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())));
    PCollection<KV<Integer, KV<String, GroupMember>>> bySecond = KeyedPCollectionTuple
        .of(MEMBER, members).and(PAIR, byFirst)
        .apply("JoinFirstMember", CoGroupByKey.create())
        .apply("AttachFirstMember", ParDo.of(new AttachFirstMemberFn(n)))
        .setCoder(KvCoder.of(VarIntCoder.of(), KvCoder.of(StringUtf8Coder.of(), GroupMemberCoder.of())));
    return KeyedPCollectionTuple.of(MEMBER, members).and(FIRST, bySecond)
        .apply("JoinSecondMember", CoGroupByKey.create())
        .apply("CompareShingles", ParDo.of(new CompareShinglesFn(threshold)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
  }

  private static Map<String, GroupMember> byDocId(Iterable<GroupMember> members) {
    Map<String, GroupMember> byDocId = new HashMap<>();
    members.forEach(member -> byDocId.put(member.docId(), member));
    return byDocId;
  }

  /** (bucket, {[member], [(first, second)]}) -> (second's bucket, (second, first member)) per pair. */
  static class AttachFirstMemberFn extends DoFn<KV<Integer, CoGbkResult>, KV<Integer, KV<String, GroupMember>>> {
    private final int buckets;

    AttachFirstMemberFn(int buckets) {
      this.buckets = buckets;
    }

    @ProcessElement
    public void process(@Element KV<Integer, CoGbkResult> joined,
        OutputReceiver<KV<Integer, KV<String, GroupMember>>> out) {
      Iterable<KV<String, String>> pairs = joined.getValue().getAll(PAIR);
      if (!pairs.iterator().hasNext()) {
        return;
      }
      Map<String, GroupMember> members = byDocId(joined.getValue().getAll(MEMBER));
      for (KV<String, String> pair : pairs) {
        out.output(KV.of(FindNearDuplicates.bucketOf(pair.getValue(), buckets),
            KV.of(pair.getValue(), members.get(pair.getKey()))));
      }
    }
  }

  /** (bucket, {[member], [(second, first member)]}) -> (first id, second id) when similar enough. */
  static class CompareShinglesFn extends DoFn<KV<Integer, CoGbkResult>, KV<String, String>> {
    private final Counter verified = Metrics.counter(CompareShinglesFn.class, "pairsVerified");
    private final Counter rejected = Metrics.counter(CompareShinglesFn.class, "pairsBelowThreshold");
    private final double threshold;

    CompareShinglesFn(double threshold) {
      this.threshold = threshold;
    }

    @ProcessElement
    public void process(@Element KV<Integer, CoGbkResult> joined, OutputReceiver<KV<String, String>> out) {
      Iterable<KV<String, GroupMember>> halves = joined.getValue().getAll(FIRST);
      if (!halves.iterator().hasNext()) {
        return;
      }
      Map<String, GroupMember> members = byDocId(joined.getValue().getAll(MEMBER));
      Set<List<String>> compared = new HashSet<>();
      for (KV<String, GroupMember> half : halves) {
        GroupMember first = half.getValue();
        if (!compared.add(List.of(first.docId(), half.getKey()))) {
          continue;
        }
        if (Jaccard.of(first.shingles(), members.get(half.getKey()).shingles()) >= threshold) {
          verified.inc();
          out.output(KV.of(first.docId(), half.getKey()));
        } else {
          rejected.inc();
        }
      }
    }
  }
}
