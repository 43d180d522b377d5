package org.corpusanalytics.text.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Codes checked against the ISO 639 tables (639-1, 639-2/T and /B, 639-3 macrolanguage members). */
class LanguageCodesTest {

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {
      "en, en", "EN-us, en", "pt_BR, pt", "zh-Hant-TW, zh", "deu, de", "ger, de", "fre, fr", "cmn, zh",
      "yue, zh", "pes, fa", "nob, nb", "nno, nn", "nor, no", "zsm, ms", "ekk, et", "heb, he", "iw, he",
      "in, id", "ind, id", "ceb, ceb", "gsw, gsw", "und, NULL", "mul, NULL", "'  ', NULL", "english, NULL",
      "e1, NULL", "NULL, NULL"})
  void normalizesToIso6391WhereOneExists(String input, String expected) {
    assertEquals(expected, LanguageCodes.normalize(input), () -> "for " + Arrays.asList(input));
  }
}
