package org.corpusanalytics.text.lang;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corpusanalytics.text.SentenceSpan;
import org.corpusanalytics.text.TextSegmenter;
import org.corpusanalytics.text.TokenSpan;

/**
 * Language-neutral sentences and words: ICU4J's {@link BreakIterator} for the article's locale
 * (Unicode's segmentation rules, with ICU's dictionaries for Chinese, Japanese, Thai, Lao, Khmer
 * and Burmese words). A word is a segment ICU marks as letters, numbers, kana or ideographs;
 * punctuation and spaces are not tokens. Norms are lower case in the language's own rules (Turkish
 * "İ" is "i"), with typographic apostrophes folded as for English; stop words come from
 * {@link LanguageStopWords}.
 *
 * <p>Break iterators keep state: use one instance per thread.
 */
public final class BreakIteratorSegmenter implements TextSegmenter {
  private final Locale locale;
  private final LanguageStopWords stopWords;
  private final BreakIterator sentences;
  private final BreakIterator words;

  /** A segmenter for a table language code ("de", "zh", "ceb"). */
  public BreakIteratorSegmenter(String language) {
    this.locale = Locale.forLanguageTag(language);
    this.stopWords = LanguageStopWords.of(language);
    this.sentences = BreakIterator.getSentenceInstance(ULocale.forLocale(locale));
    this.words = BreakIterator.getWordInstance(ULocale.forLocale(locale));
  }

  @Override
  public List<SentenceSpan> segment(String text) {
    List<SentenceSpan> out = new ArrayList<>();
    int paragraphStart = 0;
    while (paragraphStart < text.length()) {
      int paragraphEnd = text.indexOf('\n', paragraphStart);
      if (paragraphEnd < 0) {
        paragraphEnd = text.length();
      }
      segmentParagraph(text, paragraphStart, paragraphEnd, out);
      paragraphStart = paragraphEnd + 1;
    }
    return out;
  }

  private void segmentParagraph(String text, int paragraphStart, int paragraphEnd, List<SentenceSpan> out) {
    String paragraph = text.substring(paragraphStart, paragraphEnd);
    sentences.setText(paragraph);
    int start = sentences.first();
    for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
      int trimmedStart = start;
      int trimmedEnd = end;
      while (trimmedStart < trimmedEnd && Character.isWhitespace(paragraph.charAt(trimmedStart))) {
        trimmedStart++;
      }
      while (trimmedEnd > trimmedStart && Character.isWhitespace(paragraph.charAt(trimmedEnd - 1))) {
        trimmedEnd--;
      }
      if (trimmedStart < trimmedEnd) {
        out.add(new SentenceSpan(paragraphStart + trimmedStart, paragraphStart + trimmedEnd,
            tokens(text, paragraphStart + trimmedStart, paragraphStart + trimmedEnd)));
      }
    }
  }

  private List<TokenSpan> tokens(String text, int sentenceStart, int sentenceEnd) {
    List<TokenSpan> tokens = new ArrayList<>();
    words.setText(text.substring(sentenceStart, sentenceEnd));
    int start = words.first();
    for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
      if (words.getRuleStatus() != BreakIterator.WORD_NONE) {
        String norm = text.substring(sentenceStart + start, sentenceStart + end)
            .replace('\u2019', '\'').replace('\u2018', '\'').toLowerCase(locale);
        tokens.add(new TokenSpan(sentenceStart + start, sentenceStart + end, norm, stopWords.contains(norm)));
      }
    }
    return tokens;
  }
}
