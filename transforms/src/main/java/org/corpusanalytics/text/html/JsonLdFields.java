package org.corpusanalytics.text.html;

import java.util.ArrayList;
import java.util.List;

/**
 * Pulls string-valued fields such as {@code articleBody} out of JSON-LD blocks without a JSON
 * library: the extractor only needs a few well-known keys, and a lenient scan also copes with the
 * slightly malformed JSON that publishers often embed.
 */
final class JsonLdFields {

  private JsonLdFields() {}

  /** All string values of {@code "key": "..."} pairs in the given JSON text, in order. */
  static List<String> stringValues(String json, String key) {
    List<String> values = new ArrayList<>();
    String quotedKey = "\"" + key + "\"";
    int from = 0;
    while (true) {
      int at = json.indexOf(quotedKey, from);
      if (at < 0) {
        return values;
      }
      int i = skipWhitespace(json, at + quotedKey.length());
      from = at + quotedKey.length();
      if (i >= json.length() || json.charAt(i) != ':') {
        continue;
      }
      i = skipWhitespace(json, i + 1);
      if (i >= json.length() || json.charAt(i) != '"') {
        continue;
      }
      StringBuilder value = new StringBuilder();
      int end = decodeString(json, i + 1, value);
      if (end > 0) {
        values.add(value.toString());
        from = end;
      }
    }
  }

  private static int skipWhitespace(String s, int i) {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Decodes a JSON string body starting after the opening quote; returns index past the close. */
  private static int decodeString(String s, int i, StringBuilder out) {
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '"') {
        return i + 1;
      }
      if (c != '\\') {
        out.append(c);
        i++;
        continue;
      }
      if (i + 1 >= s.length()) {
        return -1;
      }
      char escaped = s.charAt(i + 1);
      switch (escaped) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'b', 'f' -> out.append(' ');
        case 'u' -> {
          if (i + 6 > s.length()) {
            return -1;
          }
          try {
            out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
          } catch (NumberFormatException e) {
            return -1;
          }
          i += 4;
        }
        default -> out.append(escaped); // \" \\ \/ and lenient handling of unknown escapes
      }
      i += 2;
    }
    return -1;
  }
}
