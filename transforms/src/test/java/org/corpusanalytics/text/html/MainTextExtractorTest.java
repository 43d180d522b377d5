package org.corpusanalytics.text.html;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MainTextExtractorTest {

  private static final MainTextExtractor EXTRACTOR = MainTextExtractor.create();

  private static final String PARAGRAPH_1 =
      "The city council voted on Tuesday to expand the bus network, adding three routes that "
          + "connect the northern suburbs with the hospital district, the university and the port.";
  private static final String PARAGRAPH_2 =
      "Officials said the new routes, which start running in March, will be funded by a "
          + "regional grant, and that fares will stay unchanged for at least two years.";
  private static final String PARAGRAPH_3 =
      "Residents who spoke at the meeting welcomed the plan, although several asked for later "
          + "evening services, more shelters and better connections on weekends.";

  private static String article(String extraBody) {
    return "<article><h1>Council expands bus network</h1>"
        + "<p>" + PARAGRAPH_1 + "</p><p>" + PARAGRAPH_2 + "</p>"
        + extraBody
        + "<p>" + PARAGRAPH_3 + "</p></article>";
  }

  private static String page(String head, String body) {
    return "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>";
  }

  static Stream<Arguments> bodyCases() {
    return Stream.of(
        Arguments.of(
            "navigation, header and footer are dropped",
            page("", "<header><a href='/'>Daily Planet home</a></header>"
                + "<nav><ul><li><a href='/a'>World news</a></li><li><a href='/b'>Sports</a></li></ul></nav>"
                + article("")
                + "<footer><p>Copyright Daily Planet, all rights reserved, since 1938.</p></footer>"),
            List.of(PARAGRAPH_1, PARAGRAPH_2, PARAGRAPH_3),
            List.of("Daily Planet home", "World news", "Copyright")),
        Arguments.of(
            "share widgets and subscribe prompts are dropped",
            page("", article("<div class='share-bar'><a href='#'>Share on Facebook</a>"
                + "<a href='#'>Share on Twitter</a></div>"
                + "<div class='newsletter-signup'><p>Subscribe to our newsletter for daily news"
                + " delivered to your inbox every morning.</p></div>")),
            List.of(PARAGRAPH_1, PARAGRAPH_3),
            List.of("Share on Facebook", "Subscribe")),
        Arguments.of(
            "related-link lists are dropped",
            page("", article("<ul><li><a href='/x'>Mayor opens new library downtown</a></li>"
                + "<li><a href='/y'>Storm closes harbour for two days</a></li>"
                + "<li><a href='/z'>Tram line delayed again, officials say</a></li></ul>")),
            List.of(PARAGRAPH_2, PARAGRAPH_3),
            List.of("Mayor opens", "Storm closes", "Tram line")),
        Arguments.of(
            "reader comments are dropped",
            page("", article("") + "<div id='comments'><p>Great article, thanks for writing it, "
                + "I fully agree with the council on this one.</p></div>"),
            List.of(PARAGRAPH_1),
            List.of("Great article")),
        Arguments.of(
            "paragraphs are separated by a blank line and the headline is not body text",
            page("", article("")),
            List.of(PARAGRAPH_1 + "\n\n" + PARAGRAPH_2),
            List.of("Council expands bus network")),
        Arguments.of(
            "list items inside the article stay, one per line",
            page("", article("<ul><li>Route 12 to the hospital district</li>"
                + "<li>Route 14 to the university</li></ul>")),
            List.of("Route 12 to the hospital district\nRoute 14 to the university"),
            List.of()),
        Arguments.of(
            "script-only page yields empty text",
            page("<script>var a = 'not article text';</script>",
                "<script>document.write('hello world, this is generated text');</script>"),
            List.of(),
            List.of("hello", "article")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bodyCases")
  void extractsMainText(String name, String html, List<String> present, List<String> absent) {
    String text = EXTRACTOR.extract(html).text();
    for (String expected : present) {
      assertTrue(text.contains(expected), () -> "missing [" + expected + "] in:\n" + text);
    }
    for (String unexpected : absent) {
      assertFalse(text.contains(unexpected), () -> "unexpected [" + unexpected + "] in:\n" + text);
    }
  }

  static Stream<Arguments> metadataCases() {
    Function<ExtractedPage, String> title = ExtractedPage::title;
    Function<ExtractedPage, String> date = ExtractedPage::publishedAt;
    Function<ExtractedPage, String> language = ExtractedPage::language;
    return Stream.of(
        Arguments.of("site-name suffix is stripped from <title>",
            page("<title>Council expands bus network | Daily Planet</title>", article("")),
            title, "Council expands bus network"),
        Arguments.of("og:title wins over <title>",
            page("<meta property='og:title' content='Buses for the north'>"
                + "<title>Council expands bus network - Daily Planet</title>", article("")),
            title, "Buses for the north"),
        Arguments.of("short titles keep their separator",
            page("<title>Q&amp;A - Part 2</title>", article("")), title, "Q&A - Part 2"),
        Arguments.of("first h1 is the fallback title",
            page("", article("")), title, "Council expands bus network"),
        Arguments.of("JSON-LD datePublished",
            page("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
                + "\"datePublished\": \"2019-11-19T13:03:00+0000\"}</script>", article("")),
            date, "2019-11-19T13:03:00Z"),
        Arguments.of("article:published_time meta",
            page("<meta property='article:published_time' content='2019-11-20T06:35:39-05:00'>",
                article("")),
            date, "2019-11-20T06:35:39-05:00"),
        Arguments.of("<time datetime> date only",
            page("", "<time datetime='2018-10-05'>5 Oct</time>" + article("")),
            date, "2018-10-05"),
        Arguments.of("unparseable date is absent",
            page("<meta property='article:published_time' content='yesterday'>", article("")),
            date, null),
        Arguments.of("html lang region is dropped",
            "<html lang='pt-BR'><body>" + article("") + "</body></html>", language, "pt"),
        Arguments.of("og:locale fallback",
            page("<meta property='og:locale' content='en_US'>", article("")), language, "en"),
        Arguments.of("no language declared", page("", article("")), language, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("metadataCases")
  void extractsMetadata(
      String name, String html, Function<ExtractedPage, String> field, String expected) {
    assertEquals(expected, field.apply(EXTRACTOR.extract(html)));
  }

  @Test
  void emptyAndBlankInputGiveEmptyPage() {
    for (String html : new String[] {"", "   ", null}) {
      ExtractedPage page = EXTRACTOR.extract(html);
      assertEquals("", page.text());
      assertEquals(null, page.title());
    }
  }

  @Test
  void survivesHundredThousandNestedDivs() {
    int depth = 100_000;
    StringBuilder html = new StringBuilder("<html><body>");
    html.append("<div>".repeat(depth)).append(PARAGRAPH_1).append("</div>".repeat(depth));
    html.append("</body></html>");
    ExtractedPage page = assertDoesNotThrow(() -> EXTRACTOR.extract(html.toString()));
    assertTrue(page.text().contains(PARAGRAPH_1), page.text());
  }

  @Test
  void jsonLdBodyIsUsedWhenMarkupHidesTheArticle() {
    String body = (PARAGRAPH_1 + " " + PARAGRAPH_2 + " " + PARAGRAPH_3 + " ").repeat(2);
    String html = page("<script type='application/ld+json'>{\"articleBody\": \"" + body
        + "\"}</script>", "<div><p>Loading the article, please wait.</p></div>");
    assertTrue(EXTRACTOR.extract(html).text().contains(PARAGRAPH_2));
  }
}
