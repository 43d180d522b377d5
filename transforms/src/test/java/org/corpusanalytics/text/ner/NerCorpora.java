package org.corpusanalytics.text.ner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.corpusanalytics.text.TokenSpan;

/**
 * Labelled NER data as sentences: the text rebuilt from the gold tokens (one space between tokens
 * unless CoNLL-U says SpaceAfter=No), the tokens as offsets into it, and the gold mentions.
 */
final class NerCorpora {
  /** A gold sentence; {@code gold} holds mentions as [start, end) offsets into {@code text}. */
  record GoldSentence(String text, List<TokenSpan> tokens, List<EntitySpan> gold) {}

  /** A gold article: one line of text per sentence, tokens and mentions as offsets into {@code text}. */
  record GoldArticle(String text, List<List<TokenSpan>> sentences, List<EntitySpan> gold) {}

  private NerCorpora() {}

  /**
   * GUM news (CoNLL-U). Entities sit in the MISC column as Entity=(id-etype-infstat-salience-
   * centering-minspan-link[-identity] ... id), nested. Gold = person, place and organization
   * mentions whose identity (a Wikipedia title) is present, mapped to PERSON, LOCATION, ORGANIZATION.
   * GUM marks whole noun phrases ("U.S. President Donald Trump 's", "the United States"); with
   * {@code namesOnly} a gold mention is cut to the longest run of its tokens that are words of its
   * Wikipedia title ("Donald Trump", "United States"), the name-only spans of CoNLL-2003, and
   * dropped when it has none ("he", "Afghans" for Afghanistan).
   */
  static List<GoldSentence> gum(Path dir, boolean namesOnly) {
    List<GoldSentence> sentences = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".conllu")).sorted().toList()) {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          if (line.isBlank()) {
            if (!rows.isEmpty()) {
              sentences.add(gumSentence(rows, namesOnly));
            }
            rows = new ArrayList<>();
          } else if (!line.startsWith("#")) {
            String[] columns = line.split("\t");
            if (columns[0].matches("\\d+")) {
              rows.add(columns);
            }
          }
        }
        if (!rows.isEmpty()) {
          sentences.add(gumSentence(rows, namesOnly));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sentences;
  }

  private static GoldSentence gumSentence(List<String[]> rows, boolean namesOnly) {
    StringBuilder text = new StringBuilder();
    List<TokenSpan> tokens = new ArrayList<>();
    for (String[] row : rows) {
      int start = text.length();
      text.append(row[1]);
      tokens.add(new TokenSpan(start, text.length(), row[1].toLowerCase(Locale.ROOT), false));
      if (!row[9].contains("SpaceAfter=No")) {
        text.append(' ');
      }
    }
    List<EntitySpan> gold = new ArrayList<>();
    Deque<Object[]> open = new ArrayDeque<>();
    for (int i = 0; i < rows.size(); i++) {
      String entities = misc(rows.get(i)[9], "Entity=");
      int at = 0;
      while (entities != null && at < entities.length()) {
        if (entities.charAt(at) == '(') {
          int stop = at + 1;
          while (stop < entities.length() && entities.charAt(stop) != '(' && entities.charAt(stop) != ')') {
            stop++;
          }
          String[] fields = entities.substring(at + 1, stop).split("-", 8);
          Object[] mention = {fields[0], i, fields};
          if (stop < entities.length() && entities.charAt(stop) == ')') {
            close(mention, i, rows, tokens, gold, namesOnly);
            stop++;
          } else {
            open.push(mention);
          }
          at = stop;
        } else {
          int stop = entities.indexOf(')', at);
          String id = entities.substring(at, stop);
          Object[] mention = open.stream().filter(m -> m[0].equals(id)).findFirst().orElseThrow();
          open.remove(mention);
          close(mention, i, rows, tokens, gold, namesOnly);
          at = stop + 1;
        }
      }
    }
    return new GoldSentence(text.toString(), tokens, gold);
  }

  private static void close(Object[] mention, int last, List<String[]> rows, List<TokenSpan> tokens,
      List<EntitySpan> gold, boolean namesOnly) {
    String[] fields = (String[]) mention[2];
    EntityType type = switch (fields[1]) {
      case "person" -> EntityType.PERSON;
      case "place" -> EntityType.LOCATION;
      case "organization" -> EntityType.ORGANIZATION;
      default -> null;
    };
    if (type == null || fields.length < 8 || fields[7].isEmpty()) {
      return;
    }
    int first = (int) mention[1];
    if (namesOnly) {
      // the longest run of the mention's tokens that are words of its Wikipedia title
      Set<String> titleWords = new HashSet<>(List.of(fields[7].toLowerCase(Locale.ROOT).split("[_\\s]+")));
      int bestFirst = -1;
      int bestLast = -2;
      for (int t = first; t <= last; t++) {
        int end = t;
        while (end <= last && titleWords.contains(rows.get(end)[1].toLowerCase(Locale.ROOT))) {
          end++;
        }
        if (end - t > bestLast - bestFirst + 1) {
          bestFirst = t;
          bestLast = end - 1;
        }
      }
      if (bestFirst < 0) {
        return;
      }
      first = bestFirst;
      last = bestLast;
    }
    gold.add(new EntitySpan(tokens.get(first).start(), tokens.get(last).end(), type));
  }

  private static String misc(String column, String key) {
    for (String part : column.split("\\|")) {
      if (part.startsWith(key)) {
        return part.substring(key.length());
      }
    }
    return null;
  }

  /**
   * WNUT-17 (token TAB IOB2 tag). person -> PERSON, location -> LOCATION, corporation and group ->
   * ORGANIZATION, product and creative-work -> MISC.
   */
  static List<GoldSentence> wnut(Path file) {
    List<GoldSentence> sentences = new ArrayList<>();
    List<String[]> rows = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          if (!rows.isEmpty()) {
            sentences.add(wnutSentence(rows));
          }
          rows = new ArrayList<>();
        } else {
          rows.add(line.split("\t"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!rows.isEmpty()) {
      sentences.add(wnutSentence(rows));
    }
    return sentences;
  }

  private static final Set<String> ORGANIZATIONS = Set.of("corporation", "group");

  private static GoldSentence wnutSentence(List<String[]> rows) {
    StringBuilder text = new StringBuilder();
    List<TokenSpan> tokens = new ArrayList<>();
    List<EntitySpan> gold = new ArrayList<>();
    int openStart = -1;
    EntityType openType = null;
    for (String[] row : rows) {
      int start = text.length();
      text.append(row[0]);
      tokens.add(new TokenSpan(start, text.length(), row[0].toLowerCase(Locale.ROOT), false));
      text.append(' ');
      String tag = row.length > 1 ? row[1] : "O";
      boolean inside = tag.startsWith("I-") && openType != null;
      if (!inside && openType != null) {
        gold.add(new EntitySpan(openStart, tokens.get(tokens.size() - 2).end(), openType));
        openType = null;
      }
      if (tag.startsWith("B-") || (tag.startsWith("I-") && !inside)) {
        String kind = tag.substring(2);
        openType = kind.equals("person") ? EntityType.PERSON : kind.equals("location") ? EntityType.LOCATION
            : ORGANIZATIONS.contains(kind) ? EntityType.ORGANIZATION : EntityType.MISC;
        openStart = start;
      }
    }
    if (openType != null) {
      gold.add(new EntitySpan(openStart, tokens.get(tokens.size() - 1).end(), openType));
    }
    return new GoldSentence(text.toString().stripTrailing(), tokens, gold);
  }

  /**
   * CoNLL-2003 ("token POS chunk NER" per line, IOB2 tags, a blank line between sentences, a
   * -DOCSTART- line before each article) as articles: tokens joined by one space, sentences by a line
   * break.
   */
  static List<GoldArticle> conll(Path file) {
    List<GoldArticle> articles = new ArrayList<>();
    List<List<String[]>> sentences = new ArrayList<>();
    List<String[]> rows = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.startsWith("-DOCSTART-")) {
          if (!sentences.isEmpty()) {
            articles.add(conllArticle(sentences));
          }
          sentences = new ArrayList<>();
        } else if (line.isBlank()) {
          if (!rows.isEmpty()) {
            sentences.add(rows);
          }
          rows = new ArrayList<>();
        } else {
          rows.add(line.split(" "));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!rows.isEmpty()) {
      sentences.add(rows);
    }
    if (!sentences.isEmpty()) {
      articles.add(conllArticle(sentences));
    }
    return articles;
  }

  private static GoldArticle conllArticle(List<List<String[]>> rowsBySentence) {
    StringBuilder text = new StringBuilder();
    List<List<TokenSpan>> sentences = new ArrayList<>();
    List<EntitySpan> gold = new ArrayList<>();
    for (List<String[]> rows : rowsBySentence) {
      if (text.length() > 0) {
        text.append('\n');
      }
      List<TokenSpan> tokens = new ArrayList<>();
      int openStart = -1;
      EntityType openType = null;
      for (String[] row : rows) {
        if (!tokens.isEmpty()) {
          text.append(' ');
        }
        int start = text.length();
        text.append(row[0]);
        String tag = row[row.length - 1];
        boolean continues = tag.startsWith("I-") && openType == EntityType.fromLabel(tag.substring(2));
        if (openType != null && !continues) {
          gold.add(new EntitySpan(openStart, tokens.get(tokens.size() - 1).end(), openType));
          openType = null;
        }
        if (!tag.equals("O") && !continues) {
          openType = EntityType.fromLabel(tag.substring(2));
          openStart = start;
        }
        tokens.add(new TokenSpan(start, text.length(), row[0].toLowerCase(Locale.ROOT), false));
      }
      if (openType != null) {
        gold.add(new EntitySpan(openStart, tokens.get(tokens.size() - 1).end(), openType));
      }
      sentences.add(tokens);
    }
    return new GoldArticle(text.toString(), sentences, gold);
  }
}
