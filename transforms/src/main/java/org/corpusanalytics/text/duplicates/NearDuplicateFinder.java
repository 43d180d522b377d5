package org.corpusanalytics.text.duplicates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Near-duplicate groups of a collection held in memory, by the same steps and settings as the
 * Beam composite {@code FindNearDuplicates}: word shingles, MinHash LSH buckets, candidate pairs
 * verified by exact Jaccard similarity, connected components, the earliest-then-smallest-id
 * representative. For evaluation and the single-JVM benchmark baseline.
 *
 * @param shingleWords words per shingle
 * @param lsh bands and rows of the MinHash signature
 * @param threshold least Jaccard similarity of a verified pair
 */
public record NearDuplicateFinder(int shingleWords, MinHashLsh lsh, double threshold) {
  /**
   * Chosen for the best pair F1 on the tune folders of the generated syndication corpus (README
   * "Near-duplicates"). With 32 bands of 4 rows a pair becomes a candidate with probability 0.50
   * at Jaccard 0.42 and 0.98 at 0.6, so the LSH step loses few pairs the threshold would keep.
   */
  public static final int DEFAULT_SHINGLE_WORDS = 4;
  public static final int DEFAULT_BANDS = 32;
  public static final int DEFAULT_ROWS = 4;
  public static final double DEFAULT_THRESHOLD = 0.4;

  public static NearDuplicateFinder defaults() {
    return new NearDuplicateFinder(DEFAULT_SHINGLE_WORDS, new MinHashLsh(DEFAULT_BANDS, DEFAULT_ROWS), DEFAULT_THRESHOLD);
  }

  /** One article: id, publication time (epoch millis, or null) and text. */
  public record Document(String docId, Long publishedMillis, String text) {}

  /** The copies of every group, each against its representative, in doc id order. */
  public List<GroupMember.Copy> copies(List<Document> documents) {
    Map<String, GroupMember> members = new HashMap<>();
    Map<Long, List<String>> buckets = new HashMap<>();
    for (Document document : documents) {
      int[] shingles = WordShingles.of(document.text(), shingleWords);
      if (shingles.length == 0) {
        continue;
      }
      members.put(document.docId(), new GroupMember(document.docId(), document.publishedMillis(), shingles));
      for (long key : lsh.bandKeys(shingles)) {
        buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(document.docId());
      }
    }
    Set<List<String>> candidates = new LinkedHashSet<>();
    for (List<String> bucket : buckets.values()) {
      if (bucket.size() > 1) {
        bucket.sort(null);
        CandidatePairs.ofBucket(bucket).forEach(pair -> candidates.add(List.of(pair)));
      }
    }
    UnionFind components = new UnionFind();
    for (List<String> pair : candidates) {
      if (Jaccard.of(members.get(pair.get(0)).shingles(), members.get(pair.get(1)).shingles()) >= threshold) {
        components.union(pair.get(0), pair.get(1));
      }
    }
    Map<String, List<GroupMember>> groups = new TreeMap<>();
    components.components().forEach((docId, root) ->
        groups.computeIfAbsent(root, r -> new ArrayList<>()).add(members.get(docId)));
    List<GroupMember.Copy> copies = new ArrayList<>();
    groups.values().forEach(group -> copies.addAll(GroupMember.copiesOf(group)));
    copies.sort(java.util.Comparator.comparing(GroupMember.Copy::docId));
    return copies;
  }
}
