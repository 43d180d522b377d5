package org.corpusanalytics.text.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.corpusanalytics.text.OpenNlpSegmenter;
import org.corpusanalytics.text.SentenceSpan;
import org.corpusanalytics.text.TextSegmenter;
import org.junit.jupiter.api.Test;

class CrfEntityRecognizerTest {
  private static final String TEXT = "Secretary of State Marco Rubio said the U.S. would keep working with partners. "
      + "\"Maduro is not the legitimate leader of Venezuela,\" Rubio told The New York Times in Washington.";

  private final TextSegmenter segmenter = new OpenNlpSegmenter();

  private List<String> recognize(String text) {
    List<String> found = new ArrayList<>();
    for (SentenceSpan sentence : segmenter.segment(text)) {
      for (EntitySpan span : CrfEntityRecognizer.shared().recognize(text, sentence.tokens())) {
        found.add(text.substring(span.start(), span.end()) + "/" + span.type() + "@" + span.start());
      }
    }
    return found;
  }

  @Test
  void spansIndexIntoTheText() {
    assertEquals(List.of("Marco Rubio/PERSON@19", "U.S./LOCATION@40", "Maduro/PERSON@80", "Venezuela/LOCATION@119",
        "Rubio/PERSON@131", "The New York Times/ORGANIZATION@142", "Washington/LOCATION@164"), recognize(TEXT));
  }

  @Test
  void emptyAndPunctuationOnlyTextHaveNoEntities() {
    assertEquals(List.of(), recognize(""));
    assertEquals(List.of(), recognize("... !!! ---"));
    assertEquals(List.of(), CrfEntityRecognizer.shared().recognize("x", List.of()));
  }

  @Test
  void punctuationBetweenTokensBecomesTokens() {
    String text = "Hello, \"world\".";
    List<int[]> offsets = CrfEntityRecognizer.withPunctuation(text, segmenter.segment(text).get(0).tokens());
    assertEquals(List.of("Hello", ",", "\"", "world", "\"", "."),
        offsets.stream().map(o -> text.substring(o[0], o[1])).toList());
  }

  /** The shared classifier gives the same labels when four threads classify at once. */
  @Test
  void sharedClassifierIsSafeAcrossThreads() throws Exception {
    List<String> texts = List.of(TEXT, "Angela Merkel met Emmanuel Macron in Berlin on Monday.",
        "Shares of Apple and Microsoft fell in New York after the European Central Bank spoke.",
        "The Brazilian striker Neymar joined Paris Saint-Germain from Barcelona.");
    List<List<String>> sequential = texts.stream().map(this::recognize).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int round = 0; round < 25; round++) {
        for (String text : texts) {
          futures.add(pool.submit(() -> new CrfEntityRecognizerTest().recognize(text)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(sequential.get(i % texts.size()), futures.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
