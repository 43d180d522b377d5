package org.corpusanalytics.text.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.corpusanalytics.text.TokenSpan;

/**
 * Stanford CoreNLP's English CoNLL-2003 4-class CRF (PERSON, ORGANIZATION, LOCATION, MISC, with
 * distributional-similarity features), applied to our own tokens so spans index into our text.
 *
 * <p>The model (18 MB on disk, about 130 MB of heap) is loaded once per JVM by {@link #shared()} and
 * shared by every caller. Sharing is safe: {@code CRFClassifier.classifySentence} builds its clique
 * tree and Viterbi lattice per call and only reads the model's weights and feature index (CoreNLP's
 * own NER annotator shares one classifier across its {@code ner.nthreads} threads the same way);
 * {@code CrfEntityRecognizerTest} checks that concurrent classification gives the sequential labels.
 *
 * <p>Our tokenizer keeps only word tokens; the CRF was trained on text with punctuation, so every
 * non-space character between two word tokens (and the closing punctuation) is given to it as a token
 * of its own.
 */
public final class CrfEntityRecognizer implements EntityRecognizer {
  public static final String MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
  /** The same CoNLL 4-class CRF trained on case-folded text, for headlines and ALL-CAPS lines. */
  public static final String CASELESS_MODEL =
      "edu/stanford/nlp/models/ner/english.conll.4class.caseless.distsim.crf.ser.gz";

  private final CRFClassifier<CoreLabel> classifier;

  private CrfEntityRecognizer(CRFClassifier<CoreLabel> classifier) {
    this.classifier = classifier;
  }

  /** The JVM-wide recogniser for ordinary (cased) text, loading the model on first use. */
  public static CrfEntityRecognizer shared() {
    return Holder.INSTANCE;
  }

  /** The JVM-wide caseless recogniser, loading its model on first use. */
  public static CrfEntityRecognizer caseless() {
    return CaselessHolder.INSTANCE;
  }

  private static final class Holder {
    static final CrfEntityRecognizer INSTANCE = new CrfEntityRecognizer(load(MODEL));
  }

  private static final class CaselessHolder {
    static final CrfEntityRecognizer INSTANCE = new CrfEntityRecognizer(load(CASELESS_MODEL));
  }

  private static CRFClassifier<CoreLabel> load(String model) {
    try (InputStream in = CrfEntityRecognizer.class.getClassLoader().getResourceAsStream(model)) {
      if (in == null) {
        throw new IllegalStateException("NER model missing from the classpath: " + model);
      }
      return CRFClassifier.getClassifier(new GZIPInputStream(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read NER model " + model, e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("NER model " + model + " needs a class not on the classpath", e);
    }
  }

  @Override
  public List<EntitySpan> recognize(String text, List<TokenSpan> sentenceTokens) {
    List<int[]> offsets = withPunctuation(text, sentenceTokens);
    List<CoreLabel> labels = new ArrayList<>(offsets.size());
    for (int[] offset : offsets) {
      String word = text.substring(offset[0], offset[1]);
      CoreLabel label = new CoreLabel();
      label.setWord(word);
      label.setValue(word);
      label.setOriginalText(word);
      labels.add(label);
    }
    List<CoreLabel> classified = labels.isEmpty() ? labels : classifier.classifySentence(labels);
    return spans(offsets, classified);
  }

  /** The CRF labels each token (IO scheme): a run of tokens with one type is one mention. */
  private static List<EntitySpan> spans(List<int[]> offsets, List<CoreLabel> classified) {
    List<EntitySpan> spans = new ArrayList<>();
    EntityType open = null;
    int start = 0;
    int end = 0;
    for (int i = 0; i < classified.size(); i++) {
      EntityType type = EntityType.fromLabel(classified.get(i).get(CoreAnnotations.AnswerAnnotation.class));
      if (type != open && open != null) {
        spans.add(new EntitySpan(start, end, open));
      }
      if (type != null && type != open) {
        start = offsets.get(i)[0];
      }
      open = type;
      end = offsets.get(i)[1];
    }
    if (open != null) {
      spans.add(new EntitySpan(start, end, open));
    }
    return spans;
  }

  private static int endOfWord(String text, int from) {
    int end = from;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    return end;
  }

  /**
   * Word-token offsets plus one [start, end) per non-space character between consecutive tokens and
   * directly after the last one (the sentence's closing punctuation).
   */
  static List<int[]> withPunctuation(String text, List<TokenSpan> tokens) {
    List<int[]> offsets = new ArrayList<>(tokens.size() + tokens.size() / 4);
    for (int i = 0; i < tokens.size(); i++) {
      TokenSpan token = tokens.get(i);
      offsets.add(new int[] {token.start(), token.end()});
      int gapEnd = i + 1 < tokens.size() ? tokens.get(i + 1).start() : endOfWord(text, token.end());
      for (int c = token.end(); c < gapEnd; c++) {
        if (!Character.isWhitespace(text.charAt(c))) {
          offsets.add(new int[] {c, c + 1});
        }
      }
    }
    return offsets;
  }
}
