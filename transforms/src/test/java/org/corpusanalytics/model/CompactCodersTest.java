package org.corpusanalytics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.schemas.SchemaRegistry;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.util.SerializableUtils;
import org.apache.beam.sdk.values.PCollection;
import org.corpusanalytics.entities.ExtractEntities;
import org.corpusanalytics.sentiment.ScoreSentiment;
import org.corpusanalytics.text.OpenNlpSegmenter;
import org.corpusanalytics.text.sentiment.SentimentMode;
import org.corpusanalytics.tokenize.TokenizeArticles;
import org.joda.time.Instant;
import org.junit.jupiter.api.Test;

/** The compact coders give back exactly what they were given, in fewer bytes than the schema coder. */
class CompactCodersTest {
  private static final String TEXT = "Ms Ng said the «Bank» won't cut rates. Profits rose 5% 😀 in Zürich.";

  private static Article article(String docId, Instant publishedAt) {
    return Article.builder().setDocId(docId).setSource("corpus.jsonl#3").setTitle("Rates").setPublishedAt(publishedAt)
        .setLanguage("en").setLanguageSource("detected").setCrawledAt(new Instant(1_600_000_000_000L)).setText(TEXT)
        .setBoilerplateCharsRemoved(12).setDuplicateOf("a0").setDuplicateSimilarity(0.875).build();
  }

  private static TokenizedArticle realTokenizedAndScored() {
    TokenizedArticle tokenized = TokenizeArticles.tokenize(new OpenNlpSegmenter(), article("a1", new Instant(1_700_000_000_000L)));
    return ScoreSentiment.score(SentimentMode.NEWS_RULES.newScorer(), tokenized);
  }

  /** Texts that are not the article's span, a norm unlike the text, no sentiment, no optional fields. */
  private static TokenizedArticle unusualTokenized() {
    Article bare = Article.builder().setDocId("b2").setSource("file:/b2.txt").setText(TEXT)
        .setPublishedAt(new Instant(-86_400_000L)).setTitleInFirstLine(true).build();
    Token corrected = Token.create("will", "will", 26, 31, false);
    Token lowered = Token.create("Bank", "bank", 21, 25, false);
    Token emoji = Token.create("😀", "😀", 56, 58, true);
    Sentence rewritten = Sentence.create(0, 0, 38, "Ms Ng said the Bank will not cut rates.", List.of(corrected, lowered));
    Sentence outOfRange = Sentence.create(1, 39, 500, "beyond", List.of(emoji));
    return TokenizedArticle.create(bare, List.of(rewritten, outOfRange));
  }

  private static ArticleEntities entities() {
    return ArticleEntities.create("a1", new Instant(1_700_000_000_000L), 3, List.of(0.25, -0.5, 0.0), List.of(
        EntityMention.create("a1", 0, "Ng", "Sue Ng", "PERSON", 3, 5),
        EntityMention.create("a1", 1, "Zürich", "Zürich", "LOCATION", 59, 65, -0.25),
        EntityMention.create("other", 2, "Bank", "Bank of England", "ORGANIZATION", 16, 20)),
        Map.of("boe", "Bank of England", "ec", "European Community"));
  }

  private static <T> T roundTrip(Coder<T> coder, T value) throws IOException {
    return CoderUtils.decodeFromByteArray(coder, CoderUtils.encodeToByteArray(coder, value));
  }

  /** Two values back to back in one stream: each decode reads exactly its own bytes. */
  private static <T> void assertNestedRoundTrip(Coder<T> coder, T first, T second) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    coder.encode(first, bytes);
    coder.encode(second, bytes);
    ByteArrayInputStream in = new ByteArrayInputStream(bytes.toByteArray());
    assertEquals(first, coder.decode(in));
    assertEquals(second, coder.decode(in));
    assertEquals(0, in.available());
  }

  @Test
  void tokenizedArticlesComeBackEqual() throws IOException {
    TokenizedArticle real = realTokenizedAndScored();
    assertTrue(real.getSentiment() != null && real.getSentences().size() == 2, "scored, two sentences");
    assertEquals(real, roundTrip(TokenizedArticleCoder.of(), real));
    assertEquals(unusualTokenized(), roundTrip(TokenizedArticleCoder.of(), unusualTokenized()));
    assertNestedRoundTrip(TokenizedArticleCoder.of(), real, unusualTokenized());
  }

  @Test
  void articleEntitiesComeBackEqual() throws IOException {
    ArticleEntities undated = ArticleEntities.create("c3", null, 0, List.of(), List.of());
    assertEquals(entities(), roundTrip(ArticleEntitiesCoder.of(), entities()));
    assertEquals(undated, roundTrip(ArticleEntitiesCoder.of(), undated));
    assertNestedRoundTrip(ArticleEntitiesCoder.of(), entities(), undated);
  }

  @Test
  void encodingsAreSmallerThanTheSchemaCoders() throws Exception {
    SchemaRegistry schemas = SchemaRegistry.createDefault();
    TokenizedArticle real = realTokenizedAndScored();
    assertTrue(CoderUtils.encodeToByteArray(TokenizedArticleCoder.of(), real).length
        < CoderUtils.encodeToByteArray(schemas.getSchemaCoder(TokenizedArticle.class), real).length);
    assertTrue(CoderUtils.encodeToByteArray(ArticleEntitiesCoder.of(), entities()).length
        < CoderUtils.encodeToByteArray(schemas.getSchemaCoder(ArticleEntities.class), entities()).length);
  }

  @Test
  void theTransformsGiveTheirOutputsTheCompactCoders() {
    Pipeline pipeline = Pipeline.create();
    PCollection<TokenizedArticle> tokenized = pipeline
        .apply(Create.of(article("a1", null)))
        .apply(TokenizeArticles.create());
    PCollection<TokenizedArticle> scored = tokenized.apply(ScoreSentiment.create());
    assertEquals(TokenizedArticleCoder.of(), tokenized.getCoder());
    assertEquals(TokenizedArticleCoder.of(), scored.getCoder());
    assertEquals(ArticleEntitiesCoder.of(), scored.apply(ExtractEntities.create()).getCoder());
  }

  @Test
  void codersAreDeterministicSingletonsThatSurviveSerialization() throws Exception {
    TokenizedArticleCoder.of().verifyDeterministic();
    ArticleEntitiesCoder.of().verifyDeterministic();
    assertEquals(TokenizedArticleCoder.of(), SerializableUtils.clone(TokenizedArticleCoder.of()));
    assertEquals(ArticleEntitiesCoder.of(), SerializableUtils.clone(ArticleEntitiesCoder.of()));
  }
}
