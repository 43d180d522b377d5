package org.corpusanalytics.text.duplicates;

import java.util.Comparator;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * An article of a near-duplicate group: its id, publication time (epoch milliseconds, null when
 * unknown) and sorted shingle hashes.
 *
 * <p>The group's representative is the first member in {@link #REPRESENTATIVE_FIRST} order: the
 * earliest publication time (an article without one comes after every dated article), then the
 * smallest doc id.
 */
public record GroupMember(String docId, @Nullable Long publishedMillis, int[] shingles) {
  public static final Comparator<GroupMember> REPRESENTATIVE_FIRST = Comparator
      .comparing(GroupMember::publishedMillis, Comparator.nullsLast(Comparator.<Long>naturalOrder()))
      .thenComparing(GroupMember::docId);

  /** A copy in a group: its id, its representative's id and their Jaccard similarity. */
  public record Copy(String docId, String representativeId, double similarity) {}

  /** The copies of a group of two or more members, each against the group's representative. */
  public static List<Copy> copiesOf(List<GroupMember> group) {
    GroupMember representative = group.stream().min(REPRESENTATIVE_FIRST).orElseThrow();
    return group.stream()
        .filter(member -> member != representative)
        .sorted(Comparator.comparing(GroupMember::docId))
        .map(member -> new Copy(member.docId(), representative.docId(),
            Jaccard.of(member.shingles(), representative.shingles())))
        .toList();
  }
}
