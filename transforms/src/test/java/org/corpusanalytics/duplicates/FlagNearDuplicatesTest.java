package org.corpusanalytics.duplicates;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.corpusanalytics.model.Article;
import org.corpusanalytics.model.DuplicateCopy;
import org.corpusanalytics.testing.TestPipelines;
import org.joda.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Texts of distinct synthetic words and 5-word shingles, so every shingle is distinct and similarities are hand
 * counts: a 60-word text has 56 shingles; appending 2 words adds 2 shingles; changing one word
 * inside replaces 5.
 */
class FlagNearDuplicatesTest {
  private static final FindNearDuplicates FIVE_WORDS = FindNearDuplicates.create().withShingleWords(5);
  private static final String STORY = words("story", 60);
  private static final String OTHER = words("other", 60);

  private static String words(String stem, int count) {
    return IntStream.range(0, count).mapToObj(i -> stem + i).collect(Collectors.joining(" "));
  }

  private static Article article(String docId, Instant publishedAt, String text) {
    return Article.builder().setDocId(docId).setSource(docId + ".txt").setPublishedAt(publishedAt).setText(text).build();
  }

  private static final Article LATER = article("a1", Instant.parse("2024-01-02T00:00:00Z"), STORY);
  /** Re-wrapped, with a credit line: 56 + 2 shingles, 56 shared with LATER. */
  private static final Article EARLIER = article("a2", Instant.parse("2024-01-01T00:00:00Z"),
      STORY.replace(" story30 ", "\nstory30\n") + "\n\nReuters contributed");
  /** One word changed (story30): 56 shingles, 51 shared with STORY, 51 with EARLIER (union 56 + 58 - 51). */
  private static final Article UNDATED = article("b", null, STORY.replace("story30", "changed"));
  private static final Article UNRELATED = article("c", null, OTHER);
  /** Shares a 15-word paragraph with OTHER: 11 of 56 + 56 - 11 shingles, far below the threshold. */
  private static final Article SHARED_PARAGRAPH = article("d", null, words("other", 15) + "\n\n" + words("fresh", 45));
  private static final Article NO_WORDS = article("e", null, "— … —");
  private static final Article SAME_DAY_Z = article("p-z", Instant.parse("2024-02-01T00:00:00Z"), OTHER.toUpperCase()
      .replace("OTHER59", "OTHER59 STAFF"));
  private static final Article SAME_DAY_Y = article("p-y", Instant.parse("2024-02-01T00:00:00Z"),
      OTHER.replace("other0 ", "other0, "));

  private static final List<Article> ARTICLES =
      List.of(LATER, EARLIER, UNDATED, UNRELATED, SHARED_PARAGRAPH, NO_WORDS, SAME_DAY_Z, SAME_DAY_Y);

  @Test
  void findsEachCopyWithItsRepresentativeAndExactSimilarity() {
    Pipeline pipeline = TestPipelines.direct();

    PCollection<DuplicateCopy> copies = pipeline.apply(Create.of(ARTICLES)).apply(FIVE_WORDS);

    // OTHER, p-y (same words) and p-z (one word added at the end: 56 + 1 shingles) form one
    // group; p-y and p-z are dated, c is not, so p-y (same date as p-z, smaller id) represents it.
    PAssert.that(copies).containsInAnyOrder(
        DuplicateCopy.create("a1", "a2", 56.0 / 58),
        DuplicateCopy.create("b", "a2", 51.0 / 63),
        DuplicateCopy.create("c", "p-y", 1.0),
        DuplicateCopy.create("p-z", "p-y", 56.0 / 57));
    pipeline.run().waitUntilFinish();
  }

  @Test
  void marksCopiesAndPassesEveryOtherArticleThroughUnchanged() {
    Pipeline pipeline = TestPipelines.direct();

    PCollection<Article> flagged = pipeline.apply(Create.of(ARTICLES)).apply(FlagNearDuplicates.using(FIVE_WORDS));

    PAssert.that(flagged).containsInAnyOrder(
        LATER.toBuilder().setDuplicateOf("a2").setDuplicateSimilarity(56.0 / 58).build(),
        EARLIER,
        UNDATED.toBuilder().setDuplicateOf("a2").setDuplicateSimilarity(51.0 / 63).build(),
        UNRELATED.toBuilder().setDuplicateOf("p-y").setDuplicateSimilarity(1.0).build(),
        SHARED_PARAGRAPH,
        NO_WORDS,
        SAME_DAY_Z.toBuilder().setDuplicateOf("p-y").setDuplicateSimilarity(56.0 / 57).build(),
        SAME_DAY_Y);
    pipeline.run().waitUntilFinish();
  }

  @Test
  void aCopyJoinsItsGroupThroughAnotherCopy() {
    Pipeline pipeline = TestPipelines.direct();

    PCollection<DuplicateCopy> copies = pipeline.apply(Create.of(LATER, EARLIER, UNDATED))
        .apply(FIVE_WORDS.withThreshold(0.82));

    // a1 ~ a2 (56/58 = 0.966) and b ~ a1 (51/61 = 0.836) reach 0.82, b ~ a2 (51/63 = 0.810) does
    // not: b joins through a1, and its similarity is still measured against the representative a2.
    PAssert.that(copies).containsInAnyOrder(
        DuplicateCopy.create("a1", "a2", 56.0 / 58),
        DuplicateCopy.create("b", "a2", 51.0 / 63));
    pipeline.run().waitUntilFinish();
  }

  @Test
  void aThresholdAboveAPairsSimilarityLeavesItApart() {
    Pipeline pipeline = TestPipelines.direct();

    PCollection<DuplicateCopy> copies = pipeline.apply(Create.of(LATER, EARLIER, UNDATED))
        .apply(FIVE_WORDS.withThreshold(0.9));

    PAssert.that(copies).containsInAnyOrder(DuplicateCopy.create("a1", "a2", 56.0 / 58));
    pipeline.run().waitUntilFinish();
  }

  @Test
  void aBucketLargerThanAllPairsStillConnectsEveryCopy() {
    Pipeline pipeline = TestPipelines.direct();
    int copiesCount = org.corpusanalytics.text.duplicates.CandidatePairs.MAX_ALL_PAIRS + 10;
    List<Article> many = IntStream.range(0, copiesCount + 1)
        .mapToObj(i -> article(String.format("x%03d", i), null, STORY))
        .toList();

    PCollection<DuplicateCopy> copies = pipeline.apply(Create.of(many)).apply(FIVE_WORDS);

    PAssert.that(copies).containsInAnyOrder(IntStream.range(1, copiesCount + 1)
        .mapToObj(i -> DuplicateCopy.create(String.format("x%03d", i), "x000", 1.0))
        .toList());
    pipeline.run().waitUntilFinish();
  }

  @Test
  void rejectsBadSettings() {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> FindNearDuplicates.create().withThreshold(0));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> FindNearDuplicates.create().withBands(0, 5));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> FindNearDuplicates.create().withShingleWords(0));
  }
}
