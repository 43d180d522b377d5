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
      ExtractedPage page = extractor().extract(decoded.text());
      if (page.text() == null || page.text().isBlank()) {
        return ParsedRecord.rejected(path, RejectReason.NO_ARTICLE_TEXT,
            "no main article text found in the page", decoded.text());
      }
      article.setTitle(page.title()).setLanguage(page.language()).setText(page.text());
      var published = PublishedDates.parse(page.publishedAt());
      if (published.isPresent()) {
        article.setPublishedAt(published.get());
      }
    } else {
      article.setText(decoded.text()).setTitleInFirstLine(true);
    }
    return decoded.repaired() ? ParsedRecord.repaired(article.build()) : ParsedRecord.of(article.build());
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
