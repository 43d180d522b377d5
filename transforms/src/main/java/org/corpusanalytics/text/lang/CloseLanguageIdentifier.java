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
 * {@value #MODEL}) chooses the member. The group keeps the general model's probability mass (the
 * sum over its members), shared out by the n-gram model's posteriors; other languages keep theirs.
 *
 * <p>The n-gram model only ever moves a text between close languages, so a text unlike its
 * training sentences can at worst land on a neighbour of the general model's answer.
 */
public final class CloseLanguageIdentifier implements LanguageIdentifier {
  static final String MODEL = "/langid/close-languages.tsv.gz";

  /** Languages (as {@link LanguageCodes} writes them) that the general model mixes up with each other. */
  public static final List<List<String>> GROUPS = List.of(
      List.of("da", "nb", "nn", "sv"),
      List.of("id", "ms"),
      List.of("es", "pt", "gl", "ca", "it"),
      List.of("ru", "uk", "be"),
      List.of("cs", "sk"),
      List.of("nl", "af"));

  /** Loaded on first use, once per JVM; only read afterwards, so threads share it. */
  private static final class Model {
    static final CloseLanguageIdentifier SHARED =
        new CloseLanguageIdentifier(OpenNlpLanguageIdentifier.shared(), load());

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

  CloseLanguageIdentifier(LanguageIdentifier general, CharNgramModel close) {
    this.general = general;
    this.close = close;
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
    Map<String, Double> posteriors = close.posteriors(text, group);
    if (posteriors.isEmpty()) {
      return guess;
    }
    double mass = group.stream().mapToDouble(guess::scoreOf).sum();
    Map<String, Double> scores = new HashMap<>(guess.scores());
    String best = guess.code();
    double bestScore = -1;
    for (Map.Entry<String, Double> posterior : posteriors.entrySet()) {
      double score = mass * posterior.getValue();
      scores.put(posterior.getKey(), score);
      if (score > bestScore) {
        best = posterior.getKey();
        bestScore = score;
      }
    }
    return new LanguageGuess(best, bestScore, scores);
  }
}
