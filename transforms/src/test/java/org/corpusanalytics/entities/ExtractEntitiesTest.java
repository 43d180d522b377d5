package org.corpusanalytics.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.corpusanalytics.model.Article;
import org.corpusanalytics.model.ArticleEntities;
import org.corpusanalytics.model.EntityMention;
import org.corpusanalytics.model.TokenizedArticle;
import org.corpusanalytics.sentiment.ScoreSentiment;
import org.corpusanalytics.testing.TestPipelines;
import org.corpusanalytics.text.OpenNlpSegmenter;
import org.corpusanalytics.text.ner.ArticleEntityResolver;
import org.corpusanalytics.text.ner.ArticleRecognizer;
import org.corpusanalytics.text.ner.DemonymMode;
import org.corpusanalytics.tokenize.TokenizeArticles;
import org.joda.time.Instant;
import org.junit.jupiter.api.Test;

class ExtractEntitiesTest {
  private static final Instant PUBLISHED = Instant.parse("2025-03-01T00:00:00Z");

  private static TokenizedArticle tokenized(String docId, String text) {
    Article article = Article.builder().setDocId(docId).setSource("s").setPublishedAt(PUBLISHED).setText(text).build();
    return TokenizeArticles.tokenize(new OpenNlpSegmenter(), article);
  }

  @Test
  void mentionsResolveToTheFullNamesOfTheirArticle() {
    Pipeline pipeline = TestPipelines.direct();
    // "President" is stripped, "Merkel" and "Merkel's" resolve to the full name, "U.S." is an alias.
    String text = "President Angela Merkel arrived in Berlin.\n\nMerkel's party met U.S. officials.";
    TokenizedArticle unscored = tokenized("d", text);

    PAssert.that(pipeline.apply(Create.of(unscored, tokenized("empty", "Nothing here."))).apply(ExtractEntities.create()))
        .containsInAnyOrder(
            ArticleEntities.create("d", PUBLISHED, 2, List.of(), List.of(
                EntityMention.create("d", 0, "Angela Merkel", "Angela Merkel", "PERSON", 10, 23),
                EntityMention.create("d", 0, "Berlin", "Berlin", "LOCATION", 35, 41),
                EntityMention.create("d", 1, "Merkel", "Angela Merkel", "PERSON", 44, 50),
                EntityMention.create("d", 1, "U.S.", "United States", "LOCATION", 63, 67))),
            ArticleEntities.create("empty", PUBLISHED, 1, List.of(), List.of()));
    pipeline.run().waitUntilFinish();
  }

  @Test
  void articlesInOtherLanguagesGetNoMentions() {
    Pipeline pipeline = TestPipelines.direct();
    Article german = Article.builder().setDocId("de").setSource("s").setPublishedAt(PUBLISHED).setLanguage("de")
        .setText("Frau Merkel traf Angela Merkel mit Tante in Berlin.").build();
    Article british = german.toBuilder().setDocId("gb").setLanguage("en-GB").setText("Angela Merkel arrived in Berlin.")
        .build();
    OpenNlpSegmenter segmenter = new OpenNlpSegmenter();
    PAssert.that(pipeline.apply(Create.of(TokenizeArticles.tokenize(segmenter, german),
                TokenizeArticles.tokenize(segmenter, british)))
            .apply(ExtractEntities.create()))
        .containsInAnyOrder(
            ArticleEntities.create("de", PUBLISHED, 1, List.of(), List.of()),
            ArticleEntities.create("gb", PUBLISHED, 1, List.of(), List.of(
                EntityMention.create("gb", 0, "Angela Merkel", "Angela Merkel", "PERSON", 0, 13),
                EntityMention.create("gb", 0, "Berlin", "Berlin", "LOCATION", 25, 31))));
    pipeline.run().waitUntilFinish();
  }

  @Test
  void anotherRecognizerCanBePluggedIn() {
    Pipeline pipeline = TestPipelines.direct();
    // a toy engine: every token that is a country name in capitals
    ExtractEntities.RecognizerFactory capitals = () -> (text, tokens) -> tokens.stream()
        .filter(token -> text.substring(token.start(), token.end()).equals("FRANCE"))
        .map(token -> new org.corpusanalytics.text.ner.EntitySpan(token.start(), token.end(),
            org.corpusanalytics.text.ner.EntityType.LOCATION))
        .toList();
    PAssert.that(pipeline.apply(Create.of(tokenized("d", "Angela Merkel likes FRANCE.")))
            .apply(ExtractEntities.create().withRecognizer(capitals)))
        .containsInAnyOrder(ArticleEntities.create("d", PUBLISHED, 1, List.of(),
            List.of(EntityMention.create("d", 0, "FRANCE", "FRANCE", "LOCATION", 20, 26))));
    pipeline.run().waitUntilFinish();
  }

  @Test
  void scoredMentionsCarryTheSentimentTowardThem() {
    TokenizedArticle scored = ScoreSentiment.score(org.corpusanalytics.text.sentiment.SentimentMode.VADER.newScorer(),
        tokenized("d", "Merkel is good.\n\nBerlin is bad."));
    ArticleEntities entities = ExtractEntities.extract(ArticleRecognizer.standard(),
        ArticleEntityResolver.standard(DemonymMode.COUNTRY),
        scored);
    // TargetedSentiment: "good" 1.9 two tokens on, 1.9 / 1.4 -> 0.3307; "bad" -2.5 / 1.4 -> -0.4187.
    assertEquals(List.of("Merkel", "Berlin"), entities.getMentions().stream().map(EntityMention::getText).toList());
    assertEquals(0.3307, entities.getMentions().get(0).getSentiment(), 1e-4);
    assertEquals(-0.4187, entities.getMentions().get(1).getSentiment(), 1e-4);
    // Unscored sentences give unscored mentions.
    ArticleEntities unscored = ExtractEntities.extract(ArticleRecognizer.standard(),
        ArticleEntityResolver.standard(DemonymMode.COUNTRY),
        tokenized("d", "Merkel is good."));
    assertEquals(null, unscored.getMentions().get(0).getSentiment());
  }

  @Test
  void scoredSentencesCarryTheirCompounds() {
    TokenizedArticle scored = ScoreSentiment.score(
        org.corpusanalytics.text.sentiment.SentimentMode.VADER.newScorer(), tokenized("d", "Good news. Bad news."));
    Pipeline pipeline = TestPipelines.direct();
    PAssert.that(pipeline.apply(Create.of(scored)).apply(ExtractEntities.create()))
        .containsInAnyOrder(ArticleEntities.create("d", PUBLISHED, 2, List.of(0.4404, -0.5423), List.of()));
    pipeline.run().waitUntilFinish();
  }
}
