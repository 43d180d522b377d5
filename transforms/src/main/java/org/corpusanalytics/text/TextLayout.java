package org.corpusanalytics.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Plain text as it was laid out -> one line per paragraph. Two layouts are common in news corpora:
 *
 * <ul>
 *   <li>{@link Mode#LINES}: every line is a paragraph (web scrapes, the BBC corpus); kept as it is.
 *   <li>{@link Mode#WRAPPED}: paragraphs hard-wrapped at a fixed width (wire archives, e-mail,
 *       Usenet, Gutenberg-style texts), paragraphs marked by blank lines or by an indented first
 *       line. The lines of a paragraph are joined with a space; a word hyphenated at a line end is
 *       rejoined without its hyphen only when the joined form is a word and the hyphen was not a
 *       compound's.
 * </ul>
 *
 * <p>{@link Mode#AUTO} decides per text from its own lines: wrapped when most line ends fall inside
 * a sentence and most lines fill the text's width. Unwrapped paragraphs are separated by a blank
 * line. Stateless and thread-safe.
 */
public final class TextLayout {

  /** How a text's line breaks are read. */
  public enum Mode {
    /** Decide per text from its line lengths and line ends. */
    AUTO,
    /** Every line is a paragraph. */
    LINES,
    /** Lines are wrapped inside paragraphs. */
    WRAPPED
  }

  /** The text with one line per paragraph, and whether it was read as wrapped. */
  public record Laid(String text, boolean wrapped) {}

  /** Fewer line-to-line boundaries than this give too little evidence to call a text wrapped. */
  private static final int MIN_BOUNDARIES = 3;

  /** Share of boundaries that must fall inside a sentence for a text to be wrapped. */
  private static final double MIN_CONTINUATION_SHARE = 0.5;

  /** A line "fills" the width when it is at least this share of it (greedy wrapping leaves less). */
  private static final double FULL_LINE_SHARE = 0.6;

  /** Share of mid-sentence line ends whose lines must fill the width for a text to be wrapped. */
  private static final double MIN_FULL_LINES = 0.7;

  /** Wider than this, lines are paragraphs that happen to be short, not a wrapping width. */
  private static final int MAX_WRAP_WIDTH = 160;

  /** Quantile of line lengths taken as the wrapping width, so one long line does not set it. */
  private static final double WIDTH_QUANTILE = 0.9;

  private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?|[\\n\\u000B\\f\\u0085\\u2028\\u2029]");

  /** Sentence-final punctuation, possibly followed by closing quotes or brackets. */
  private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?:;][\"'”’»)\\]]*$");

  /**
   * A list item or bullet. It starts a paragraph after a line that ends a sentence, or after a
   * short item; elsewhere a leading dash is a dash inside a sentence that wrapping put at a line
   * start, and "305. " a number ending a sentence.
   */
  private static final Pattern LIST_ITEM = Pattern.compile("^([-*•·–—]|\\d{1,3}[.)])\\s.*");

  private final WordList words;

  public TextLayout(WordList words) {
    this.words = words;
  }

  private static final class DefaultHolder {
    static final TextLayout INSTANCE = new TextLayout(WordList.fromResource("words-en.txt.gz"));
  }

  /** The layout reader with the bundled English word list (loaded once per JVM). */
  public static TextLayout withDefaultWords() {
    return DefaultHolder.INSTANCE;
  }

  /** One line of the text: its indentation (tabs count 4) and its content without outer spaces. */
  private record Line(int indent, String content) {
    boolean blank() {
      return content.isEmpty();
    }

    int width() {
      return indent + content.length();
    }
  }

  public Laid apply(String raw, Mode mode) {
    if (mode == Mode.LINES) {
      return new Laid(raw, false);
    }
    List<Line> lines = lines(raw);
    if (mode == Mode.AUTO && !looksWrapped(lines)) {
      return new Laid(raw, false);
    }
    return new Laid(unwrap(lines, raw), true);
  }

  private static List<Line> lines(String raw) {
    List<Line> lines = new ArrayList<>();
    for (String text : LINE_BREAK.split(raw, -1)) {
      int indent = 0;
      int start = 0;
      while (start < text.length() && isSpace(text.charAt(start))) {
        indent += text.charAt(start) == '\t' ? 4 : 1;
        start++;
      }
      int end = text.length();
      while (end > start && isSpace(text.charAt(end - 1))) {
        end--;
      }
      lines.add(new Line(indent, text.substring(start, end)));
    }
    return lines;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /**
   * Wrapped when, over the boundaries between two non-blank lines, most fall inside a sentence (the
   * line does not end one, or the next starts in lower case) and most such lines fill the width.
   * Boundaries after a heading (a short line with no sentence end, before a capitalised line) say
   * nothing either way and are not counted.
   */
  private static boolean looksWrapped(List<Line> lines) {
    int width = width(lines);
    if (width == 0 || width > MAX_WRAP_WIDTH) {
      return false;
    }
    int boundaries = 0;
    int continuations = 0;
    int fullContinuations = 0;
    for (int i = 0; i + 1 < lines.size(); i++) {
      Line line = lines.get(i);
      Line next = lines.get(i + 1);
      if (line.blank() || next.blank() || isHeading(line, next, width)) {
        continue;
      }
      boundaries++;
      if (!ENDS_SENTENCE.matcher(line.content()).matches() || startsLowerCase(next.content())) {
        continuations++;
        if (line.width() >= FULL_LINE_SHARE * width) {
          fullContinuations++;
        }
      }
    }
    return boundaries >= MIN_BOUNDARIES
        && continuations >= MIN_CONTINUATION_SHARE * boundaries
        && fullContinuations >= MIN_FULL_LINES * continuations;
  }

  /** A short line that ends no sentence, followed by one that does not start in lower case. */
  private static boolean isHeading(Line line, Line next, int width) {
    return line.width() < FULL_LINE_SHARE * width
        && !ENDS_SENTENCE.matcher(line.content()).matches()
        && !startsLowerCase(next.content());
  }

  /** The wrapping width: a high quantile of the non-blank lines' widths. */
  private static int width(List<Line> lines) {
    int[] widths = lines.stream().filter(line -> !line.blank()).mapToInt(Line::width).sorted().toArray();
    if (widths.length == 0) {
      return 0;
    }
    return widths[(int) Math.min(widths.length - 1, Math.floor(WIDTH_QUANTILE * widths.length))];
  }

  private String unwrap(List<Line> lines, String raw) {
    int width = width(lines);
    int baseIndent = mostCommonIndent(lines);
    boolean indentMarksParagraphs = indentMarksParagraphs(lines, baseIndent);
    String lowerText = raw.toLowerCase(Locale.ROOT);
    List<String> paragraphs = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    Line previous = null;
    for (Line line : lines) {
      if (line.blank()) {
        flush(paragraph, paragraphs);
        previous = null;
        continue;
      }
      if (previous != null && startsParagraph(previous, line, width, baseIndent, indentMarksParagraphs)) {
        flush(paragraph, paragraphs);
      }
      if (paragraph.isEmpty()) {
        paragraph.append(line.content());
      } else {
        join(paragraph, line.content(), lowerText);
      }
      previous = line;
    }
    flush(paragraph, paragraphs);
    return String.join("\n\n", paragraphs);
  }

  private static void flush(StringBuilder paragraph, List<String> paragraphs) {
    if (!paragraph.isEmpty()) {
      paragraphs.add(paragraph.toString());
      paragraph.setLength(0);
    }
  }

  /**
   * A line starts a new paragraph when it is indented in text whose other lines are flush, when it
   * is a list item, or when the line before it ended short: a sentence or a heading after which
   * the next word would still have fit.
   */
  private static boolean startsParagraph(Line previous, Line line, int width, int baseIndent,
      boolean indentMarksParagraphs) {
    if (indentMarksParagraphs && line.indent() > baseIndent) {
      return true;
    }
    boolean nextWordFitted = previous.width() + 1 + firstWord(line.content()).length() <= width;
    if (LIST_ITEM.matcher(line.content()).matches() && (ENDS_SENTENCE.matcher(previous.content()).matches()
        || nextWordFitted && LIST_ITEM.matcher(previous.content()).matches())) {
      return true;
    }
    if (!nextWordFitted) {
      return false;
    }
    return ENDS_SENTENCE.matcher(previous.content()).matches() || isHeading(previous, line, width);
  }

  private static int mostCommonIndent(List<Line> lines) {
    int[] counts = new int[MAX_WRAP_WIDTH + 1];
    for (Line line : lines) {
      if (!line.blank()) {
        counts[Math.min(line.indent(), MAX_WRAP_WIDTH)]++;
      }
    }
    int best = 0;
    for (int indent = 1; indent < counts.length; indent++) {
      if (counts[indent] > counts[best]) {
        best = indent;
      }
    }
    return best;
  }

  /** Some, but fewer than half, of the non-blank lines are indented beyond the usual indentation. */
  private static boolean indentMarksParagraphs(List<Line> lines, int baseIndent) {
    long nonBlank = lines.stream().filter(line -> !line.blank()).count();
    long indented = lines.stream().filter(line -> !line.blank() && line.indent() > baseIndent).count();
    return indented > 0 && indented * 2 < nonBlank;
  }

  /**
   * Appends the next line of a paragraph. A line ending in a hyphen attached to a letter or digit
   * ends inside a word: the next line follows it without a space. The hyphen is dropped only as a
   * typesetter's, when the hyphen follows a letter, the next line starts in lower case, and either
   * the text uses the joined form elsewhere or the joined form is a word while the part after the
   * hyphen is not ("gov-" + "ernment"). A hyphen before a word stays: in plain-text news a line-end
   * hyphen is nearly always a compound's ("co-" + "operation", "counter-" + "narcotics").
   */
  private void join(StringBuilder paragraph, String next, String lowerText) {
    int end = paragraph.length();
    boolean attachedHyphen = end >= 2 && paragraph.charAt(end - 1) == '-'
        && Character.isLetterOrDigit(paragraph.charAt(end - 2));
    if (!attachedHyphen) {
      paragraph.append(' ').append(next);
      return;
    }
    if (Character.isLetter(paragraph.charAt(end - 2)) && startsLowerCase(next)) {
      int start = end - 1;
      while (start > 0 && Character.isLetter(paragraph.charAt(start - 1))) {
        start--;
      }
      String head = paragraph.substring(start, end - 1).toLowerCase(Locale.ROOT);
      String tail = leadingLetters(next).toLowerCase(Locale.ROOT);
      boolean compound = start > 0 && paragraph.charAt(start - 1) == '-';
      if (!compound && dropsHyphen(head, tail, lowerText)) {
        paragraph.setLength(end - 1);
      }
    }
    paragraph.append(next);
  }

  private boolean dropsHyphen(String head, String tail, String lowerText) {
    if (lowerText.contains(head + "-" + tail)) {
      return false;
    }
    String joined = head + tail;
    if (containsWord(lowerText, joined)) {
      return true;
    }
    return words.contains(joined) && !words.contains(tail);
  }

  /** Whether {@code word} stands in the text as a whole word, not inside another. */
  private static boolean containsWord(String text, String word) {
    int at = text.indexOf(word);
    while (at >= 0) {
      int after = at + word.length();
      boolean startsWord = at == 0 || !Character.isLetter(text.charAt(at - 1));
      boolean endsWord = after == text.length() || !Character.isLetter(text.charAt(after));
      if (startsWord && endsWord) {
        return true;
      }
      at = text.indexOf(word, at + 1);
    }
    return false;
  }

  private static String firstWord(String content) {
    int space = content.indexOf(' ');
    return space < 0 ? content : content.substring(0, space);
  }

  private static String leadingLetters(String content) {
    int end = 0;
    while (end < content.length() && Character.isLetter(content.charAt(end))) {
      end++;
    }
    return content.substring(0, end);
  }

  private static boolean startsLowerCase(String content) {
    return !content.isEmpty() && Character.isLowerCase(content.codePointAt(0));
  }
}
