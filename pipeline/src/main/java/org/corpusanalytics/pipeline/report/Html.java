package org.corpusanalytics.pipeline.report;

import java.util.Locale;

/** Escaping and number formats for the report; every string from the data passes through {@link #escape}. */
final class Html {
  private Html() {}

  /** Text or attribute value safe inside HTML and inline SVG. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /** At most {@code max} characters, with an ellipsis when cut (by code point, never splitting a pair). */
  static String shorten(String text, int max) {
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "\u2026";
  }

  static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /** A coordinate or score with up to {@code decimals} places, in a locale-independent format. */
  static String number(double value, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  static String sentiment(Double value) {
    return value == null ? "n/a" : String.format(Locale.ROOT, "%+.3f", value);
  }

  /**
   * Red for negative, grey for neutral, green for positive mean sentiment; saturates at +-0.5,
   * beyond which article and sentence means are rare in news.
   */
  static String sentimentColor(Double value) {
    if (value == null) {
      return "#b0b4ba";
    }
    double t = Math.max(-1, Math.min(1, value / 0.5));
    int[] neutral = {176, 180, 186};
    int[] end = t < 0 ? new int[] {200, 55, 45} : new int[] {30, 150, 80};
    double f = Math.abs(t);
    return String.format(Locale.ROOT, "#%02x%02x%02x", mix(neutral[0], end[0], f), mix(neutral[1], end[1], f),
        mix(neutral[2], end[2], f));
  }

  private static int mix(int from, int to, double f) {
    return (int) Math.round(from + (to - from) * f);
  }
}
