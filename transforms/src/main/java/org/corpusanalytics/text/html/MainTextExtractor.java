package org.corpusanalytics.text.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Extracts the main article text and basic metadata from a news page's HTML.
 *
 * <p>The approach follows Readability: prune furniture by tag and class/id patterns, score
 * candidate containers by paragraph text, commas and link density, pick the best root plus related
 * siblings, then emit its paragraph-level text. Parsing is from the string only; no resource is
 * ever fetched. Instances are immutable and safe to share between threads.
 */
public final class MainTextExtractor {

  /** Below this many characters the strict pass probably pruned the article; relax and retry. */
  private static final int MIN_CONFIDENT_LENGTH = 500;

  /** How many times more words JSON-LD must hold than the DOM text before it is preferred. */
  private static final int STRUCTURED_BODY_ADVANTAGE = 2;

  /**
   * A more lenient pass must find this many times more text to win: short articles are common,
   * and a slightly longer relaxed result usually just means widgets crept back in.
   */
  private static final double RELAXED_PASS_GAIN = 2.0;

  /** Progressively more lenient passes, tried until one yields enough text. */
  private record Pass(boolean stripUnlikely, boolean weighClasses, boolean cleanConditionally) {}

  private static final List<Pass> PASSES =
      List.of(
          new Pass(true, true, true),
          new Pass(false, true, true),
          new Pass(false, false, true),
          new Pass(false, false, false));

  private final BoilerplateRules rules;

  private MainTextExtractor(BoilerplateRules rules) {
    this.rules = rules;
  }

  /** Creates an extractor with the bundled boilerplate rules; fails fast if they are missing. */
  public static MainTextExtractor create() {
    return new MainTextExtractor(BoilerplateRules.loadDefault());
  }

  public ExtractedPage extract(String html) {
    if (html == null || html.isBlank()) {
      return ExtractedPage.empty();
    }
    Document doc = Jsoup.parse(html);
    List<String> jsonLd = new ArrayList<>();
    for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
      jsonLd.add(script.data());
    }
    String title = PageMetadata.title(doc);
    String publishedAt = PageMetadata.publishedAt(doc, jsonLd);
    String language = PageMetadata.language(doc);
    String domText = bodyText(doc, html);
    return new ExtractedPage(title, preferStructuredBody(domText, jsonLd), publishedAt, language);
  }

  /**
   * JSON-LD {@code articleBody} is often truncated to a teaser, so it only replaces the DOM text
   * when it is clearly longer, i.e. when the DOM heuristics evidently missed the article.
   */
  private static String preferStructuredBody(String domText, List<String> jsonLd) {
    String structured = "";
    for (String block : jsonLd) {
      for (String body : JsonLdFields.stringValues(block, "articleBody")) {
        if (body.length() > structured.length()) {
          structured = body;
        }
      }
    }
    if (structured.isEmpty()) {
      return domText;
    }
    if (structured.indexOf('<') >= 0) {
      structured = Jsoup.parseBodyFragment(structured).text(); // some sites embed markup
    } else {
      structured = Parser.unescapeEntities(structured, false);
    }
    structured = structured.strip();
    return wordCount(structured) >= STRUCTURED_BODY_ADVANTAGE * wordCount(domText)
        ? structured
        : domText;
  }

  private static int wordCount(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words;
  }

  private String bodyText(Document firstParse, String html) {
    String best = "";
    Document doc = firstParse;
    for (Pass pass : PASSES) {
      if (doc == null) {
        doc = Jsoup.parse(html); // earlier passes mutated their tree while pruning
      }
      String text = runPass(doc.body(), pass);
      doc = null;
      if (text.length() > RELAXED_PASS_GAIN * best.length()) {
        best = text;
      }
      if (best.length() >= MIN_CONFIDENT_LENGTH) {
        break;
      }
    }
    return best;
  }

  private String runPass(Element body, Pass pass) {
    if (body == null) {
      return "";
    }
    new BoilerplatePruner(rules, pass.stripUnlikely()).prune(body);
    TextStats stats = TextStats.compute(body);
    List<Element> content = new ContentScorer(rules, pass.weighClasses()).select(body, stats);
    return new BlockTextCollector(rules, pass.cleanConditionally()).collect(content, stats);
  }
}
