package org.corpusanalytics.text.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Canonical entity names.
 *
 * <ul>
 *   <li>{@link #clean}: one mention's surface -> a name: titles and honorifics ({@code titles-en.txt}),
 *       a possessive {@code 's} and trailing lower-case words removed, aliases ({@code entity-aliases.tsv})
 *       mapped to one name.
 *   <li>{@link #key}: a name -> the corpus-wide key, equal for names that differ only in case,
 *       diacritics, punctuation or a leading "the" ("U.S." and "US", "Nicolás" and "Nicolas").
 * </ul>
 *
 * <p>{@link ArticleEntityResolver} resolves short mentions to the fuller names of the same article.
 */
public final class EntityNames {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern DROPPED = Pattern.compile("[.'’`]");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern POSSESSIVE = Pattern.compile("(?:['’]s|(?<=s)['’])$", Pattern.CASE_INSENSITIVE);
  /** Lower-case words that end a multi-word mention: "Venezuelan authoritarian" is the adjective "Venezuelan". */
  private static final Pattern TRAILING_LOWER_CASE = Pattern.compile("(?<=\\S)(?:\\s+\\p{Ll}+)+$");
  private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}“”‘’«»\\s]+|[\\p{Punct}“”‘’«»\\s&&[^.]]+$");

  private final List<String> titles;
  private final Map<String, String> aliases;

  EntityNames(List<String> titles, Map<String, String> aliases) {
    this.titles = titles.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    this.aliases = aliases;
  }

  /** The names with the shipped title and alias lists, loaded once per JVM. */
  public static EntityNames standard() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final EntityNames INSTANCE = new EntityNames(readTitles(), readAliases());
  }

  /** The corpus-wide key of a name: lower case, no diacritics, punctuation folded, no leading "the". */
  public static String key(String name) {
    String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
    folded = DROPPED.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("");
    folded = SEPARATORS.matcher(folded).replaceAll(" ").strip();
    return folded.startsWith("the ") ? folded.substring(4) : folded;
  }

  /**
   * The name a mention stands for: titles and a possessive removed, an alias replaced by its
   * canonical name, spaces collapsed. Empty when nothing but a title or punctuation is left.
   */
  public String clean(String surface) {
    String name = surface.strip().replaceAll("\\s+", " ");
    name = EDGE_PUNCTUATION.matcher(name).replaceAll("");
    name = POSSESSIVE.matcher(name).replaceAll("").strip();
    boolean stripped = true;
    while (stripped && !name.isEmpty()) {
      stripped = false;
      String lower = name.toLowerCase(Locale.ROOT);
      for (String title : titles) {
        if (lower.equals(title)) {
          return "";
        }
        if (lower.startsWith(title + " ")) {
          name = name.substring(title.length() + 1).strip();
          stripped = true;
          break;
        }
      }
    }
    name = TRAILING_LOWER_CASE.matcher(name).replaceAll("");
    String alias = aliases.get(key(name));
    return alias != null ? alias : name;
  }

  private static List<String> readTitles() {
    List<String> titles = new ArrayList<>();
    for (String line : lines("titles-en.txt")) {
      titles.add(line.toLowerCase(Locale.ROOT));
    }
    return titles;
  }

  private static Map<String, String> readAliases() {
    Map<String, String> aliases = new HashMap<>();
    for (String line : lines("entity-aliases.tsv")) {
      String[] columns = line.split("\t");
      if (columns.length != 2) {
        throw new IllegalStateException("entity-aliases.tsv: expected name<TAB>aliases, got: " + line);
      }
      aliases.put(key(columns[0]), columns[0]);
      for (String alias : columns[1].split("\\|")) {
        aliases.put(key(alias), columns[0]);
      }
    }
    return aliases;
  }

  /** Non-blank, non-comment lines of a resource beside this class; fails naming the resource. */
  static List<String> lines(String resource) {
    try (InputStream in = EntityNames.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      List<String> lines = new ArrayList<>();
      for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(line.strip());
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
