package org.corpusanalytics.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.corpusanalytics.model.Article;
import org.corpusanalytics.model.ArticleSentiment;
import org.corpusanalytics.model.SentenceSentiment;
import org.corpusanalytics.model.TokenizedArticle;
import org.corpusanalytics.testing.TestPipelines;
import org.corpusanalytics.text.OpenNlpSegmenter;
import org.corpusanalytics.text.sentiment.SentimentMode;
import org.corpusanalytics.tokenize.TokenizeArticles;
import org.junit.jupiter.api.Test;

class ScoreSentimentTest {

  @Test
  void scoresSentencesAndAggregatesArticleSentimentAndTone() {
    Pipeline pipeline = TestPipelines.direct();
    Article article = Article.builder().setDocId("d").setSource("s").setText("Good news. Bad news. Plain text.").build();
    TokenizedArticle tokenized = TokenizeArticles.tokenize(new OpenNlpSegmenter(), article);

    PCollection<TokenizedArticle> scored = pipeline.apply(Create.of(tokenized))
        .apply(ScoreSentiment.create().withMode(SentimentMode.VADER));

    // VADER 3.3.2: "good" 1.9 -> compound 0.4404, "bad" -2.5 -> -0.5423; 6 words, 1 positive, 1 negative.
    List<SentenceSentiment> sentences = List.of(
        SentenceSentiment.create(0.4404, 0.744, 0.256, 0.0),
        SentenceSentiment.create(-0.5423, 0.0, 0.222, 0.778),
        SentenceSentiment.create(0.0, 0.0, 1.0, 0.0));
    // Article compound as VADER reads the whole three-sentence text: valence sum 1.9 - 2.5 = -0.6,
    // -0.6 / sqrt(0.36 + 15) = -0.1531 (to the precision of the rounded sentence compounds).
    TokenizedArticle expected = ScoreSentiment.score(SentimentMode.VADER.newScorer(), tokenized);
    assertEquals(List.of(tokenized.getSentences().get(0).withSentiment(sentences.get(0)),
        tokenized.getSentences().get(1).withSentiment(sentences.get(1)),
        tokenized.getSentences().get(2).withSentiment(sentences.get(2))), expected.getSentences());
    ArticleSentiment sentiment = expected.getSentiment();
    assertEquals(-0.6 / Math.sqrt(15.36), sentiment.getCompound(), 1e-4);
    assertEquals(1.0 / 3, sentiment.getPosShare(), 1e-12);
    assertEquals(1.0 / 3, sentiment.getNegShare(), 1e-12);
    assertEquals(100.0 / 6, sentiment.getPositiveWordPct(), 1e-12);
    assertEquals(100.0 / 6, sentiment.getNegativeWordPct(), 1e-12);
    PAssert.that(scored).containsInAnyOrder(expected);
    pipeline.run().waitUntilFinish();
  }
}
