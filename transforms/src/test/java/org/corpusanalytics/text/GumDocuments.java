package org.corpusanalytics.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Gold segmentation from GUM news documents in CoNLL-U (read in place, never copied). Each
 * document's text is rebuilt from its tokens and {@code SpaceAfter=No}: sentences joined by one
 * space inside a paragraph ({@code # newpar}), paragraphs by a blank line, as our cleaner emits.
 *
 * <p>Multi-word tokens ("Trump's" = "Trump" + "'s", "hadn't" = "had" + "n't") contribute their
 * surface to the text and their syntactic words to the gold tokens, placed at consecutive offsets
 * inside the surface: our tokenizer splits these clitics the same way. A range whose words do not
 * spell its surface (none occur in GUM news) counts as one gold token.
 */
final class GumDocuments {

  record Range(int start, int end) {}

  record Document(String id, String text, List<Range> sentences, List<Range> tokens) {}

  private GumDocuments() {}

  static List<Document> load(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> conllu = files.filter(p -> p.toString().endsWith(".conllu")).sorted().toList();
      List<Document> documents = new ArrayList<>();
      for (Path file : conllu) {
        documents.add(parse(file.getFileName().toString(), Files.readAllLines(file, StandardCharsets.UTF_8)));
      }
      return documents;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + dir.toAbsolutePath(), e);
    }
  }

  static Document parse(String id, List<String> lines) {
    StringBuilder text = new StringBuilder();
    List<Range> sentences = new ArrayList<>();
    List<Range> tokens = new ArrayList<>();
    boolean newParagraph = false;
    String expected = null;
    int sentenceStart = -1;
    int skipThrough = 0;
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.equals("# newpar") || line.startsWith("# newpar ")) {
        newParagraph = true;
      } else if (line.startsWith("# text = ")) {
        expected = line.substring("# text = ".length());
      } else if (line.isBlank()) {
        if (sentenceStart >= 0) {
          trimTrailingSpace(text);
          checkText(id, expected, text.substring(sentenceStart));
          sentences.add(new Range(sentenceStart, text.length()));
          sentenceStart = -1;
          skipThrough = 0;
        }
      } else if (!line.startsWith("#")) {
        String[] cols = line.split("\t");
        if (cols.length != 10 || cols[0].contains(".")) {
          continue; // empty nodes carry no surface
        }
        if (sentenceStart < 0) {
          if (!text.isEmpty()) {
            text.append(newParagraph ? "\n\n" : " ");
          }
          newParagraph = false;
          sentenceStart = text.length();
        }
        int dash = cols[0].indexOf('-');
        int word = Integer.parseInt(dash < 0 ? cols[0] : cols[0].substring(0, dash));
        if (dash >= 0) {
          skipThrough = Integer.parseInt(cols[0].substring(dash + 1));
          tokens.addAll(wordRanges(lines, n, text.length(), cols[1]));
        } else if (word <= skipThrough) {
          continue; // a part of the multi-word token already placed
        } else {
          tokens.add(new Range(text.length(), text.length() + cols[1].length()));
        }
        text.append(cols[1]);
        if (!cols[9].matches("(?:.*\\|)?SpaceAfter=No(?:\\|.*)?")) {
          text.append(' ');
        }
      }
    }
    return new Document(id, text.toString(), sentences, tokens);
  }

  /** The words following a range line, at consecutive offsets if they spell its surface. */
  private static List<Range> wordRanges(List<String> lines, int at, int start, String surface) {
    String[] ids = lines.get(at).split("\t")[0].split("-");
    int count = Integer.parseInt(ids[1]) - Integer.parseInt(ids[0]) + 1;
    List<Range> words = new ArrayList<>();
    StringBuilder spelled = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      String form = lines.get(at + i).split("\t")[1];
      words.add(new Range(start + spelled.length(), start + spelled.length() + form.length()));
      spelled.append(form);
    }
    return spelled.toString().equals(surface) ? words : List.of(new Range(start, start + surface.length()));
  }

  private static void trimTrailingSpace(StringBuilder text) {
    while (!text.isEmpty() && text.charAt(text.length() - 1) == ' ') {
      text.setLength(text.length() - 1);
    }
  }

  /** A mismatch with the sentence's own {@code # text} means the rebuild went wrong: fail loudly. */
  private static void checkText(String id, String expected, String rebuilt) {
    if (expected != null && !expected.equals(rebuilt)) {
      throw new IllegalStateException(id + ": rebuilt sentence differs from # text:\n  " + rebuilt
          + "\n  " + expected);
    }
  }
}
