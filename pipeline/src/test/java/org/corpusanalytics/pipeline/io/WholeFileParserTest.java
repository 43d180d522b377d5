package org.corpusanalytics.pipeline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corpusanalytics.model.Article;
import org.joda.time.Instant;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class WholeFileParserTest {
  /** A real BBC news file in Latin-1 (a pound sign as byte 0xA3), from the shared data beside the checkout. */
  private static final Path LEGACY_BBC_FILE = Path.of("../../shared/data/corpus/bbc-news/sport/199.txt");

  private final WholeFileParser parser = new WholeFileParser();

  @Test
  void plainTextKeepsBodyAndAsksForHeadlineFromFirstLine() {
    ParsedRecord parsed = parser.parse(InputFormat.TEXT, "/c/a.txt", "Headline\nBody.".getBytes(StandardCharsets.UTF_8));

    assertEquals(Article.builder().setDocId(DocIds.of("/c/a.txt", 0)).setSource("/c/a.txt")
        .setText("Headline\nBody.").setTitleInFirstLine(true).build(), parsed.article());
    assertEquals(false, parsed.encodingRepaired());
  }

  @Test
  void decodesByteOrderMarksAndRepairsLegacyEncoding() {
    byte[] utf16 = "\uFEFFCaf\u00e9 news".getBytes(StandardCharsets.UTF_16LE);
    byte[] utf8Bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'o', 'k'};
    byte[] cp1252 = "\u201cQuoted\u201d caf\u00e9 \u00a3100".getBytes(Charset.forName("windows-1252"));

    assertEquals("Café news", parser.parse(InputFormat.TEXT, "u16", utf16).article().getText());
    assertEquals("ok", parser.parse(InputFormat.TEXT, "u8", utf8Bom).article().getText());
    ParsedRecord repaired = parser.parse(InputFormat.TEXT, "legacy", cp1252);
    assertEquals("\u201cQuoted\u201d café £100", repaired.article().getText());
    assertTrue(repaired.encodingRepaired());
  }

  @Test
  void rejectsEmptyWhitespaceAndBinaryFiles() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    assertEquals(RejectReason.EMPTY_FILE, parser.parse(InputFormat.TEXT, "e", new byte[0]).reject().getReason());
    assertEquals(RejectReason.EMPTY_FILE,
        parser.parse(InputFormat.TEXT, "w", " \n\t\r\n".getBytes(StandardCharsets.UTF_8)).reject().getReason());
    ParsedRecord binary = parser.parse(InputFormat.TEXT, "img.txt", png);
    assertNull(binary.article());
    assertEquals(RejectReason.NOT_TEXT, binary.reject().getReason());
    assertEquals("\\x89PNG\\x0D\n\\x1A\n\\x00\\x00\\x00\\x0DIHDR", binary.reject().getRawSnippet());
  }

  @Test
  void readsUtf16WithoutByteOrderMark() {
    String text = "Markets rallied in Tokyo on Monday.";

    assertEquals(text, parser.parse(InputFormat.TEXT, "le", text.getBytes(StandardCharsets.UTF_16LE)).article().getText());
    assertEquals(text, parser.parse(InputFormat.TEXT, "be", text.getBytes(StandardCharsets.UTF_16BE)).article().getText());
  }

  /** Prose of 1,000 bytes with {@code controls} of them replaced by control bytes (not white space). */
  private static byte[] proseWithControls(int controls) {
    byte[] bytes = "Officials said the harbour road would reopen in May. ".repeat(20).substring(0, 1000)
        .getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < controls; i++) {
      bytes[7 + i * (990 / Math.max(controls, 1))] = (byte) (i % 2 == 0 ? 0x00 : 0x1B);
    }
    return bytes;
  }

  @Test
  void strayControlBytesAreTextAndAShareOverFivePercentIsBinary() {
    assertEquals(null, parser.parse(InputFormat.TEXT, "one-nul", proseWithControls(1)).reject());
    assertEquals(null, parser.parse(InputFormat.TEXT, "five-percent", proseWithControls(50)).reject());
    ParsedRecord binary = parser.parse(InputFormat.TEXT, "six-percent", proseWithControls(60));
    assertEquals(RejectReason.NOT_TEXT, binary.reject().getReason());
    assertEquals("binary content (1000 bytes): 60 of the first 1000 bytes are control bytes (more than 5%)",
        binary.reject().getDetail());
    byte[] pdf = "%PDF-1.7\nreadable words after the signature".getBytes(StandardCharsets.US_ASCII);
    assertEquals("binary content (43 bytes): starts with the signature of a binary format (%PDF-)",
        parser.parse(InputFormat.TEXT, "doc.txt", pdf).reject().getDetail());
  }

  @Test
  void htmlPageGivesMainTextTitleDateAndLanguage() {
    String html = "<html lang=\"en-GB\"><head><title>Rates held | Daily Paper</title>"
        + "<meta property=\"article:published_time\" content=\"2025-02-03T09:00:00Z\"></head><body>"
        + "<nav><a href=\"/\">Home</a><a href=\"/world\">World</a></nav><article><h1>Rates held</h1>"
        + "<p>The central bank held interest rates on Thursday, citing easing inflation across the economy.</p>"
        + "<p>Economists had expected the decision, which leaves the benchmark rate at its highest in years.</p>"
        + "</article><footer>Copyright Daily Paper</footer></body></html>";

    Article article = parser.parse(InputFormat.HTML, "p.html", html.getBytes(StandardCharsets.UTF_8)).article();

    assertEquals("Rates held", article.getTitle());
    assertEquals("en", article.getLanguage());
    assertEquals(Instant.parse("2025-02-03T09:00:00Z"), article.getPublishedAt());
    assertTrue(article.getText().contains("The central bank held interest rates on Thursday"), article.getText());
    assertTrue(!article.getText().contains("Copyright") && !article.getText().contains("World"), article.getText());
  }

  @Test
  void scriptOnlyHtmlHasNoArticleText() {
    byte[] page = "<html><head><script>var a = 1;</script></head><body><script>render()</script></body></html>"
        .getBytes(StandardCharsets.UTF_8);

    assertEquals(RejectReason.NO_ARTICLE_TEXT, parser.parse(InputFormat.HTML, "s.html", page).reject().getReason());
  }

  @Test
  void realLatin1NewsFileComesOutReadable() throws IOException {
    Assumptions.assumeTrue(Files.exists(LEGACY_BBC_FILE),
        "skipped: " + LEGACY_BBC_FILE.toAbsolutePath().normalize() + " (shared BBC data) is not present");

    byte[] bytes = Files.readAllBytes(LEGACY_BBC_FILE);

    ParsedRecord parsed = new WholeFileParser().parse(InputFormat.TEXT, "199.txt", bytes);

    assertTrue(parsed.encodingRepaired());
    // Its one non-ASCII byte is the same character in Latin-1 and Windows-1252.
    assertEquals(new String(bytes, StandardCharsets.ISO_8859_1), parsed.article().getText());
    assertTrue(parsed.article().getText().startsWith("Chelsea sack Mutu\n"), parsed.article().getText());
    assertTrue(parsed.article().getText().contains("Mutu, a \u00a315.8m sig"), parsed.article().getText());
  }
}
