package org.corpusanalytics.duplicates;

import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Distinct;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TupleTag;
import org.corpusanalytics.text.duplicates.GroupMember;
import org.corpusanalytics.text.duplicates.Jaccard;

/**
 * Candidate pairs (doc_id, doc_id) -> the distinct pairs whose shingle sets have a Jaccard similarity
 * of at least the threshold.
 *
 * <p>Two joins with the members bring each pair's two shingle sets together: pairs keyed by the
 * first id meet the first member, and are re-keyed by the second id to meet the second.
 */
class VerifyCandidates extends PTransform<PCollection<KV<String, String>>, PCollection<KV<String, String>>> {
  private static final TupleTag<GroupMember> MEMBER = new TupleTag<>() {};
  private static final TupleTag<String> SECOND = new TupleTag<>() {};
  private static final TupleTag<GroupMember> FIRST = new TupleTag<>() {};
  private final PCollection<KV<String, GroupMember>> members;
  private final double threshold;

  private VerifyCandidates(PCollection<KV<String, GroupMember>> members, double threshold) {
    this.members = members;
    this.threshold = threshold;
  }

  static VerifyCandidates of(PCollection<KV<String, GroupMember>> members, double threshold) {
    return new VerifyCandidates(members, threshold);
  }

  @Override
  public PCollection<KV<String, String>> expand(PCollection<KV<String, String>> candidates) {
    PCollection<KV<String, GroupMember>> firstBySecond = KeyedPCollectionTuple
        .of(MEMBER, members)
        .and(SECOND, candidates.apply("DistinctPairs", Distinct.create()))
        .apply("JoinFirstMember", CoGroupByKey.create())
        .apply("KeyBySecond", ParDo.of(new KeyBySecondFn(MEMBER, SECOND)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), GroupMemberCoder.of()));
    return KeyedPCollectionTuple.of(MEMBER, members).and(FIRST, firstBySecond)
        .apply("JoinSecondMember", CoGroupByKey.create())
        .apply("CompareShingles", ParDo.of(new CompareShinglesFn(MEMBER, FIRST, threshold)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
  }

  /** (first id, {first member, [second id]}) -> (second id, first member) per pair. */
  static class KeyBySecondFn extends DoFn<KV<String, CoGbkResult>, KV<String, GroupMember>> {
    private final TupleTag<GroupMember> member;
    private final TupleTag<String> second;

    KeyBySecondFn(TupleTag<GroupMember> member, TupleTag<String> second) {
      this.member = member;
      this.second = second;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> joined, OutputReceiver<KV<String, GroupMember>> out) {
      GroupMember firstMember = joined.getValue().getOnly(member);
      for (String secondId : joined.getValue().getAll(second)) {
        out.output(KV.of(secondId, firstMember));
      }
    }
  }

  /** (second id, {second member, [first member]}) -> (first id, second id) when similar enough. */
  static class CompareShinglesFn extends DoFn<KV<String, CoGbkResult>, KV<String, String>> {
    private final Counter verified = Metrics.counter(CompareShinglesFn.class, "pairsVerified");
    private final Counter rejected = Metrics.counter(CompareShinglesFn.class, "pairsBelowThreshold");
    private final TupleTag<GroupMember> member;
    private final TupleTag<GroupMember> first;
    private final double threshold;

    CompareShinglesFn(TupleTag<GroupMember> member, TupleTag<GroupMember> first, double threshold) {
      this.member = member;
      this.first = first;
      this.threshold = threshold;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> joined, OutputReceiver<KV<String, String>> out) {
      Iterable<GroupMember> firsts = joined.getValue().getAll(first);
      if (!firsts.iterator().hasNext()) {
        return;
      }
      GroupMember secondMember = joined.getValue().getOnly(member);
      for (GroupMember firstMember : firsts) {
        if (Jaccard.of(firstMember.shingles(), secondMember.shingles()) >= threshold) {
          verified.inc();
          out.output(KV.of(firstMember.docId(), secondMember.docId()));
        } else {
          rejected.inc();
        }
      }
    }
  }
}
