package org.corpusanalytics.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArticleCleanerTest {
  private static final Path SEED = Path.of("../seeds/000_937bba91dd371ac9.txt");
  private final ArticleCleaner cleaner = ArticleCleaner.withDefaultRules();

  @Test
  void seedArticleKeepsDekAndFiveParagraphsInOrder() throws IOException {
    String raw = Files.readString(SEED, StandardCharsets.UTF_8);

    ArticleCleaner.Cleaned cleaned = cleaner.clean(raw, true);

    assertEquals("Trump Weighs Next Steps on Venezuela as Pressure on Maduro Mounts", cleaned.title());
    List<String> paragraphs = List.of(cleaned.text().split("\n\n"));
    assertEquals(6, paragraphs.size(), cleaned.text());
    assertTrue(paragraphs.get(0).startsWith("President Donald Trump is weighing new options"));
    assertTrue(paragraphs.get(1).startsWith("President Donald Trump has asked his national security team"));
    assertTrue(paragraphs.get(2).startsWith("Secretary of State Marco Rubio said"));
    assertTrue(paragraphs.get(3).startsWith("Maduro has rejected the accusations"));
    assertTrue(paragraphs.get(4).startsWith("Trump, speaking to reporters at the White House"));
    assertTrue(paragraphs.get(5).startsWith("Analysts said the escalation could push oil prices higher."));
    for (String gone : List.of("×", "Also Read", "Elon Musk", "Hellhole", "Gallery", "WhatsApp", "\u00a0")) {
      assertFalse(cleaned.text().contains(gone), gone + " survived cleaning");
    }
    assertEquals(Map.of("lone_glyph", 1, "share_bar", 1, "teaser", 2), cleaned.removalsByRule());
    int removedLines = "×".length() + "Gallery Gallery Videos Videos Share on WhatsApp Share".length()
        + "Also Read: Elon Musk Says Tesla Will Build A Robotaxi Network By Next Year".length()
        + "Also Read: 'A Hellhole': Families Describe Conditions Inside Overcrowded Detention Centres".length();
    assertEquals(removedLines, cleaned.boilerplateCharsRemoved());
  }

  static Stream<Arguments> boilerplateLines() {
    return Stream.of(
        Arguments.of("Also Read: Markets rally as rates fall", "teaser"),
        Arguments.of("READ MORE | Ten things to know today", "teaser"),
        Arguments.of("Related: How the vote works", "teaser"),
        Arguments.of("Recommended — Top stories of the week", "teaser"),
        Arguments.of("Share on Facebook Share on Twitter Email", "share_bar"),
        Arguments.of("Gallery Gallery Videos Videos Share on WhatsApp Share", "share_bar"),
        Arguments.of("×", "lone_glyph"),
        Arguments.of("✕", "lone_glyph"),
        Arguments.of("Advertisement", "advertisement"),
        Arguments.of("Story continues below advertisement", "advertisement"),
        Arguments.of("Subscribe to our newsletter for the latest updates", "subscribe_prompt"),
        Arguments.of("We use cookies to improve your experience. Accept all cookies", "cookie_prompt"),
        Arguments.of("Photo: Reuters", "photo_credit"),
        Arguments.of("(Getty Images)", "agency_credit"),
        Arguments.of("Updated: March 3, 2025 10:15 IST", "timestamp_line"));
  }

  @ParameterizedTest
  @MethodSource("boilerplateLines")
  void removesBoilerplateLineByRule(String line, String rule) {
    ArticleCleaner.Cleaned cleaned = cleaner.clean("Body sentence one.\n" + line + "\nBody sentence two.", false);

    assertEquals("Body sentence one.\n\nBody sentence two.", cleaned.text());
    assertEquals(Map.of(rule, 1), cleaned.removalsByRule());
  }

  static Stream<String> articleLines() {
    return Stream.of(
        "Related reforms were passed by parliament on Tuesday, officials said.",
        "The share of voters who backed the plan rose to 54 per cent.",
        "Advertisement revenue at the group fell 12% in the first quarter.",
        "Subscribers to the service will pay more from March, the company said.",
        "Photographs of the scene were shared widely on social media.",
        "Watch makers in Switzerland reported a record year.",
        "He said: \"We will not back down.\"");
  }

  @ParameterizedTest
  @MethodSource("articleLines")
  void keepsArticleSentencesThatMerelyStartLikeBoilerplate(String line) {
    assertEquals(line, cleaner.clean(line, false).text());
  }

  static Stream<Arguments> normalisation() {
    return Stream.of(
        Arguments.of("", ""),
        Arguments.of("   \n\t \n", ""),
        Arguments.of("a\u00a0\u00a0b", "a b"),
        Arguments.of("zero\u200bwidth\u2060joined\ufeff", "zerowidthjoined"),
        Arguments.of("ctrl\u0007char", "ctrlchar"),
        Arguments.of("ﬁnance ①", "finance 1"),
        Arguments.of("Tom &amp; Jerry &eacute;t&eacute; &#8212; ok", "Tom & Jerry été — ok"),
        Arguments.of("<p>First para.</p><p>Second <b>bold</b> para.</p><script>x()</script>",
            "First para.\n\nSecond bold para."),
        Arguments.of("line one\r\nline two\rline three", "line one\n\nline two\n\nline three"),
        Arguments.of("spaces   and\ttabs", "spaces and tabs"),
        Arguments.of("مرحبا بالعالم", "مرحبا بالعالم"),
        Arguments.of("北京欢迎你。", "北京欢迎你。"));
  }

  @ParameterizedTest
  @MethodSource("normalisation")
  void normalisesUnicodeMarkupAndWhitespace(String raw, String expected) {
    assertEquals(expected, cleaner.clean(raw, false).text());
  }

  @Test
  void titleComesFromFirstKeptLineOnlyWhenAsked() {
    assertEquals("Headline", cleaner.clean("×\nHeadline\nBody.", true).title());
    assertNull(cleaner.clean("×\nHeadline\nBody.", false).title());
    assertEquals("Headline\n\nBody.", cleaner.clean("×\nHeadline\nBody.", false).text());
  }

  @Test
  void emptyAfterCleaningHasNoWords() {
    ArticleCleaner.Cleaned cleaned = cleaner.clean("×\nAdvertisement\n• • •", false);

    assertFalse(cleaned.hasWords());
    assertEquals("", cleaned.text());
  }

  @Test
  void veryLongInputIsCleanedWhole() {
    String paragraph = "Word ".repeat(200_000).strip();

    assertEquals(paragraph, cleaner.clean(paragraph + "\nAdvertisement", false).text());
  }
}
