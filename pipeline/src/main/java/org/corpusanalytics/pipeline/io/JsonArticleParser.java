package org.corpusanalytics.pipeline.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Serializable;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.corpusanalytics.model.Article;
import org.joda.time.Instant;

/**
 * One JSON Lines record to one article. Fields: {@code id} (string or number), {@code title},
 * {@code text} (or {@code body}, or {@code content}), {@code url}, {@code source}, {@code
 * published_at} (ISO-8601), {@code language}; other fields are ignored. The article's source is
 * the url, else the source field, else "path:line".
 */
public final class JsonArticleParser implements Serializable {
  private static final String[] TEXT_FIELDS = {"text", "body", "content"};
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Thrown for a field of the wrong JSON type. */
  private static final class InvalidField extends Exception {
    InvalidField(String message) {
      super(message);
    }
  }

  public ParsedRecord parse(String path, long lineNumber, byte[] bytes, int length) {
    String location = path + ":" + lineNumber;
    String line = TextDecoding.strictUtf8(bytes, 0, length);
    if (line == null) {
      return ParsedRecord.rejected(location, RejectReason.INVALID_UTF8,
          "line " + lineNumber + " is not valid UTF-8", TextDecoding.escapeBinary(bytes, Math.min(length, 1024)));
    }
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return ParsedRecord.rejected(location, RejectReason.MALFORMED_JSON,
          "line " + lineNumber + ": " + e.getOriginalMessage(), line);
    }
    if (node == null || !node.isObject()) {
      return ParsedRecord.rejected(location, RejectReason.MALFORMED_JSON,
          "line " + lineNumber + " is not a JSON object", line);
    }
    try {
      String text = firstText(node);
      if (text == null) {
        return ParsedRecord.rejected(location, RejectReason.MISSING_TEXT,
            "line " + lineNumber + " has no string field text, body or content", line);
      }
      String url = string(node, "url");
      String declaredSource = string(node, "source");
      String id = id(node);
      Article.Builder article = Article.builder()
          .setDocId(id != null ? id : DocIds.of(path, lineNumber))
          .setSource(url != null ? url : declaredSource != null ? declaredSource : location)
          .setTitle(string(node, "title"))
          .setLanguage(string(node, "language"))
          .setText(text);
      Optional<Instant> published = PublishedDates.parseStrict(string(node, "published_at"));
      published.ifPresent(article::setPublishedAt);
      return ParsedRecord.of(article.build());
    } catch (InvalidField e) {
      return ParsedRecord.rejected(location, RejectReason.INVALID_FIELD, "line " + lineNumber + ": " + e.getMessage(), line);
    } catch (DateTimeParseException e) {
      return ParsedRecord.rejected(location, RejectReason.INVALID_DATE,
          "line " + lineNumber + ": published_at '" + e.getParsedString() + "' is not ISO-8601", line);
    }
  }

  private static @Nullable String firstText(JsonNode node) throws InvalidField {
    for (String field : TEXT_FIELDS) {
      String value = string(node, field);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private static @Nullable String id(JsonNode node) throws InvalidField {
    JsonNode id = node.get("id");
    if (id == null || id.isNull()) {
      return null;
    }
    if (id.isTextual() || id.isIntegralNumber()) {
      String value = id.asText().strip();
      return value.isEmpty() ? null : value;
    }
    throw new InvalidField("id must be a string or an integer, not " + id.getNodeType());
  }

  private static @Nullable String string(JsonNode node, String field) throws InvalidField {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new InvalidField(field + " must be a string, not " + value.getNodeType());
    }
    return value.asText();
  }
}
