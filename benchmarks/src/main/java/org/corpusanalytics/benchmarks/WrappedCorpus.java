package org.corpusanalytics.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Hard-wrapped copies of the BBC News corpus, laid out as wire archives are: lines broken at a
 * fixed width, paragraphs marked either by a blank line or by an indented first line with no blank
 * line between them.
 *
 * <p>Wrapping is greedy, as {@code fmt} and Python's {@code textwrap} do it: as many words as fit,
 * a line broken after the hyphen of a hyphenated word when only its first part fits, and a word
 * longer than the width on a line of its own.
 *
 * <pre>{@code
 * java ... WrappedCorpus ../shared/data/corpus/bbc-news target/wrapped-bbc
 * }</pre>
 */
public final class WrappedCorpus {
  /** The widths wire copy, e-mail and Usenet archives are wrapped at. */
  public static final List<Integer> WIDTHS = List.of(60, 68, 72, 80);

  /** Indentation of a paragraph's first line in the indented layout. */
  private static final String INDENT = "    ";

  private WrappedCorpus() {}

  /**
   * The headline on the first line, then the paragraphs wrapped at {@code width}: separated by a
   * blank line, or, when {@code indented}, each starting on an indented line.
   */
  public static String wrap(String title, List<String> paragraphs, int width, boolean indented) {
    StringBuilder out = new StringBuilder(title).append('\n');
    for (String paragraph : paragraphs) {
      if (!indented) {
        out.append('\n');
      }
      for (String line : wrapParagraph(paragraph, width, indented ? INDENT : "")) {
        out.append(line).append('\n');
      }
    }
    return out.toString();
  }

  static List<String> wrapParagraph(String paragraph, int width, String firstIndent) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(firstIndent);
    int lineStart = firstIndent.length();
    for (String word : paragraph.strip().split("\\s+")) {
      String rest = word;
      while (!rest.isEmpty()) {
        boolean empty = line.length() == lineStart;
        int room = width - line.length() - (empty ? 0 : 1);
        if (rest.length() <= room) {
          line.append(empty ? "" : " ").append(rest);
          rest = "";
          continue;
        }
        int hyphen = lastInnerHyphen(rest, room);
        if (hyphen > 0) {
          line.append(empty ? "" : " ").append(rest, 0, hyphen + 1);
          rest = rest.substring(hyphen + 1);
        } else if (empty) {
          line.append(rest);
          rest = "";
        }
        lines.add(line.toString());
        line.setLength(0);
        lineStart = 0;
      }
    }
    if (line.length() > lineStart) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** The last hyphen between two letters such that the word up to it fits in {@code room}. */
  private static int lastInnerHyphen(String word, int room) {
    for (int i = Math.min(room - 1, word.length() - 2); i > 0; i--) {
      if (word.charAt(i) == '-' && Character.isLetter(word.charAt(i - 1)) && Character.isLetter(word.charAt(i + 1))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Writes every BBC article below {@code out} as {@code <category>/<file>}, article i (in path
   * order) wrapped at {@code WIDTHS[i % 4]}, in the indented layout when i is odd.
   */
  public static void write(Path bbcRoot, Path out) throws IOException {
    List<CorpusBuilder.SourceArticle> articles = CorpusBuilder.readBbc(bbcRoot);
    for (int i = 0; i < articles.size(); i++) {
      CorpusBuilder.SourceArticle article = articles.get(i);
      Path file = out.resolve(article.path().substring(article.path().indexOf('/') + 1));
      Files.createDirectories(file.getParent());
      String wrapped = wrap(article.title(), article.paragraphs(), WIDTHS.get(i % WIDTHS.size()), i % 2 == 1);
      Files.writeString(file, wrapped, StandardCharsets.UTF_8);
    }
  }

  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: WrappedCorpus BBC_ROOT OUT_DIR");
      System.exit(2);
    }
    try {
      write(Path.of(args[0]), Path.of(args[1]));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
