package org.corpusanalytics.duplicates;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.corpusanalytics.model.Article;
import org.corpusanalytics.model.DuplicateCopy;
import org.corpusanalytics.testing.TestPipelines;
import org.corpusanalytics.text.duplicates.GroupMember;
import org.corpusanalytics.text.duplicates.NearDuplicateEvaluation;
import org.corpusanalytics.text.duplicates.NearDuplicateFinder;
import org.corpusanalytics.text.duplicates.SyndicatedCorpus;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Floors on the held-out folders of the generated syndication corpus (settings were tuned on the
 * other folders): pair precision at least 0.95 and recall at least 0.90 for the in-memory finder;
 * the Beam composite must find exactly the same copies (checked on the first
 * {@value #COMPOSITE_DOCUMENTS} documents, which keeps the DirectRunner's per-element checks quick).
 */
class NearDuplicateQualityTest {
  private static final int COMPOSITE_DOCUMENTS = 500;
  private static SyndicatedCorpus.Labelled heldOut;
  private static List<GroupMember.Copy> expected;

  @BeforeAll
  static void generate() throws Exception {
    Assumptions.assumeTrue(SyndicatedCorpus.isPresent(), SyndicatedCorpus.BBC + " is absent: skipped");
    heldOut = SyndicatedCorpus.generate(SyndicatedCorpus.read(SyndicatedCorpus.TEST_FOLDERS), NearDuplicateEvaluation.SEED);
    expected = NearDuplicateFinder.defaults().copies(heldOut.documents());
  }

  @Test
  void heldOutPairPrecisionAndRecallMeetTheFloors() {
    NearDuplicateEvaluation.Score score = NearDuplicateEvaluation.score(heldOut, expected);
    assertTrue(score.truePairs() > 500, "the corpus has copies to find: " + score);
    assertTrue(score.precision() >= 0.95, "precision " + score);
    assertTrue(score.recall() >= 0.90, "recall " + score);
  }

  @Test
  void theCompositeFindsTheSameCopiesAsTheInMemoryFinder() {
    Pipeline pipeline = TestPipelines.direct();
    List<NearDuplicateFinder.Document> documents = heldOut.documents().subList(0, COMPOSITE_DOCUMENTS);
    List<GroupMember.Copy> inMemory = NearDuplicateFinder.defaults().copies(documents);
    List<Article> articles = documents.stream()
        .map(document -> Article.builder().setDocId(document.docId()).setSource(document.docId())
            .setText(document.text()).build())
        .toList();

    PCollection<DuplicateCopy> copies = pipeline.apply(Create.of(articles)).apply(FindNearDuplicates.create());

    PAssert.that(copies).containsInAnyOrder(inMemory.stream()
        .map(copy -> DuplicateCopy.create(copy.docId(), copy.representativeId(), copy.similarity()))
        .toList());
    pipeline.run().waitUntilFinish();
    assertTrue(inMemory.size() > 100, "the sample has copies: " + inMemory.size());
  }
}
