package org.corpusanalytics.pipeline.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunProgressTest {
  private static final List<String> TABLES = List.of("articles", "rejects");

  @Test
  void lineShowsFilesAndArticlesPerStage() {
    RunProgress progress = RunProgress.forTables(TABLES);
    progress.observe(Map.of("filesMatched", 2227L, "filesRead", 1250L, "recordsRead", 1250L, "articlesCleaned", 1200L,
        "articlesTokenized", 1100L, "articlesScored", 1100L, "articlesRecognized", 400L, "rows_rejects", 3L,
        "rows_sentences", 9000L), 12.4);

    assertEquals("[   12 s] files 1,250 of 2,227 read | articles: cleaned 1,200, tokenized 1,100, scored 1,100, "
        + "NER 400 | rows out: articles 0, mentions 0, pairs 0 | rejects 3", progress.line(12.4));
  }

  @Test
  void nerRateAndEtaOnceTheRecogniserHasMovedAndEveryFileIsRead() {
    RunProgress progress = RunProgress.forTables(TABLES);
    progress.observe(Map.of("filesMatched", 1L, "filesRead", 1L, "articlesCleaned", 1000L), 5.0);
    progress.observe(Map.of("filesMatched", 1L, "filesRead", 1L, "articlesCleaned", 1000L,
        "articlesRecognized", 90L, "articlesNotEnglish", 10L), 20.0);
    assertFalse(progress.line(20.0).contains("articles/s"), "one step of the count gives no rate yet");

    // 100 -> 400 articles past the recogniser in 20 -> 30 s: 30 articles/s, 600 to go: 20 s.
    progress.observe(Map.of("filesMatched", 1L, "filesRead", 1L, "articlesCleaned", 1000L,
        "articlesRecognized", 380L, "articlesNotEnglish", 20L), 30.0);
    assertTrue(progress.line(30.0).endsWith(" | NER 30.0 articles/s, ETA 20 s"), progress.line(30.0));

    // Done at 50 s (1,000 in 30 s since the first step); observations after that keep the rate.
    Map<String, Long> done = Map.of("filesMatched", 1L, "filesRead", 1L, "articlesCleaned", 1000L,
        "articlesRecognized", 960L, "articlesNotEnglish", 40L);
    progress.observe(done, 50.0);
    progress.observe(done, 80.0);
    assertTrue(progress.line(80.0).endsWith(" | NER 30.0 articles/s, ETA 0 s"), progress.line(80.0));
  }

  @Test
  void noEtaWhileFilesAreStillBeingRead() {
    RunProgress progress = RunProgress.forTables(TABLES);
    progress.observe(Map.of("filesMatched", 4L, "filesRead", 2L, "articlesCleaned", 500L,
        "articlesRecognized", 10L), 10.0);
    progress.observe(Map.of("filesMatched", 4L, "filesRead", 3L, "articlesCleaned", 700L,
        "articlesRecognized", 50L), 12.0);
    assertTrue(progress.line(12.0).endsWith(" | NER 20.0 articles/s"), progress.line(12.0));
  }

  @Test
  void durationsReadAsSecondsMinutesHours() {
    assertEquals("0 s", RunProgress.duration(0.2));
    assertEquals("59 s", RunProgress.duration(59.4));
    assertEquals("2 min 10 s", RunProgress.duration(130));
    assertEquals("1 h 05 min", RunProgress.duration(3900));
  }

  @Test
  void stageTimingIsFirstSeenAndLastChange() {
    RunProgress progress = RunProgress.forTables(TABLES);
    progress.observe(Map.of("filesMatched", 5L), 1.0);
    progress.observe(Map.of("filesMatched", 5L, "filesRead", 2L), 2.0);
    progress.observe(Map.of("filesMatched", 5L, "filesRead", 5L), 3.0);
    progress.observe(Map.of("filesMatched", 5L, "filesRead", 5L), 4.0);

    Map<String, RunProgress.StageTiming> timings = new LinkedHashMap<>();
    progress.timings().forEach(timing -> timings.put(timing.stage().counter(), timing));
    assertEquals(new RunProgress.StageTiming(new RunProgress.Stage("files matched", "filesMatched"), 5, 1.0, 1.0),
        timings.get("filesMatched"));
    assertEquals(new RunProgress.StageTiming(new RunProgress.Stage("files read", "filesRead"), 5, 2.0, 3.0),
        timings.get("filesRead"));
    assertEquals(new RunProgress.StageTiming(new RunProgress.Stage("rows to rejects", "rows_rejects"), 0, -1, -1),
        timings.get("rows_rejects"));
    assertEquals(List.of("filesMatched", "filesRead", "recordsRead", "articlesCleaned", "articlesTokenized",
        "articlesScored", "articlesRecognized", "rows_articles", "rows_rejects"), List.copyOf(timings.keySet()));
  }

  @Test
  void tableAndJsonShowEveryStage() {
    RunProgress progress = RunProgress.forTables(TABLES);
    progress.observe(Map.of("filesMatched", 1234L, "rows_articles", 7L), 0.44);
    progress.observe(Map.of("filesMatched", 1234L, "rows_articles", 9L), 61.26);

    String table = progress.table();
    assertTrue(table.startsWith(String.format("%-24s %12s %10s %12s%n", "stage", "count", "first (s)", "last change")));
    assertTrue(table.contains(String.format("%-24s %12s %10s %12s%n", "files matched", "1,234", "0.4", "0.4")), table);
    assertTrue(table.contains(String.format("%-24s %12s %10s %12s%n", "rows to articles", "9", "0.4", "61.3")), table);
    assertTrue(table.contains(String.format("%-24s %12s %10s %12s%n", "files read", "0", "-", "-")), table);
    assertEquals(9, table.split("\n").length - 1);

    Map<String, Object> articles = progress.toJson().get(7);
    assertEquals("rows to articles", articles.get("stage"));
    assertEquals(9L, articles.get("count"));
    assertEquals(0.4, articles.get("first_seconds"));
    assertEquals(61.3, articles.get("last_change_seconds"));
    assertEquals(null, progress.toJson().get(1).get("first_seconds"));
  }
}
