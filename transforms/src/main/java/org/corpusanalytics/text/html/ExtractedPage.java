package org.corpusanalytics.text.html;

/**
 * Result of main-text extraction from one HTML page.
 *
 * @param title headline without a trailing site name, or null if the page has none
 * @param text main article body; paragraphs separated by a blank line, list items by a newline;
 *     empty (never null) when no article text was found
 * @param publishedAt ISO-8601 publication date or date-time, or null if absent
 * @param language lower-case ISO 639-1 code, or null if the page does not declare one
 */
public record ExtractedPage(String title, String text, String publishedAt, String language) {

  public ExtractedPage {
    text = text == null ? "" : text;
  }

  static ExtractedPage empty() {
    return new ExtractedPage(null, "", null, null);
  }
}
