package org.corpusanalytics.tokenize;

import java.util.stream.Collectors;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.corpusanalytics.model.Article;
import org.corpusanalytics.model.Sentence;
import org.corpusanalytics.model.Token;
import org.corpusanalytics.model.TokenizedArticle;
import org.corpusanalytics.testing.TestPipelines;
import org.junit.jupiter.api.Test;

class TokenizeArticlesTest {

  /** "doc/index [start,end) text | token* token ..." with '*' marking stop words. */
  private static String describe(String docId, Sentence sentence) {
    String tokens = sentence.getTokens().stream()
        .map(token -> token.getText() + (token.isStopWord() ? "*" : "") + "@" + token.getCharStart())
        .collect(Collectors.joining(" "));
    return docId + "/" + sentence.getIndex() + " [" + sentence.getCharStart() + "," + sentence.getCharEnd() + ") "
        + sentence.getText() + " | " + tokens;
  }

  @Test
  void splitsSentencesAndTokensWithOffsetsIntoTheCleanedText() {
    Pipeline pipeline = TestPipelines.direct();
    Article headline = Article.builder().setDocId("d1").setSource("s")
        .setText("Sen. Rubio met Dr. Jones in the U.S. on Jan. 5. Maduro's aides didn't reply.\n\nA dek line")
        .build();

    PCollection<TokenizedArticle> tokenized = pipeline.apply(Create.of(headline)).apply(TokenizeArticles.create());

    PAssert.that(tokenized.apply(FlatMapElements.into(TypeDescriptors.strings())
            .via((TokenizedArticle article) -> article.getSentences().stream()
                .map(sentence -> describe(article.getArticle().getDocId(), sentence)).toList())))
        .containsInAnyOrder(
            "d1/0 [0,47) Sen. Rubio met Dr. Jones in the U.S. on Jan. 5. | Sen.@0 Rubio@5 met@11 Dr.@15 "
                + "Jones@19 in*@25 the*@28 U.S.@32 on*@37 Jan.@40 5@45",
            "d1/1 [48,76) Maduro's aides didn't reply. | Maduro@48 's*@54 aides@57 did*@63 n't*@66 reply@70",
            "d1/2 [78,88) A dek line | A*@78 dek@80 line@84");
    PAssert.thatSingleton(tokenized.apply(FlatMapElements.into(TypeDescriptors.strings())
            .via((TokenizedArticle article) -> article.getSentences().stream()
                .flatMap(sentence -> sentence.getTokens().stream())
                .filter(token -> !article.getArticle().getText()
                    .substring(token.getCharStart(), token.getCharEnd()).equals(token.getText()))
                .map(Token::getText).toList()))
            .apply(org.apache.beam.sdk.transforms.Count.globally()))
        .isEqualTo(0L);
    pipeline.run().waitUntilFinish();
  }
}
