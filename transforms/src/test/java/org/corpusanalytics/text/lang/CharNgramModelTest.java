package org.corpusanalytics.text.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.junit.jupiter.api.Test;

class CharNgramModelTest {
  /** Two languages of one one-letter sentence each: 4 n-grams apiece, 8 distinct in all. */
  private static final CharNgramModel TINY = CharNgramModel.train(Map.of("xx", List.of("a"), "yy", List.of("B!")), 4, 0.5);

  @Test
  void ngramsArePaddedWordsLowerCasedUpToFourCharacters() {
    assertEquals(List.of("a", "b", " a", "ab", "b ", " ab", "ab ", " ab ", "c", " c", "c ", " c "),
        CharNgramModel.ngrams("Ab, c", 4));
    assertEquals(List.of(), CharNgramModel.ngrams(" 12 -- !", 4));
    assertEquals(List.of(), CharNgramModel.ngrams("", 4));
    assertEquals(List.of("a", "b", " a", "ab", "b "), CharNgramModel.ngrams("ab", 2));
    assertEquals(List.of("é", "ß", " é", "éß", "ß ", " éß", "éß ", " éß "), CharNgramModel.ngrams("Éß", 4));
  }

  @Test
  void ngramsReadOnlyTheFirstTwoThousandCharacters() {
    assertEquals(4 * CharNgramModel.MAX_CHARS / 2, CharNgramModel.ngrams("a ".repeat(100_000), 4).size());
  }

  @Test
  void posteriorsAreNaiveBayesWithHalfCountSmoothing() {
    // "a": each of its 4 n-grams seen once in xx, never in yy; P = (1 + 0.5) / (4 + 0.5 * 8) vs 0.5 / 8,
    // so the posterior of xx is 1.5^4 / (1.5^4 + 0.5^4) = 81 / 82.
    Map<String, Double> posteriors = TINY.posteriors("a", List.of("xx", "yy"));
    assertEquals(81.0 / 82, posteriors.get("xx"), 1e-12);
    assertEquals(1.0 / 82, posteriors.get("yy"), 1e-12);
  }

  @Test
  void temperatureDividesTheLogLikelihoods() {
    // At temperature 2 the likelihood ratio 1.5^4 / 0.5^4 = 81 becomes its square root, 9.
    Map<String, Double> posteriors = TINY.posteriors("a", List.of("xx", "yy"), 2);
    assertEquals(9.0 / 10, posteriors.get("xx"), 1e-12);
  }

  @Test
  void fewerThanTwoKnownCandidatesOrNoLettersGiveNoAnswer() {
    assertEquals(Map.of(), TINY.posteriors("a", List.of("xx", "zz")));
    assertEquals(Map.of(), TINY.posteriors("123", List.of("xx", "yy")));
    // Letters c, d and é were never seen: another script, as far as the model knows.
    assertEquals(Map.of(), TINY.posteriors("cdé", List.of("xx", "yy")));
    assertEquals(Map.of(), TINY.posteriors("acd", List.of("xx", "yy")));
    // Half the letters seen (a, not c) is enough.
    assertEquals(2, TINY.posteriors("ac", List.of("xx", "yy")).size());
  }

  @Test
  void writtenModelReadsBackTheSame() throws IOException {
    StringWriter text = new StringWriter();
    TINY.write(text);
    CharNgramModel read = CharNgramModel.read(new BufferedReader(new StringReader("# comment\n" + text)));
    assertEquals(TINY.languages(), read.languages());
    assertEquals(TINY.posteriors("ab b", List.of("xx", "yy")), read.posteriors("ab b", List.of("xx", "yy")));
    assertThrows(IOException.class, () -> CharNgramModel.read(new BufferedReader(new StringReader("languages\tx\n"))));
    assertThrows(IllegalArgumentException.class, () -> CharNgramModel.train(Map.of("xx", List.of("a")), 0, 0.5));
  }

  @Test
  void closeLanguagesShareTheGeneralModelsMassOfTheirGroup() {
    CharNgramModel model = CharNgramModel.train(Map.of("da", List.of("hvad hedder du"), "nb", List.of("hva heter du")), 4, 0.5);
    LanguageIdentifier general = new LanguageIdentifier() {
      @Override
      public @Nullable LanguageGuess identify(String text) {
        return text.startsWith("the") ? new LanguageGuess("en", 0.3, Map.of("en", 0.3, "nb", 0.01))
            : new LanguageGuess("nb", 0.3, Map.of("nb", 0.3, "da", 0.1, "en", 0.05));
      }
    };
    CloseLanguageIdentifier close = new CloseLanguageIdentifier(general, model, 1);
    LanguageGuess guess = close.identify("hvad hedder");
    assertEquals("da", guess.code());
    Map<String, Double> posteriors = model.posteriors("hvad hedder", List.of("da", "nb"));
    // da and nb held 0.1 + 0.3 of the general model's probability, shared in proportion to
    // general probability times posterior.
    double da = 0.1 * posteriors.get("da");
    double nb = 0.3 * posteriors.get("nb");
    assertEquals(0.4 * da / (da + nb), guess.confidence(), 1e-12);
    assertEquals(0.4 * nb / (da + nb), guess.scoreOf("nb"), 1e-12);
    assertEquals(0.05, guess.scoreOf("en"), 1e-12);
    // A high temperature flattens the posteriors until the general model's order stands.
    assertEquals("nb", new CloseLanguageIdentifier(general, model, 1e6).identify("hvad hedder").code());
    // Outside every group the general answer stands.
    assertEquals(new LanguageGuess("en", 0.3, Map.of("en", 0.3, "nb", 0.01)), close.identify("the house"));
  }
}
