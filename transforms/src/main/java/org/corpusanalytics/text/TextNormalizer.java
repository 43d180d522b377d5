package org.corpusanalytics.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Turns raw article text into normalised lines: markup and entities decoded, Unicode NFKC,
 * control and zero-width characters removed, non-breaking and other spaces folded to one ASCII
 * space, each line trimmed, blank lines dropped. Each returned line is one paragraph.
 *
 * <p>Stateless and thread-safe.
 */
public final class TextNormalizer {

  /** Tags that show the text is an HTML fragment rather than plain text. */
  private static final Pattern MARKUP =
      Pattern.compile("<(p|br|div|span|a|b|i|em|strong|li|ul|ol|h[1-6]|blockquote|figure)[\\s/>]",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,31});");

  /** Format and control characters, zero-width marks and the soft hyphen; line breaks are kept. */
  private static final Pattern INVISIBLE =
      Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\t]]|[\\u00AD\\u200B-\\u200F\\u2060\\uFEFF]");

  /** Every horizontal space, including no-break and typographic spaces that NFKC leaves alone. */
  private static final Pattern SPACES = Pattern.compile("[\\t\\p{Zs}]+");

  private static final Pattern LINE_BREAKS = Pattern.compile("\\r\\n?|[\\u000B\\f\\u2028\\u2029\\u0085]");

  public List<String> paragraphs(String raw) {
    String text = raw;
    if (MARKUP.matcher(text).find()) {
      text = markupToText(text);
    } else if (ENTITY.matcher(text).find()) {
      text = Parser.unescapeEntities(text, false);
    }
    text = LINE_BREAKS.matcher(text).replaceAll("\n");
    text = Normalizer.normalize(text, Normalizer.Form.NFKC);
    text = INVISIBLE.matcher(text).replaceAll("");
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n")) {
      String folded = SPACES.matcher(line).replaceAll(" ").strip();
      if (!folded.isEmpty()) {
        lines.add(folded);
      }
    }
    return lines;
  }

  /** Block elements become line breaks; scripts and styles are dropped with their content. */
  private static String markupToText(String fragment) {
    Document document = Jsoup.parseBodyFragment(fragment);
    document.select("script, style, noscript, template").remove();
    for (Element block : document.select("br, p, div, li, h1, h2, h3, h4, h5, h6, blockquote, tr")) {
      block.before("\n");
      block.after("\n");
    }
    return document.body().wholeText();
  }
}
