package org.corpusanalytics.text.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The two VADER resources, loaded once per JVM: the valence lexicon (token to mean rating in
 * [-4, 4]) and the emoji lexicon (emoji to its textual description). Both maps are immutable, so
 * sharing them across threads is safe.
 *
 * <p>Provenance (details in VADER-LICENSE.txt): {@code vader_lexicon.txt} is the lexicon shipped
 * with vaderSentiment 3.3.2 (older copies, such as npm vader-sentiment@1.1.3's, lack "heart",
 * "hearts" and "flawed" and rate "badass" -0.6 instead of 1.4). {@code emoji_utf8_lexicon.txt} is
 * 3.3.2's emoji lexicon reduced to its single-code-point entries, the only ones its per-code-point
 * lookup can match; it keeps 3.3.2's Emoji 11.0 names ("hugging face", "dizzy face"), which later
 * Unicode versions renamed.
 */
public final class VaderLexicon {

  static final String LEXICON_RESOURCE = "vader_lexicon.txt";
  static final String EMOJI_RESOURCE = "emoji_utf8_lexicon.txt";

  private final Map<String, Double> valences;
  private final Map<String, String> emojiDescriptions;

  private VaderLexicon(Map<String, Double> valences, Map<String, String> emojiDescriptions) {
    this.valences = valences;
    this.emojiDescriptions = emojiDescriptions;
  }

  /** The bundled lexicons; the first call parses them, later calls return the same instance. */
  public static VaderLexicon bundled() {
    return Holder.INSTANCE;
  }

  /** Valence of a lower-cased token, or null when the token is not in the lexicon. */
  public Double valence(String lowerCaseToken) {
    return valences.get(lowerCaseToken);
  }

  public boolean contains(String lowerCaseToken) {
    return valences.containsKey(lowerCaseToken);
  }

  /** Description of a single emoji (as a string of one code point), or null. */
  public String emojiDescription(String emoji) {
    return emojiDescriptions.get(emoji);
  }

  public int size() {
    return valences.size();
  }

  /** A lexicon where {@code entries} add tokens or replace the valence of existing ones. */
  VaderLexicon withEntries(Map<String, Double> entries) {
    Map<String, Double> merged = new HashMap<>(valences);
    merged.putAll(entries);
    return new VaderLexicon(Map.copyOf(merged), emojiDescriptions);
  }

  /** A lexicon without {@code words}: they get no valence and no longer count as lexicon words. */
  VaderLexicon withoutEntries(Set<String> words) {
    Map<String, Double> kept = new HashMap<>(valences);
    kept.keySet().removeAll(words);
    return new VaderLexicon(Map.copyOf(kept), emojiDescriptions);
  }

  /** Reads an extra "token TAB valence" resource of this package, failing fast when absent. */
  static Map<String, Double> loadValences(String resource) {
    return parse(resource, (m, k, v) -> m.put(k, Double.parseDouble(v)));
  }

  // Lazy holder idiom: the class loader guarantees one thread-safe initialisation.
  private static final class Holder {
    static final VaderLexicon INSTANCE =
        new VaderLexicon(
            Map.copyOf(loadValences(LEXICON_RESOURCE)),
            Map.copyOf(parse(EMOJI_RESOURCE, Map::put)));
  }

  private interface EntrySink<V> {
    void put(Map<String, V> map, String key, String value);
  }

  /**
   * Reads "key TAB value [TAB ...]" lines the way vaderSentiment 3.3.2 does: each line is stripped
   * of surrounding whitespace, blank lines are skipped and a later duplicate key replaces an
   * earlier one (the lexicon has a few, e.g. "lol").
   */
  private static <V> Map<String, V> parse(String resource, EntrySink<V> sink) {
    InputStream in = VaderLexicon.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(
          "VADER resource missing from the classpath: "
              + VaderLexicon.class.getPackageName().replace('.', '/')
              + "/"
              + resource);
    }
    Map<String, V> map = new HashMap<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int lineNumber = 0;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
          continue;
        }
        String[] fields = trimmed.split("\t");
        if (fields.length < 2) {
          throw new IllegalStateException(
              "Malformed line " + lineNumber + " in VADER resource " + resource);
        }
        sink.put(map, fields[0], fields[1]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read VADER resource " + resource, e);
    }
    return map;
  }
}
