package org.corpusanalytics.pipeline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.corpusanalytics.model.Article;
import org.joda.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonArticleParserTest {
  private final JsonArticleParser parser = new JsonArticleParser();

  private ParsedRecord parse(String line) {
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    return parser.parse("/corpus/a.jsonl", 7, bytes, bytes.length);
  }

  @Test
  void readsEveryDocumentedField() {
    ParsedRecord parsed = parse("{\"id\":\"n-1\",\"title\":\"T\",\"text\":\"Body.\",\"url\":\"https://x.test/a\","
        + "\"source\":\"Outlet\",\"published_at\":\"2025-03-01T10:15:00+02:00\",\"language\":\"en\",\"extra\":[1]}");

    assertEquals(Article.builder().setDocId("n-1").setSource("https://x.test/a").setTitle("T")
        .setPublishedAt(Instant.parse("2025-03-01T08:15:00Z")).setLanguage("en").setText("Body.").build(),
        parsed.article());
    assertNull(parsed.reject());
  }

  @Test
  void fallsBackToBodyThenContentAndToStableIds() {
    Article fromBody = parse("{\"body\":\"B\",\"published_at\":\"2025-03-01\"}").article();
    Article fromContent = parse("{\"content\":\"C\",\"source\":\"Outlet\",\"id\":42}").article();

    assertEquals("B", fromBody.getText());
    assertEquals(DocIds.of("/corpus/a.jsonl", 7), fromBody.getDocId());
    assertEquals("/corpus/a.jsonl:7", fromBody.getSource());
    assertEquals(Instant.parse("2025-03-01T00:00:00Z"), fromBody.getPublishedAt());
    assertEquals("C", fromContent.getText());
    assertEquals("42", fromContent.getDocId());
    assertEquals("Outlet", fromContent.getSource());
  }

  static Stream<Arguments> badLines() {
    return Stream.of(
        Arguments.of("{\"text\": \"unterminated", RejectReason.MALFORMED_JSON),
        Arguments.of("[1, 2, 3]", RejectReason.MALFORMED_JSON),
        Arguments.of("\"just a string\"", RejectReason.MALFORMED_JSON),
        Arguments.of("{\"title\": \"no body\"}", RejectReason.MISSING_TEXT),
        Arguments.of("{\"text\": 12}", RejectReason.INVALID_FIELD),
        Arguments.of("{\"text\": \"x\", \"title\": {\"a\": 1}}", RejectReason.INVALID_FIELD),
        Arguments.of("{\"text\": \"x\", \"id\": 1.5}", RejectReason.INVALID_FIELD),
        Arguments.of("{\"text\": \"x\", \"published_at\": \"yesterday\"}", RejectReason.INVALID_DATE),
        Arguments.of("{\"text\": \"x\", \"published_at\": \"2025-13-45\"}", RejectReason.INVALID_DATE));
  }

  @ParameterizedTest
  @MethodSource("badLines")
  void rejectsBadRecordsWithReasonAndRawLine(String line, String reason) {
    ParsedRecord parsed = parse(line);

    assertNull(parsed.article());
    assertEquals(reason, parsed.reject().getReason());
    assertEquals("read", parsed.reject().getStage());
    assertEquals("/corpus/a.jsonl:7", parsed.reject().getSource());
    assertEquals(line, parsed.reject().getRawSnippet());
  }

  @Test
  void rejectsInvalidUtf8WithEscapedBytes() {
    byte[] bytes = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};

    ParsedRecord parsed = parser.parse("/corpus/a.jsonl", 3, bytes, bytes.length);

    assertEquals(RejectReason.INVALID_UTF8, parsed.reject().getReason());
    assertEquals("{\"text\":\"\\xC3(\"}", parsed.reject().getRawSnippet());
  }
}
