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

    assertEquals("Trump Held Secret Call With Maduro To Discuss Possible U.S. Meeting: NYT Report", cleaned.title());
    List<String> paragraphs = List.of(cleaned.text().split("\n\n"));
    assertEquals(6, paragraphs.size(), cleaned.text());
    assertEquals("US leader discusses US meeting with Venezuelan foe amid escalating threats.", paragraphs.get(0));
    assertTrue(paragraphs.get(1).startsWith("US President Donald Trump engaged in a confidential telephone"));
    assertTrue(paragraphs.get(2).startsWith("The potential encounter, if realized,"));
    assertTrue(paragraphs.get(3).startsWith("Amid the revelations, Trump's administration persists"));
    assertTrue(paragraphs.get(4).startsWith("On Thursday, Trump amplified the rhetoric"));
    assertTrue(paragraphs.get(5).startsWith("Neither the White House nor Venezuela's communications ministry"));
    assertTrue(paragraphs.get(5).endsWith("hemispheric security and global counter-narcotics efforts."));
    for (String gone : List.of("×", "Also Read", "Thanksgiving", "Elon Musk", "Hellhole", "Gallery", "WhatsApp",
        "\u00a0")) {
      assertFalse(cleaned.text().contains(gone), gone + " survived cleaning");
    }
    assertEquals(Map.of("lone_glyph", 1, "share_bar", 1, "teaser", 2), cleaned.removalsByRule());
    int removedLines = "×".length() + "Gallery Gallery Videos Videos Share on WhatsApp Share".length()
        + "Also Read: Thanksgiving Reunion? Trump and Elon Musk Appear Together, Fueling Hopes of Reconciliation"
            .length()
        + "Also Read: Trump Labels White House Shooting 'Act of Terror' by Afghan 'Hellhole' Immigrant".length();
    assertEquals(removedLines, cleaned.boilerplateCharsRemoved());
    assertEquals(0, cleaned.controlCharsRemoved());
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
        Arguments.of("Updated: March 3, 2025 10:15 IST", "timestamp_line"),
        Arguments.of("Reuter", "wire_signoff"),
        Arguments.of("REUTER", "wire_signoff"),
        Arguments.of("(AP)", "wire_signoff"),
        Arguments.of("AFP", "wire_signoff"),
        Arguments.of("-- Reuters", "wire_signoff"),
        Arguments.of("(Reporting by Jane Doe; Editing by John Smith)", "wire_credit"),
        Arguments.of("(Additional reporting by A. Writer in Lagos)", "wire_credit"),
        Arguments.of("BC-COCOA-BAHIA", "wire_slug"),
        Arguments.of("AM-Venezuela-Talks,0450", "wire_slug"),
        Arguments.of("Keywords: cocoa, brazil, weather", "keywords_line"));
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
        "The minister told Reuters the talks had failed.",
        "AP reporters were barred from the briefing.",
        "Reporting by the commission found errors in the accounts.",
        "COVID-19 cases rose again.",
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

  static Stream<Arguments> firstLines() {
    String longLine = "A headline-like line without a full stop that runs on and on " + "and on ".repeat(12);
    return Stream.of(
        Arguments.of("Headline\nBody.", "Headline", "Body."),
        Arguments.of("Could rivalry overshadow election?\n\nBody.", "Could rivalry overshadow election?", "Body."),
        Arguments.of("Café owners say “prices” rose. Officials in the harbour town said they would act.", null,
            "Café owners say “prices” rose. Officials in the harbour town said they would act."),
        Arguments.of("Just a headline", null, "Just a headline"),
        Arguments.of("The council voted on Tuesday to close the harbour road, officials said.\nWork starts in May.",
            null, "The council voted on Tuesday to close the harbour road, officials said.\n\nWork starts in May."),
        Arguments.of("Stop the presses!\nBody.", null, "Stop the presses!\n\nBody."),
        Arguments.of("'My memories of Marley...'\nBody.", null, "'My memories of Marley...'\n\nBody."),
        Arguments.of(longLine.strip() + "\nBody.", null, longLine.strip() + "\n\nBody."),
        Arguments.of("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
            + "sixteen seventeen eighteen nineteen twenty twentyone\nBody.", null,
            "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
            + "sixteen seventeen eighteen nineteen twenty twentyone\n\nBody."),
        Arguments.of("Headline\n×\nAdvertisement", null, "Headline"));
  }

  @ParameterizedTest
  @MethodSource("firstLines")
  void firstLineIsTheTitleOnlyWhenItLooksLikeOne(String raw, String title, String text) {
    ArticleCleaner.Cleaned cleaned = cleaner.clean(raw, true);

    assertEquals(title, cleaned.title());
    assertEquals(text, cleaned.text());
  }

  static Stream<Arguments> controlCharacters() {
    return Stream.of(
        Arguments.of("Prose with a \u0000 NUL byte.", "Prose with a NUL byte.", 1),
        Arguments.of("C1 \u0080controls\u009f here.", "C1 controls here.", 2),
        Arguments.of("Bell\u0007 and escape\u001b[0m.", "Bell and escape[0m.", 2),
        Arguments.of("Tabs\tand\r\nline\u000bbreaks\fstay\u0085apart.", "Tabs and\n\nline\n\nbreaks\n\nstay\n\napart.", 0));
  }

  @ParameterizedTest
  @MethodSource("controlCharacters")
  void removesAndCountsControlCharacters(String raw, String text, int removed) {
    ArticleCleaner.Cleaned cleaned = cleaner.clean(raw, false);

    assertEquals(text, cleaned.text());
    assertEquals(removed, cleaned.controlCharsRemoved());
  }

  @Test
  void saysWhyNothingIsLeft() {
    assertEquals("no letters or digits left after removing 2 boilerplate lines (18 characters; by rule "
        + "{advertisement=1, lone_glyph=1})", cleaner.clean("Advertisement\n• • •", true).whyEmpty());
    assertEquals("the text holds no letters or digits once 3 control characters are removed",
        cleaner.clean("\u0000\u0001 \u0002", true).whyEmpty());
    assertEquals("the text holds no letters or digits", cleaner.clean("\u200b \u00a0", false).whyEmpty());
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
