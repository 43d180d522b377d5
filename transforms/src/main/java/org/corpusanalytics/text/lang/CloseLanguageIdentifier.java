package org.corpusanalytics.text.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A general identifier that names the language, refined within groups of close languages that it
 * confuses on short texts: when its best language is in one of {@link #GROUPS}, a character
 * n-gram model trained on Tatoeba sentences of those languages ({@link CharNgramModel}, resource
 * {@value #MODEL}) shares out the probability the general model gave the members it knows (their
 * sum) in proportion to the general probability times its own posterior, flattened by a
 * temperature; every other language keeps its own, and the most probable one is the answer.
 *
 * <p>The n-gram model only ever moves a text between close languages, so a text unlike its
 * training sentences can at worst land on a neighbour of the general model's answer.
 */
public final class CloseLanguageIdentifier implements LanguageIdentifier {
  static final String MODEL = "/langid/close-languages.tsv.gz";
  /** How much the n-gram model's log-likelihoods are flattened; chosen by cross-validation on its training half. */
  public static final double DEFAULT_TEMPERATURE = 128;

  /**
   * Languages (as {@link LanguageCodes} writes them) that the general model mixes up on short texts,
   * by script and family (Tatoeba's Serbian is in Latin letters, so Serbian is with Croatian and
   * Bosnian; a Cyrillic text is never refined in that group, see {@link CharNgramModel#posteriors}). A member the n-gram model has no sentences for (Sundanese, Minangkabau,
   * Chechen, Malagasy) keeps the general model's probability, so it can still win on its own text.
   */
  public static final List<List<String>> GROUPS = List.of(
      List.of("da", "nb", "nn", "sv"),
      List.of("id", "ms", "jv", "su", "min"),
      List.of("es", "pt", "gl", "ca", "ast", "oc", "it", "fr", "eo", "la", "mg"),
      List.of("ru", "uk", "be", "bg", "mk", "ce"),
      List.of("cs", "sk", "sl", "hr", "bs", "sr"),
      List.of("nl", "af", "fy", "nds"));

  /** Loaded on first use, once per JVM; only read afterwards, so threads share it. */
  private static final class Model {
    static final CloseLanguageIdentifier SHARED =
        new CloseLanguageIdentifier(OpenNlpLanguageIdentifier.shared(), load(), DEFAULT_TEMPERATURE);

    private static CharNgramModel load() {
      try (InputStream in = CloseLanguageIdentifier.class.getResourceAsStream(MODEL)) {
        if (in == null) {
          throw new IllegalStateException("close-language model not on the classpath: " + MODEL);
        }
        return CharNgramModel.read(new BufferedReader(new InputStreamReader(new GZIPInputStream(in),
            StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot load close-language model " + MODEL, e);
      }
    }
  }

  private final LanguageIdentifier general;
  private final CharNgramModel close;
  private final double temperature;

  CloseLanguageIdentifier(LanguageIdentifier general, CharNgramModel close, double temperature) {
    this.general = general;
    this.close = close;
    this.temperature = temperature;
  }

  /** The JVM's one instance: OpenNLP's model refined by the shipped close-language model. */
  public static CloseLanguageIdentifier shared() {
    return Model.SHARED;
  }

  @Override
  public @Nullable LanguageGuess identify(String text) {
    LanguageGuess guess = general.identify(text);
    if (guess == null) {
      return null;
    }
    List<String> group = GROUPS.stream().filter(g -> g.contains(guess.code())).findFirst().orElse(null);
    if (group == null) {
      return guess;
    }
    Map<String, Double> posteriors = close.posteriors(text, group, temperature);
    if (posteriors.isEmpty()) {
      return guess;
    }
    // The members the n-gram model knows share their general probability in proportion to
    // general probability times the (flattened) n-gram posterior: both models have a say.
    double mass = 0;
    double weights = 0;
    for (Map.Entry<String, Double> posterior : posteriors.entrySet()) {
      mass += guess.scoreOf(posterior.getKey());
      weights += guess.scoreOf(posterior.getKey()) * posterior.getValue();
    }
    if (weights == 0) {
      return guess;
    }
    Map<String, Double> scores = new HashMap<>(guess.scores());
    double share = mass / weights;
    posteriors.forEach((code, posterior) -> scores.put(code, share * guess.scoreOf(code) * posterior));
    Map.Entry<String, Double> best = scores.entrySet().stream()
        .max(Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .orElseThrow();
    return new LanguageGuess(best.getKey(), best.getValue(), scores);
  }
}
