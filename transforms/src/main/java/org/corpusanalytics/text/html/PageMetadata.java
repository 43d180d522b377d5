package org.corpusanalytics.text.html;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Title, publication date and language read from a page's head metadata and markup. */
final class PageMetadata {

  /** Separators publishers put between a headline and the site name. */
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+(?:[|\\-–—:»«·]|::)\\s+");

  /** Accepts ISO-8601 with 'T' or space, optional seconds/fraction, offsets with or without ':'. */
  private static final DateTimeFormatter LENIENT_ISO =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart()
          .appendPattern("['T'][' ']")
          .append(DateTimeFormatter.ISO_LOCAL_TIME)
          .optionalStart()
          .appendOffset("+HH:MM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .optionalEnd()
          .toFormatter(Locale.ROOT);

  private static final Pattern LANGUAGE = Pattern.compile("([A-Za-z]{2})(?:[-_].*)?");

  private PageMetadata() {}

  static String title(Document doc) {
    Element h1 = doc.selectFirst("h1");
    String headline = h1 == null ? "" : h1.text().strip();
    String og = metaContent(doc, "meta[property=og:title], meta[name=twitter:title]");
    if (og != null) {
      return withoutSiteName(og, headline);
    }
    String title = doc.title().strip();
    if (!title.isEmpty()) {
      return withoutSiteName(title, headline);
    }
    return headline.isEmpty() ? null : headline;
  }

  /** The page's own headline when the title is that headline plus a " | Site" suffix. */
  private static String withoutSiteName(String title, String headline) {
    String cleaned = title.strip().replaceAll("\\s+", " ");
    if (!headline.isEmpty() && cleaned.length() > headline.length() && cleaned.startsWith(headline)
        && TITLE_SEPARATOR.matcher(cleaned.substring(headline.length())).lookingAt()) {
      return headline;
    }
    return stripSiteName(cleaned);
  }

  /**
   * Drops a trailing " | Site Name" when what remains still looks like a headline; short titles
   * are kept whole because the "suffix" may be part of the headline itself.
   */
  static String stripSiteName(String title) {
    String cleaned = title.strip().replaceAll("\\s+", " ");
    var matcher = TITLE_SEPARATOR.matcher(cleaned);
    int lastStart = -1;
    int lastEnd = -1;
    while (matcher.find()) {
      lastStart = matcher.start();
      lastEnd = matcher.end();
    }
    if (lastStart < 0) {
      return cleaned;
    }
    String head = cleaned.substring(0, lastStart);
    String tail = cleaned.substring(lastEnd);
    boolean headLooksLikeHeadline = head.split(" ").length >= 3;
    boolean tailLooksLikeSiteName = tail.split(" ").length <= 4;
    return headLooksLikeHeadline && tailLooksLikeSiteName ? head : cleaned;
  }

  static String publishedAt(Document doc, List<String> jsonLdBlocks) {
    for (String candidate : new String[] {
        metaContent(doc, "meta[property=article:published_time]"),
        metaContent(doc, "meta[itemprop=datePublished], meta[name=datePublished]"),
        firstJsonLdValue(jsonLdBlocks, "datePublished"),
        metaContent(doc, "meta[name=pubdate], meta[name=publish-date], meta[name=date]"),
        attribute(doc.selectFirst("time[datetime]"), "datetime")}) {
      String normalized = normalizeDate(candidate);
      if (normalized != null) {
        return normalized;
      }
    }
    return null;
  }

  /** Re-renders a parseable ISO-8601 date as canonical ISO-8601; null if it cannot be read. */
  static String normalizeDate(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      TemporalAccessor parsed =
          LENIENT_ISO.parseBest(
              value.strip(), OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
      if (parsed instanceof OffsetDateTime offset) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(offset);
      }
      if (parsed instanceof LocalDateTime local) {
        return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(local);
      }
      return DateTimeFormatter.ISO_LOCAL_DATE.format(parsed);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static String language(Document doc) {
    Element html = doc.selectFirst("html");
    for (String candidate : new String[] {
        attribute(html, "lang"),
        attribute(html, "xml:lang"),
        metaContent(doc, "meta[property=og:locale]"),
        metaContent(doc, "meta[http-equiv=content-language]")}) {
      if (candidate == null) {
        continue;
      }
      var matcher = LANGUAGE.matcher(candidate.strip());
      if (matcher.matches()) {
        return matcher.group(1).toLowerCase(Locale.ROOT);
      }
    }
    return null;
  }

  private static String firstJsonLdValue(List<String> jsonLdBlocks, String key) {
    for (String block : jsonLdBlocks) {
      List<String> values = JsonLdFields.stringValues(block, key);
      if (!values.isEmpty()) {
        return values.get(0);
      }
    }
    return null;
  }

  private static String metaContent(Document doc, String cssQuery) {
    for (Element meta : doc.select(cssQuery)) {
      String content = meta.attr("content").strip();
      if (!content.isEmpty()) {
        return content;
      }
    }
    return null;
  }

  private static String attribute(Element element, String name) {
    if (element == null) {
      return null;
    }
    String value = element.attr(name).strip();
    return value.isEmpty() ? null : value;
  }
}
