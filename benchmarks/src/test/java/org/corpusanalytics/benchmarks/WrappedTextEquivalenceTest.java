package org.corpusanalytics.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corpusanalytics.text.ArticleCleaner;
import org.corpusanalytics.text.OpenNlpSegmenter;
import org.corpusanalytics.text.SentenceSpan;
import org.corpusanalytics.text.TextLayout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hard-wrapped text reads as its unwrapped original: every BBC News article (generated at test
 * time, never stored), wrapped at each of {@link WrappedCorpus#WIDTHS} in both layouts, goes
 * through the reader's layout, the cleaner and the sentence segmenter, and must give the
 * original's title and sentences, white space normalised, for at least 99% of articles per width.
 * The originals themselves, one paragraph per line, must be read as lines.
 *
 * <p>Sentences are compared only where the cleaned texts differ: the segmenter is deterministic, so
 * equal texts give equal sentences, and segmenting every copy would take minutes.
 */
class WrappedTextEquivalenceTest {
  private static final Path BBC_NEWS = Path.of("../../shared/data/corpus/bbc-news");
  private static final double MIN_EXACT_SHARE = 0.99;

  private static List<CorpusBuilder.SourceArticle> articles;
  private static List<Cleaned> originals;

  private final TextLayout layout = TextLayout.withDefaultWords();
  private final ArticleCleaner cleaner = ArticleCleaner.withDefaultRules();
  private final OpenNlpSegmenter segmenter = new OpenNlpSegmenter();

  /** What the job keeps of an article: its title and cleaned text, and whether it was read as wrapped. */
  record Cleaned(String title, String text, boolean readAsWrapped) {}

  @BeforeAll
  static void readCorpus() throws IOException {
    assumeTrue(Files.isDirectory(BBC_NEWS), "BBC News corpus not found at " + BBC_NEWS.toAbsolutePath()
        + "; wrapped-text equivalence not checked");
    articles = CorpusBuilder.readBbc(BBC_NEWS);
    WrappedTextEquivalenceTest reader = new WrappedTextEquivalenceTest();
    originals = new ArrayList<>();
    for (CorpusBuilder.SourceArticle article : articles) {
      originals.add(reader.clean(article.title() + "\n\n" + String.join("\n\n", article.paragraphs())));
    }
  }

  @Test
  void originalsAreReadAsLines() {
    long wrapped = originals.stream().filter(Cleaned::readAsWrapped).count();

    assertEquals(0, wrapped, wrapped + " of " + originals.size() + " one-paragraph-per-line articles read as wrapped");
  }

  @Test
  void wrappedArticlesGiveTheOriginalsSentences() {
    List<String> report = new ArrayList<>();
    for (int width : WrappedCorpus.WIDTHS) {
      for (boolean indented : List.of(false, true)) {
        int exact = 0;
        String firstMismatch = null;
        for (int i = 0; i < articles.size(); i++) {
          CorpusBuilder.SourceArticle article = articles.get(i);
          Cleaned wrapped = clean(WrappedCorpus.wrap(article.title(), article.paragraphs(), width, indented));
          Cleaned original = originals.get(i);
          String difference = difference(original, wrapped);
          if (difference == null) {
            exact++;
          } else if (firstMismatch == null) {
            firstMismatch = article.path() + ": " + difference;
          }
        }
        double share = exact / (double) articles.size();
        String line = String.format("width %d, %s: %d of %d articles exact (%.4f)%s", width,
            indented ? "indented paragraphs" : "blank-line paragraphs", exact, articles.size(), share,
            firstMismatch == null ? "" : "; first mismatch " + firstMismatch);
        System.out.println(line);
        if (share < MIN_EXACT_SHARE) {
          report.add(line);
        }
      }
    }
    assertTrue(report.isEmpty(), String.join("\n", report));
  }

  private Cleaned clean(String raw) {
    TextLayout.Laid laid = layout.apply(raw, TextLayout.Mode.AUTO);
    ArticleCleaner.Cleaned cleaned = cleaner.clean(laid.text(), true);
    return new Cleaned(String.valueOf(cleaned.title()), cleaned.text(), laid.wrapped());
  }

  private List<String> sentences(String text) {
    List<String> sentences = new ArrayList<>();
    for (SentenceSpan sentence : segmenter.segment(text)) {
      sentences.add(text.substring(sentence.start(), sentence.end()).replaceAll("\\s+", " "));
    }
    return sentences;
  }

  /** How the copy differs from the original in title or sentences, or null when it does not. */
  private String difference(Cleaned original, Cleaned copy) {
    if (!original.title().equals(copy.title())) {
      return "title '" + original.title() + "' read as '" + copy.title() + "'";
    }
    if (original.text().equals(copy.text())) {
      return null;
    }
    List<String> expected = sentences(original.text());
    List<String> actual = sentences(copy.text());
    for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
      if (!expected.get(i).equals(actual.get(i))) {
        return "'" + expected.get(i) + "' read as '" + actual.get(i) + "'";
      }
    }
    return expected.size() == actual.size() ? null : expected.size() + " sentences read as " + actual.size();
  }
}
