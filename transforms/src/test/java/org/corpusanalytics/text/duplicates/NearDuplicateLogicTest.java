package org.corpusanalytics.text.duplicates;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Shingles, Jaccard, MinHash banding, components and representatives, against hand counts. */
class NearDuplicateLogicTest {

  @Test
  void shinglesAreDistinctRunsOfWordsIgnoringCaseWrappingAndPunctuation() {
    assertEquals(5, WordShingles.of("The cat sat on the mat", 2).length);
    // "the cat", "cat the", "the cat": two distinct.
    assertEquals(2, WordShingles.of("the cat. THE\ncat", 2).length);
    assertArrayEquals(WordShingles.of("Zürich's façade, rebuilt", 2), WordShingles.of("zürich  S\nFAÇADE -- rebuilt!", 2));
    assertEquals(1, WordShingles.of("two words", 5).length, "shorter than a shingle: one shingle");
    assertEquals(0, WordShingles.of("", 5).length);
    assertEquals(0, WordShingles.of(" \n\t— …", 5).length);
    assertThrows(IllegalArgumentException.class, () -> WordShingles.of("a", 0));
  }

  @Test
  void shinglesOfAVeryLongTextAreBoundedByItsWords() {
    String text = IntStream.range(0, 200_000).mapToObj(i -> "w" + (i % 1000))
        .collect(java.util.stream.Collectors.joining(" "));
    // The word sequence repeats every 1000 words, so there are exactly 1000 distinct 3-word shingles.
    assertEquals(1000, WordShingles.of(text, 3).length);
  }

  @Test
  void jaccardIsSharedOverUnion() {
    assertEquals(0.5, Jaccard.of(new int[] {1, 2, 3}, new int[] {2, 3, 4}));
    assertEquals(1.0, Jaccard.of(new int[] {-7, 5}, new int[] {-7, 5}));
    assertEquals(0.0, Jaccard.of(new int[] {}, new int[] {}));
    assertEquals(0.0, Jaccard.of(new int[] {1}, new int[] {}));
    // {ab, bc, cd, de} and {ab, bc, cd, df}: 3 shared of 5.
    assertEquals(0.6, Jaccard.of(WordShingles.of("a b c d e", 2), WordShingles.of("a b c d f", 2)), 1e-12);
  }

  @Test
  void minHashValuesAgreeAboutAsOftenAsTheSetsJaccardSimilarity() {
    MinHashLsh lsh = new MinHashLsh(100, 4);
    // 300 shared, 100 + 100 own: Jaccard 300 / 500 = 0.6; each of 400 values agrees with
    // probability 0.6, so the share lies within 0.6 +- 0.075 (3 standard deviations).
    int[] a = IntStream.range(0, 400).toArray();
    int[] b = IntStream.range(100, 500).toArray();
    long[] signatureA = lsh.signature(a);
    long[] signatureB = lsh.signature(b);
    long agreeing = IntStream.range(0, signatureA.length).filter(i -> signatureA[i] == signatureB[i]).count();
    assertEquals(0.6, agreeing / 400.0, 0.075);
  }

  @Test
  void bandKeysAreEqualForEqualSetsAndAbsentForEmptyOnes() {
    MinHashLsh lsh = new MinHashLsh(20, 5);
    int[] set = WordShingles.of("one two three four five six seven eight", 3);
    assertArrayEquals(lsh.bandKeys(set), new MinHashLsh(20, 5).bandKeys(set.clone()));
    assertEquals(20, lsh.bandKeys(set).length);
    assertEquals(0, lsh.bandKeys(new int[0]).length);
    long[] disjoint = lsh.bandKeys(WordShingles.of("nine ten eleven twelve thirteen fourteen", 3));
    assertEquals(0, IntStream.range(0, 20).filter(band -> disjoint[band] == lsh.bandKeys(set)[band]).count());
    assertThrows(IllegalArgumentException.class, () -> new MinHashLsh(0, 5));
  }

  @Test
  void componentsAreRootedAtTheirSmallestIdWhateverTheEdgeOrder() {
    List<String[]> edges = List.of(new String[] {"c", "d"}, new String[] {"y", "x"}, new String[] {"d", "b"},
        new String[] {"b", "a"}, new String[] {"e", "c"});
    Map<String, String> expected = Map.of("a", "a", "b", "a", "c", "a", "d", "a", "e", "a", "x", "x", "y", "x");
    UnionFind inOrder = new UnionFind();
    edges.forEach(edge -> inOrder.union(edge[0], edge[1]));
    assertEquals(expected, inOrder.components());
    List<String[]> reversed = new ArrayList<>(edges);
    java.util.Collections.reverse(reversed);
    UnionFind first = new UnionFind();
    UnionFind second = new UnionFind();
    for (int i = 0; i < reversed.size(); i++) {
      (i % 2 == 0 ? first : second).union(reversed.get(i)[0], reversed.get(i)[1]);
    }
    UnionFind merged = UnionFind.ofLinks(second.links());
    merged.addAll(UnionFind.ofLinks(first.links()));
    assertEquals(expected, merged.components());
  }

  @Test
  void theRepresentativeIsTheEarliestDatedThenTheSmallestId() {
    int[] shared = {1, 2, 3, 4};
    GroupMember undated = new GroupMember("a", null, shared);
    GroupMember late = new GroupMember("b", 2_000L, new int[] {1, 2, 3});
    GroupMember earlyZ = new GroupMember("z", 1_000L, shared);
    GroupMember earlyY = new GroupMember("y", 1_000L, new int[] {1, 2, 3, 4, 5, 6});
    assertEquals(List.of(new GroupMember.Copy("a", "y", 4 / 6.0), new GroupMember.Copy("b", "y", 3 / 6.0),
            new GroupMember.Copy("z", "y", 4 / 6.0)),
        GroupMember.copiesOf(List.of(undated, late, earlyZ, earlyY)));
    assertEquals(List.of(new GroupMember.Copy("b", "a", 0.75)),
        GroupMember.copiesOf(List.of(new GroupMember("b", null, shared), new GroupMember("a", null, new int[] {1, 2, 3}))));
  }
}
