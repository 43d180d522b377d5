package org.corpusanalytics.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * A lower-case word set read from a classpath resource: one entry a line, '#' starts a comment; a
 * resource whose name ends in {@code .gz} is gzip-compressed.
 */
public final class WordList {
  private final Set<String> words;

  private WordList(Set<String> words) {
    this.words = Set.copyOf(words);
  }

  /** Loads a list that sits next to this class on the classpath; fails naming it if absent. */
  public static WordList fromResource(String resource) {
    try (InputStream in = WordList.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Word list resource not found: " + resource);
      }
      InputStream plain = resource.endsWith(".gz") ? new GZIPInputStream(in) : in;
      BufferedReader reader = new BufferedReader(new InputStreamReader(plain, StandardCharsets.UTF_8));
      Set<String> words = new HashSet<>();
      String line;
      while ((line = reader.readLine()) != null) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word.toLowerCase(Locale.ROOT));
        }
      }
      return new WordList(words);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read word list " + resource, e);
    }
  }

  public boolean contains(String lowerCaseWord) {
    return words.contains(lowerCaseWord);
  }

  public int size() {
    return words.size();
  }
}
