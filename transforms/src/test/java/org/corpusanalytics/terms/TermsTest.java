package org.corpusanalytics.terms;

import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.corpusanalytics.model.Article;
import org.corpusanalytics.model.Sentence;
import org.corpusanalytics.model.TermCount;
import org.corpusanalytics.model.Token;
import org.corpusanalytics.model.TokenizedArticle;
import org.corpusanalytics.model.VocabularyEntry;
import org.corpusanalytics.testing.TestPipelines;
import org.junit.jupiter.api.Test;

class TermsTest {

  private static TokenizedArticle article(String docId, String... norms) {
    List<Token> tokens = java.util.Arrays.stream(norms)
        .map(norm -> Token.create(norm, norm, 0, norm.length(), norm.equals("the")))
        .toList();
    Article article = Article.builder().setDocId(docId).setSource(docId).setText(String.join(" ", norms)).build();
    return TokenizedArticle.create(article, List.of(Sentence.create(0, 0, 1, "x", tokens)));
  }

  @Test
  void countsTermsPerArticleAndOverTheCorpusWithoutStopWords() {
    Pipeline pipeline = TestPipelines.direct();

    PCollection<TermCount> terms = pipeline
        .apply(Create.of(article("a", "the", "oil", "price", "oil"), article("b", "oil", "the", "venezuela"),
            article("empty")))
        .apply(CountTerms.create());
    PCollection<VocabularyEntry> vocabulary = terms.apply(BuildVocabulary.create().withBuckets(3));

    PAssert.that(terms).containsInAnyOrder(
        TermCount.create("a", "oil", 2), TermCount.create("a", "price", 1),
        TermCount.create("b", "oil", 1), TermCount.create("b", "venezuela", 1));
    PAssert.that(vocabulary).containsInAnyOrder(
        VocabularyEntry.create("oil", 3, 2), VocabularyEntry.create("price", 1, 1),
        VocabularyEntry.create("venezuela", 1, 1));
    pipeline.run().waitUntilFinish();
  }
}
