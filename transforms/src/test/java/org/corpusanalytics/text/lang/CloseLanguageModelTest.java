package org.corpusanalytics.text.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The shipped close-language model is exactly what training on the Tatoeba training half gives. */
class CloseLanguageModelTest {
  @Test
  void shippedModelIsRederivedFromTheTrainingHalf() throws IOException {
    Assumptions.assumeTrue(Files.isRegularFile(LanguageIdEvaluation.DEFAULT_FILE),
        LanguageIdEvaluation.DEFAULT_FILE.toAbsolutePath().normalize() + " absent: model not re-derived");
    String shipped;
    try (InputStream in = CloseLanguageIdentifier.class.getResourceAsStream(CloseLanguageIdentifier.MODEL)) {
      assertNotNull(in, CloseLanguageIdentifier.MODEL);
      shipped = new String(new GZIPInputStream(in).readAllBytes(), StandardCharsets.UTF_8);
    }
    String retrained = CloseLanguageModelTraining.render(
        CloseLanguageModelTraining.train(LanguageIdEvaluation.DEFAULT_FILE));
    // Compared line by line first, so that a difference is shown where it is.
    assertEquals(shipped.lines().count(), retrained.lines().count(), "lines");
    assertEquals(shipped, retrained);
  }
}
