package org.corpusanalytics.pipeline.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpusanalytics.pipeline.CorpusJob;
import org.corpusanalytics.pipeline.JobRuns;
import org.corpusanalytics.pipeline.options.CorpusJobOptions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run report of a small dated corpus with entities, opened in a real headless browser: it loads
 * without console errors, every chart and the network have drawn elements, and a screenshot is
 * left at {@code target/report-screenshot.png} for people to look at.
 */
class RunReportBrowserTest {
  @TempDir static Path work;
  private static Path report;
  private static String html;

  @BeforeAll
  static void runJob() throws Exception {
    Path output = work.resolve("out");
    JobRuns.run(ReportFixtures.corpus(work.resolve("corpus")).toString(), output);
    report = output.resolve(RunReport.FILE);
    html = Files.readString(report, StandardCharsets.UTF_8);
  }

  @Test
  void pageIsSelfContainedAndShowsMarkupFromTheDataAsText() {
    assertFalse(Pattern.compile("<[a-zA-Z]+[^>]*\\s(src|href)\\s*=").matcher(html).find(),
        "no element may load anything");
    assertTrue(html.contains("default-src 'none'"), "the page forbids every fetch");
    assertFalse(html.contains(ReportFixtures.MARKUP_FOLDER), "the folder name must be escaped");
    assertTrue(html.contains("x&lt;img src=x onerror=alert(1)&gt;"), "the reject's source is shown as text");
  }

  @Test
  void everySectionHasItsData() {
    assertTrue(html.contains("10</b><span>articles"), "overview counts articles");
    assertTrue(html.contains("empty_file") && html.contains("malformed_json"), "rejects by reason");
    assertTrue(html.contains("6 of 10 articles are dated; per month"), "timeline note");
    assertTrue(html.contains("Sentiment by source folder"), "three folders of articles");
    assertTrue(html.contains(">Donald Trump<"), "top people");
    assertTrue(html.contains("\"name\":\"Emmanuel Macron\""), "network data");
  }

  @Test
  void pageDrawsInHeadlessChromiumWithoutErrors() throws Exception {
    Optional<HeadlessChromium> found = HeadlessChromium.find(work.resolve("chromium-profile"));
    Assumptions.assumeTrue(found.isPresent(),
        "chromium is not installed: skipping the browser test (apt-get install -y chromium; .ci/run installs it)");
    HeadlessChromium chromium = found.get();

    HeadlessChromium.PageLoad load = chromium.load(report);

    assertEquals(java.util.List.of(), load.consoleLines(), "console messages while loading the page");
    String dom = load.dom();
    assertTrue(dom.contains("<body data-ready=\"true\""), "the network script ran to the end");
    Matcher error = Pattern.compile("<html[^>]*data-report-error=\"([^\"]*)\"").matcher(dom);
    assertFalse(error.find(), () -> "script error: " + error.group(1));
    assertTrue(count(dom, "<rect class=\"bar\"") >= ReportData.BINS + 2, "histogram and bar charts drawn");
    assertTrue(count(dom, "<path class=\"line\"") == 1, "timeline drawn");
    long nodes = count(dom, "<g class=\"node\"");
    long edges = count(dom, "<line class=\"edge\"");
    assertTrue(nodes >= 3 && edges >= 2, nodes + " nodes and " + edges + " edges drawn");
    assertTrue(dom.contains("data-nodes=\"" + nodes + "\"") && dom.contains("data-edges=\"" + edges + "\""),
        "every node and edge of the data is drawn");
    assertTrue(Pattern.compile("<g class=\"node\" transform=\"translate\\(\\d").matcher(dom).find(),
        "nodes have positions");

    Path screenshot = Path.of("target", "report-screenshot.png");
    Files.deleteIfExists(screenshot);
    chromium.screenshot(report, screenshot, 1400, 3000);
    assertTrue(Files.size(screenshot) > 10_000, "screenshot written to " + screenshot.toAbsolutePath());
  }

  @Test
  void reportCanBeTurnedOff() throws Exception {
    Path output = work.resolve("no-report");
    CorpusJobOptions options = JobRuns.options("../seeds/", output);
    options.setReport(false);
    CorpusJob.run(options);
    assertTrue(Files.exists(output.resolve("articles")));
    assertFalse(Files.exists(output.resolve(RunReport.FILE)));
  }

  private static long count(String text, String needle) {
    Matcher matcher = Pattern.compile(Pattern.quote(needle)).matcher(text);
    long found = 0;
    while (matcher.find()) {
      found++;
    }
    return found;
  }
}
