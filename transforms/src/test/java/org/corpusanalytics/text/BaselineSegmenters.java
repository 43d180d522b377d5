package org.corpusanalytics.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Alternatives that {@link SegmentationEvaluation} measures {@link OpenNlpSegmenter} against. Both
 * keep its one structural rule, that a sentence ends at a line break, so the comparison isolates
 * what happens inside a paragraph.
 */
final class BaselineSegmenters {

  private BaselineSegmenters() {}

  /** Runs {@code segmentLine} on every line of the text, skipping blank ones. */
  private abstract static class PerLine implements TextSegmenter {
    @Override
    public List<SentenceSpan> segment(String text) {
      List<SentenceSpan> out = new ArrayList<>();
      int start = 0;
      while (start < text.length()) {
        int end = text.indexOf('\n', start);
        end = end < 0 ? text.length() : end;
        if (!text.substring(start, end).isBlank()) {
          segmentLine(text, start, end, out);
        }
        start = end + 1;
      }
      return out;
    }

    abstract void segmentLine(String text, int start, int end, List<SentenceSpan> out);

    static TokenSpan word(String text, int start, int end) {
      return new TokenSpan(start, end, text.substring(start, end).toLowerCase(Locale.ROOT), false);
    }
  }

  /** The same UD-EWT models as {@link OpenNlpSegmenter}, output taken as is. */
  static TextSegmenter openNlpModelsOnly() {
    SentenceDetectorME sentences = new SentenceDetectorME(
        BaselineSegmenters.<SentenceModel>load(OpenNlpSegmenter.SENTENCE_MODEL, SentenceModel::new));
    TokenizerME tokenizer = new TokenizerME(
        BaselineSegmenters.<TokenizerModel>load(OpenNlpSegmenter.TOKEN_MODEL, TokenizerModel::new));
    return new PerLine() {
      @Override
      void segmentLine(String text, int start, int end, List<SentenceSpan> out) {
        for (Span s : sentences.sentPosDetect(text.substring(start, end))) {
          int from = start + s.getStart();
          List<TokenSpan> tokens = new ArrayList<>();
          for (Span t : tokenizer.tokenizePos(text.substring(from, start + s.getEnd()))) {
            tokens.add(word(text, from + t.getStart(), from + t.getEnd()));
          }
          out.add(new SentenceSpan(from, start + s.getEnd(), tokens));
        }
      }
    };
  }

  /** The JDK's rule-based sentence and word boundaries for English. */
  static TextSegmenter breakIterator() {
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    BreakIterator words = BreakIterator.getWordInstance(Locale.ENGLISH);
    return new PerLine() {
      @Override
      void segmentLine(String text, int start, int end, List<SentenceSpan> out) {
        String line = text.substring(start, end);
        sentences.setText(line);
        for (int s = sentences.first(), e = sentences.next(); e != BreakIterator.DONE; s = e, e = sentences.next()) {
          String sentence = line.substring(s, e);
          words.setText(sentence);
          List<TokenSpan> tokens = new ArrayList<>();
          for (int a = words.first(), b = words.next(); b != BreakIterator.DONE; a = b, b = words.next()) {
            tokens.add(word(text, start + s + a, start + s + b));
          }
          out.add(new SentenceSpan(start + s, start + e, tokens));
        }
      }
    };
  }

  private interface ModelReader<T> {
    T read(InputStream in) throws IOException;
  }

  private static <T> T load(String resource, ModelReader<T> reader) {
    try (InputStream in = OpenNlpSegmenter.class.getResourceAsStream(resource)) {
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot load " + resource, e);
    }
  }
}
