package org.corpusanalytics.text.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Apache OpenNLP's language detector with its published model ({@code langdetect-183.bin} from
 * {@code opennlp-models-langdetect}: a maximum-entropy classifier over character 1- to 3-grams,
 * 103 languages, trained on the Leipzig corpora). The model loads once per JVM; answers use the
 * table's codes ({@link LanguageCodes}), so "nob" is "nb" and "cmn" is "zh".
 *
 * <p>Only the first {@link #MAX_CHARS} characters are read: a news article's language is clear long
 * before that, and a million-character article would otherwise cost a million n-gram lookups.
 */
public final class OpenNlpLanguageIdentifier implements LanguageIdentifier {
  static final String MODEL = "/langdetect-183.bin";
  /** Below this many letters a guess is too unreliable to write into the table. */
  public static final int MIN_LETTERS = 10;
  static final int MAX_CHARS = 20_000;

  private static final OpenNlpLanguageIdentifier SHARED = new OpenNlpLanguageIdentifier(Model.DETECTOR);

  /** Loaded on first use, once per JVM; the detector only reads the model, so threads share it. */
  private static final class Model {
    static final LanguageDetectorME DETECTOR = new LanguageDetectorME(load());

    private static LanguageDetectorModel load() {
      try (InputStream in = OpenNlpLanguageIdentifier.class.getResourceAsStream(MODEL)) {
        if (in == null) {
          throw new IllegalStateException("OpenNLP language model not on the classpath: " + MODEL);
        }
        return new LanguageDetectorModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot load OpenNLP language model " + MODEL, e);
      }
    }
  }

  private final LanguageDetectorME detector;

  private OpenNlpLanguageIdentifier(LanguageDetectorME detector) {
    this.detector = detector;
  }

  /** The JVM's one instance. */
  public static OpenNlpLanguageIdentifier shared() {
    return SHARED;
  }

  @Override
  public @Nullable LanguageGuess identify(String text) {
    String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    if (sample.codePoints().filter(Character::isLetter).limit(MIN_LETTERS).count() < MIN_LETTERS) {
      return null;
    }
    Map<String, Double> scores = new HashMap<>();
    for (Language language : detector.predictLanguages(sample)) {
      // Several model languages can share a code ("ekk" and "est" are "et"); summing their small
      // probabilities would favour those codes on short texts, where the distribution is flat.
      scores.merge(LanguageCodes.normalize(language.getLang()), language.getConfidence(), Math::max);
    }
    Map.Entry<String, Double> best = scores.entrySet().stream()
        .max(Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .orElseThrow();
    return new LanguageGuess(best.getKey(), best.getValue(), scores);
  }
}
