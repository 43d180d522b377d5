package org.corpusanalytics.text.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.corpusanalytics.text.SentenceSpan;
import org.corpusanalytics.text.TokenSpan;
import org.junit.jupiter.api.Test;

class BreakIteratorSegmenterTest {

  private static List<String> norms(SentenceSpan sentence) {
    return sentence.tokens().stream().map(TokenSpan::norm).toList();
  }

  @Test
  void splitsGermanSentencesAndWordsWithGermanStopWords() {
    String text = "Die Regierung hat am Montag getagt. Sie beschloss nichts.\n\nNeuer Absatz hier.";
    List<SentenceSpan> sentences = new BreakIteratorSegmenter("de").segment(text);
    assertEquals(List.of("Die Regierung hat am Montag getagt.", "Sie beschloss nichts.", "Neuer Absatz hier."),
        sentences.stream().map(s -> text.substring(s.start(), s.end())).toList());
    assertEquals(List.of("die", "regierung", "hat", "am", "montag", "getagt"), norms(sentences.get(0)));
    List<Boolean> stop = sentences.get(0).tokens().stream().map(TokenSpan::stopWord).toList();
    // "die", "hat" and "am" are on Snowball's German list; the nouns and the participle are not.
    assertEquals(List.of(true, false, true, true, false, false), stop);
  }

  @Test
  void tokenOffsetsIndexTheWholeText() {
    String text = "Erster Satz.\nZweiter Satz mit Zahl 42.";
    for (SentenceSpan sentence : new BreakIteratorSegmenter("de").segment(text)) {
      for (TokenSpan token : sentence.tokens()) {
        assertEquals(token.norm(), text.substring(token.start(), token.end()).toLowerCase(java.util.Locale.GERMAN));
      }
    }
  }

  @Test
  void segmentsChineseWordsWithItsDictionary() {
    String text = "我们在北京开会。明天下雨。";
    List<SentenceSpan> sentences = new BreakIteratorSegmenter("zh").segment(text);
    assertEquals(2, sentences.size());
    // ICU's dictionary keeps 我们 (we) and 北京 (Beijing) whole.
    assertTrue(norms(sentences.get(0)).containsAll(List.of("我们", "北京")), norms(sentences.get(0)).toString());
  }

  @Test
  void lowerCasesByTheLanguagesRules() {
    List<SentenceSpan> sentences = new BreakIteratorSegmenter("tr").segment("İSTANBUL büyük.");
    assertEquals("istanbul", sentences.get(0).tokens().get(0).norm());
  }

  @Test
  void emptyAndBlankTextGiveNoSentences() {
    assertEquals(List.of(), new BreakIteratorSegmenter("fr").segment(""));
    assertEquals(List.of(), new BreakIteratorSegmenter("fr").segment("  \n\n \t"));
  }

  @Test
  void aLanguageWithoutAListHasNoStopWords() {
    assertTrue(LanguageStopWords.of("ceb").isEmpty());
    assertTrue(LanguageStopWords.of("hu").contains("az"));
  }
}
