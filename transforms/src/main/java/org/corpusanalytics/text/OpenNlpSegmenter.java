package org.corpusanalytics.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Sentences and tokens from Apache OpenNLP's English UD-EWT models (shipped as Maven artifacts),
 * with corrections where the statistical models miss news conventions (measured on GUM's Wikinews
 * documents by the test-scope {@code SegmentationEvaluation}):
 *
 * <ul>
 *   <li>a sentence split right after a title or month abbreviation ("Sen.", "Dr.", "Jan.") or a
 *       middle initial is undone, and so is any split before a word in lower case;
 *   <li>after an initialism ("U.S.", "D.C.") the case of the next word decides, as the model
 *       often gets this wrong both ways: a capitalised function word ("The", "He", "In") starts a
 *       new sentence, a digit or any other word ("U.S. President", "U.S. 101") continues it.
 * </ul>
 *
 * <p>Tokens then get {@link TokenCorrections} (abbreviation periods kept, clitics split).
 *
 * <p>The models load once per JVM and are shared; each instance holds its own decoders, which
 * OpenNLP does not make thread-safe: use one instance per thread.
 */
public final class OpenNlpSegmenter implements TextSegmenter {
  static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

  private static final Pattern INITIALISM = Pattern.compile("(?:\\p{L}\\.){2,}");
  private static final Pattern MIDDLE_INITIAL = Pattern.compile("\\p{Lu}\\.");
  /** An initialism after a space or the paragraph start, then the capitalised word after it. */
  private static final Pattern INITIALISM_THEN_CAPITAL =
      Pattern.compile("(?<!\\S)(?:\\p{L}\\.){2,}\\s+(\\p{Lu}\\p{L}*)");

  /** Shared, immutable model state: loaded on first use, once per JVM. */
  private static final class Models {
    static final SentenceModel SENTENCES = load(SENTENCE_MODEL, SentenceModel::new);
    static final TokenizerModel TOKENS = load(TOKEN_MODEL, TokenizerModel::new);
    static final WordList STOP_WORDS = WordList.fromResource("stopwords-en.txt");
    static final WordList ABBREVIATIONS = WordList.fromResource("abbreviations-en.txt");
  }

  private interface ModelReader<T> {
    T read(InputStream in) throws IOException;
  }

  private static <T> T load(String resource, ModelReader<T> reader) {
    try (InputStream in = OpenNlpSegmenter.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP model not on the classpath: " + resource);
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot load OpenNLP model " + resource, e);
    }
  }

  private final SentenceDetectorME sentenceDetector = new SentenceDetectorME(Models.SENTENCES);
  private final TokenizerME tokenizer = new TokenizerME(Models.TOKENS);

  @Override
  public List<SentenceSpan> segment(String text) {
    List<SentenceSpan> sentences = new ArrayList<>();
    int paragraphStart = 0;
    while (paragraphStart < text.length()) {
      int paragraphEnd = text.indexOf('\n', paragraphStart);
      if (paragraphEnd < 0) {
        paragraphEnd = text.length();
      }
      segmentParagraph(text, paragraphStart, paragraphEnd, sentences);
      paragraphStart = paragraphEnd + 1;
    }
    return sentences;
  }

  private void segmentParagraph(String text, int start, int end, List<SentenceSpan> out) {
    String paragraph = text.substring(start, end);
    if (paragraph.isBlank()) {
      return;
    }
    List<Span> spans = mergeContinuations(paragraph,
        splitAfterInitialisms(paragraph, sentenceDetector.sentPosDetect(paragraph)));
    for (Span span : spans) {
      int sentenceStart = start + span.getStart();
      String sentence = text.substring(sentenceStart, start + span.getEnd());
      List<TokenSpan> tokens = new ArrayList<>();
      for (Span token : TokenCorrections.apply(sentence, tokenizer.tokenizePos(sentence), Models.ABBREVIATIONS)) {
        String surface = sentence.substring(token.getStart(), token.getEnd());
        if (surface.codePoints().anyMatch(Character::isLetterOrDigit)) {
          String norm = normalize(surface);
          tokens.add(new TokenSpan(sentenceStart + token.getStart(), sentenceStart + token.getEnd(),
              norm, Models.STOP_WORDS.contains(norm)));
        }
      }
      out.add(new SentenceSpan(sentenceStart, start + span.getEnd(), tokens));
    }
  }

  /** Splits "... in the U.S. The President ..." where the model kept one sentence. */
  private static List<Span> splitAfterInitialisms(String paragraph, Span[] detected) {
    List<Span> out = new ArrayList<>(detected.length);
    for (Span span : detected) {
      int start = span.getStart();
      Matcher m = INITIALISM_THEN_CAPITAL.matcher(paragraph).region(span.getStart(), span.getEnd());
      while (m.find()) {
        if (Models.STOP_WORDS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
          out.add(new Span(start, paragraph.lastIndexOf('.', m.start(1)) + 1));
          start = m.start(1);
        }
      }
      out.add(new Span(start, span.getEnd()));
    }
    return out;
  }

  private static List<Span> mergeContinuations(String paragraph, List<Span> detected) {
    List<Span> merged = new ArrayList<>();
    for (Span span : detected) {
      if (!merged.isEmpty() && continuesSentence(paragraph, merged.get(merged.size() - 1), span)) {
        Span previous = merged.remove(merged.size() - 1);
        merged.add(new Span(previous.getStart(), span.getEnd()));
      } else {
        merged.add(span);
      }
    }
    return merged;
  }

  private static boolean continuesSentence(String paragraph, Span previous, Span next) {
    int first = paragraph.codePointAt(next.getStart());
    if (Character.isLowerCase(first)) {
      return true;
    }
    String before = paragraph.substring(previous.getStart(), previous.getEnd());
    String lastWord = before.substring(before.lastIndexOf(' ') + 1);
    if (Models.ABBREVIATIONS.contains(lastWord.toLowerCase(Locale.ROOT))
        || MIDDLE_INITIAL.matcher(lastWord).matches()) {
      return true;
    }
    if (INITIALISM.matcher(lastWord).matches()) {
      String after = paragraph.substring(next.getStart(), next.getEnd());
      String nextWord = after.split("[^\\p{L}]", 2)[0].toLowerCase(Locale.ROOT);
      return Character.isDigit(first) || !nextWord.isEmpty() && !Models.STOP_WORDS.contains(nextWord);
    }
    return false;
  }

  /** Lower case, with typographic apostrophes folded so "Maduro’s" and "Maduro's" agree. */
  static String normalize(String surface) {
    return surface.replace('\u2019', '\'').replace('\u2018', '\'').toLowerCase(Locale.ROOT);
  }
}
