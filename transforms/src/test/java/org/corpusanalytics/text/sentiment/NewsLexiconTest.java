package org.corpusanalytics.text.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The shipped {@code news_lexicon.txt} must be exactly what {@link NewsLexiconBuilder} derives from
 * the NYT ground truth today: a change to VADER, the split or the builder that is not followed by a
 * rebuild ({@code NewsLexiconBuilder.main}) fails here. Skipped when the shared data is absent.
 */
class NewsLexiconTest {

  @Test
  void shippedLexiconIsTheBuildersOutput() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(SentimentEvaluation.DEFAULT_DIR),
        SentimentEvaluation.DEFAULT_DIR.toAbsolutePath().normalize() + " absent");
    List<String> derived = NewsLexiconBuilder.lexiconLines(SentimentEvaluation.DEFAULT_DIR);
    try (InputStream in = NewsSentimentScorer.class.getResourceAsStream(
        NewsSentimentScorer.NEWS_LEXICON_RESOURCE)) {
      List<String> shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      assertEquals(derived.size(), shipped.size(), "entries; rebuild with NewsLexiconBuilder");
      for (int i = 0; i < shipped.size(); i++) {
        assertEquals(derived.get(i), shipped.get(i), "line " + (i + 1) + " of the shipped lexicon");
      }
    }
  }
}
