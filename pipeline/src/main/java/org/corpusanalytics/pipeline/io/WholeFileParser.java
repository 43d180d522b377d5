package org.corpusanalytics.pipeline.io;

import java.io.Serializable;
import org.corpusanalytics.model.Article;
import org.corpusanalytics.model.Reject;
import org.corpusanalytics.text.html.ExtractedPage;
import org.corpusanalytics.text.html.MainTextExtractor;

/**
 * Parsers for formats that hold one article per file: plain text (headline in the first line)
 * and HTML pages (main text extracted). Both refuse empty and binary files.
 */
public final class WholeFileParser implements Serializable {
  private transient MainTextExtractor extractor;

  /** One file's bytes, decompressed, as one article or one reject. */
  public ParsedRecord parse(InputFormat format, String path, byte[] bytes) {
    TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
    if (decoded == null) {
      return ParsedRecord.rejected(path, RejectReason.NOT_TEXT,
          "binary content (" + bytes.length + " bytes): " + TextDecoding.binaryEvidence(bytes),
          TextDecoding.escapeBinary(bytes, Reject.MAX_SNIPPET_BYTES));
    }
    if (isBlank(decoded.text())) {
      return ParsedRecord.rejected(path, RejectReason.EMPTY_FILE,
          bytes.length == 0 ? "file is empty" : "file holds only white space", decoded.text());
    }
    Article.Builder article = Article.builder().setDocId(DocIds.of(path, 0)).setSource(path);
    if (format == InputFormat.HTML) {
      return page(article, path, decoded.text(), decoded.repaired());
    }
    article.setText(decoded.text()).setTitleInFirstLine(true);
    return decoded.repaired() ? ParsedRecord.repaired(article.build()) : ParsedRecord.of(article.build());
  }

  /**
   * An HTML page already decoded to text -> an article with the page's main text, title, language
   * and publication time, or a {@code no_article_text} reject; {@code article} holds id and source.
   */
  ParsedRecord page(Article.Builder article, String source, String html, boolean encodingRepaired) {
    ExtractedPage page = extractor().extract(html);
    if (page.text() == null || page.text().isBlank()) {
      return ParsedRecord.rejected(source, RejectReason.NO_ARTICLE_TEXT,
          "no main article text found in the page", html);
    }
    article.setTitle(page.title()).setLanguage(page.language()).setText(page.text());
    var published = PublishedDates.parse(page.publishedAt());
    if (published.isPresent()) {
      article.setPublishedAt(published.get());
    }
    return encodingRepaired ? ParsedRecord.repaired(article.build()) : ParsedRecord.of(article.build());
  }

  /** Only white space, counting no-break and other Unicode spaces, which String.isBlank() does not. */
  private static boolean isBlank(String text) {
    return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
  }

  private MainTextExtractor extractor() {
    if (extractor == null) {
      extractor = MainTextExtractor.create();
    }
    return extractor;
  }
}
