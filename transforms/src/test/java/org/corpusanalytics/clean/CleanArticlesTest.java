package org.corpusanalytics.clean;

import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.corpusanalytics.model.Article;
import org.corpusanalytics.model.Reject;
import org.corpusanalytics.testing.TestPipelines;
import org.joda.time.Instant;
import org.junit.jupiter.api.Test;

class CleanArticlesTest {

  private static Article article(String docId, String text, boolean titleInFirstLine) {
    return Article.builder().setDocId(docId).setSource(docId + ".txt").setText(text)
        .setTitleInFirstLine(titleInFirstLine).build();
  }

  @Test
  void cleansTextTakesHeadlineAndRejectsArticlesLeftEmpty() {
    Pipeline pipeline = TestPipelines.direct();
    Article plain = article("a", "×\n\u00a0\nHeadline here\nFirst paragraph.\nAlso Read: Other story\nSecond paragraph.", true);
    Article withTitle = Article.builder().setDocId("b").setSource("b.jsonl:1").setTitle("  Given\u00a0title ")
        .setPublishedAt(Instant.parse("2025-01-02T03:04:05Z")).setLanguage("en").setText("Body &amp; more.").build();
    Article onlyBoilerplate = article("c", "Advertisement\nShare on WhatsApp Share", true);

    PCollectionTuple cleaned = pipeline
        .apply(Create.of(plain, withTitle, onlyBoilerplate))
        .apply(CleanArticles.create());

    PAssert.that(cleaned.get(CleanArticles.CLEANED)).containsInAnyOrder(
        plain.toBuilder().setTitle("Headline here").setText("First paragraph.\n\nSecond paragraph.")
            .setTitleInFirstLine(false).setBoilerplateCharsRemoved(1 + "Also Read: Other story".length()).build(),
        withTitle.toBuilder().setTitle("Given title").setText("Body & more.").build());
    PAssert.that(cleaned.get(CleanArticles.REJECTED)).containsInAnyOrder(
        Reject.create("c.txt", "clean", "empty_after_cleaning",
            "no letters or digits left after removing 2 boilerplate lines (36 characters; by rule "
                + "{advertisement=1, share_bar=1})",
            "Advertisement\nShare on WhatsApp Share"));
    pipeline.run().waitUntilFinish();
  }
}
