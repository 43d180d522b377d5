package org.corpusanalytics.pipeline.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.corpusanalytics.pipeline.output.RunSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The page from hand-made data: markup in the data stays text, and empty sections say why. */
class ReportPageTest {
  private static final String CLOSES_SCRIPT = "</script><script>alert(1)</script>";

  private static RunSummary summary(Map<String, Long> counters) {
    return RunSummary.of(counters).describe("1.0", Map.of("input", List.of("corpus/<b>")), 1.5, List.of("articles"));
  }

  private static ReportData hostileData() {
    ReportData.Entity hostile = new ReportData.Entity(CLOSES_SCRIPT, "PERSON", 9, 3, -0.25);
    ReportData.Entity plain = new ReportData.Entity("Ann & Bob's \"Co\"", "ORGANIZATION", 4, 2, null);
    return new ReportData(Collections.nCopies(ReportData.BINS, 1L), 20, 0.1, 8, 4, 2,
        new ReportData.Timeline("day", List.of(new ReportData.Period("2025-01-02", 2, 0.3))),
        List.of(new ReportData.Group("<i>folder</i>", 10, 0.2), new ReportData.Group("b&c", 10, -0.1)),
        Map.of("PERSON", List.of(hostile), "ORGANIZATION", List.of(plain)), List.of(hostile, plain),
        List.of(new ReportData.Pair(CLOSES_SCRIPT, "Ann & Bob's \"Co\"", 3, 0.5, null)),
        List.of(new ReportData.Term("<term>", 5, 9, 1.5)), List.of(new ReportData.Term("a&b", 2, 2, 3.0)),
        Map.of("<i>folder</i>", List.of(new ReportData.DistinctiveTerm("<term>", 5, 6, 2.5))),
        List.of(new ReportData.RejectExample("dir/<img src=x>", "malformed_json", "line 1: '<' unexpected")));
  }

  @Test
  void markupFromTheDataIsEscapedEverywhere() {
    String html = ReportPage.render(summary(Map.of("recordsRead", 21L, "rejects_malformed_json", 1L,
        "rows_rejects", 1L, "rows_articles", 20L)), hostileData());

    assertFalse(html.contains("<script>alert"), "no script element from the data");
    assertEquals(3, html.split("<script", -1).length - 1, "the error hook, the network data and the network code");
    for (String markup : List.of("<i>folder", "<img", "<term>", "corpus/<b>")) {
      assertFalse(html.contains(markup), markup + " must be escaped");
    }
    assertTrue(html.contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"), "entity name in a bar label");
    assertTrue(html.contains("\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"), "in the JSON");
    assertTrue(html.contains("Ann &amp; Bob&#39;s &quot;Co&quot;"));
    assertTrue(html.contains("&lt;i&gt;folder&lt;/i&gt;") && html.contains("b&amp;c"));
    assertTrue(html.contains("dir/&lt;img src=x&gt;") && html.contains("line 1: &#39;&lt;&#39; unexpected"));
    assertTrue(html.contains("input corpus/&lt;b&gt;"));
  }

  @Test
  void emptySectionsSayWhy() {
    ReportData empty = new ReportData(Collections.nCopies(ReportData.BINS, 0L), 0, 0, 0, 0, 0,
        new ReportData.Timeline("day", List.of()), List.of(), Map.of(), List.of(), List.of(), List.of(), List.of(),
        Map.of(), List.of());

    String html = ReportPage.render(summary(Map.of()), empty);

    assertTrue(html.contains("No input record was rejected"));
    assertTrue(html.contains("No article has a publication date"));
    assertTrue(html.contains("No entity was recognised"));
    assertTrue(html.contains("No two entities share a sentence"));
    assertFalse(html.contains("Sentiment by source folder"));
    assertFalse(html.contains("Distinctive terms by source folder"));
    assertTrue(html.contains("{\"nodes\":[],\"edges\":[]}") || html.contains("{\"edges\":[],\"nodes\":[]}"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "/data/bbc/sport/012.txt | sport",
    "corpus/world/feed.jsonl:17 | world",
    "https://www.example.com/news/world/story-1 | world",
    "C:\\corpus\\tech\\001.txt | tech",
    "one.txt | one.txt",
    "Outlet | Outlet",
  })
  void articlesAreGroupedByTheFolderOfTheirSource(String source, String folder) {
    assertEquals(folder, CollectReportData.folderOf(source));
  }
}
