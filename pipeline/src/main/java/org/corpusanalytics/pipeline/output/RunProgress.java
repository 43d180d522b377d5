package org.corpusanalytics.pipeline.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-stage counts of a running job, observed at intervals from its metrics, and what can be
 * measured honestly about each stage's timing: Beam reports no wall time per step on the
 * DirectRunner or Spark, so a stage's timing is when its count was first seen above zero and when
 * it last changed (to within the polling interval). Stages run concurrently, so these are spans,
 * not durations that add up to the run's time.
 *
 * <p>Pure bookkeeping and formatting; {@link WatchProgress} feeds it from a running pipeline.
 */
public final class RunProgress {
  /** One stage: what a person reads, and the counter (summed over steps) that counts its elements. */
  public record Stage(String label, String counter) {}

  /** What was observed of one stage; seconds since the run started, -1 while the count is zero. */
  public record StageTiming(Stage stage, long count, double firstSeconds, double lastChangeSeconds) {}

  private static final String ROWS = CountRows.ROWS_PREFIX;
  /** Articles the recogniser passes over (not English): with those recognised, every cleaned article. */
  private static final String NOT_RECOGNIZED = "articlesNotEnglish";

  private final List<Stage> stages;
  private final Map<Stage, StageTiming> timings = new LinkedHashMap<>();
  private final NlpRate nlpRate = new NlpRate();

  private RunProgress(List<Stage> stages) {
    this.stages = stages;
    stages.forEach(stage -> timings.put(stage, new StageTiming(stage, 0, -1, -1)));
  }

  /** The job's stages in pipeline order, then the rows reaching each table's writer. */
  public static RunProgress forTables(Iterable<String> tables) {
    List<Stage> stages = new ArrayList<>(List.of(
        new Stage("files matched", "filesMatched"),
        new Stage("files read", "filesRead"),
        new Stage("records read", "recordsRead"),
        new Stage("articles cleaned", "articlesCleaned"),
        new Stage("articles tokenized", "articlesTokenized"),
        new Stage("articles scored", "articlesScored"),
        new Stage("articles through NER", "articlesRecognized")));
    tables.forEach(table -> stages.add(new Stage("rows to " + table, CountRows.ROWS_PREFIX + table)));
    return new RunProgress(List.copyOf(stages));
  }

  /** Records the counters (by name) seen {@code seconds} after the start of the run. */
  public void observe(Map<String, Long> counters, double seconds) {
    for (Stage stage : stages) {
      StageTiming before = timings.get(stage);
      long count = counters.getOrDefault(stage.counter(), 0L);
      if (count != before.count()) {
        double first = before.firstSeconds() < 0 ? seconds : before.firstSeconds();
        timings.put(stage, new StageTiming(stage, count, first, seconds));
      }
    }
    nlpRate.observe(count("articlesRecognized") + counters.getOrDefault(NOT_RECOGNIZED, 0L), seconds);
  }

  public long count(String counter) {
    return timings.values().stream()
        .filter(timing -> timing.stage().counter().equals(counter))
        .mapToLong(StageTiming::count)
        .findFirst()
        .orElse(0);
  }

  /**
   * One line for stderr, e.g. {@code [   12 s] files 1,250 of 2,227 read | articles: cleaned 1,200,
   * tokenized 1,100, scored 1,100, NER 400 | rows out: articles 0, mentions 0, pairs 0 | rejects 3}, and
   * once the recogniser, the slowest stage, has been seen to move: {@code | NER 41.5 articles/s, ETA
   * 2 min 10 s}. The ETA is given only when every file has been read, so that the articles still to
   * go (cleaned, less those past the recogniser) are known.
   */
  public String line(double seconds) {
    String line = String.format("[%5.0f s] files %,d of %,d read | articles: cleaned %,d, tokenized %,d, scored %,d, "
            + "NER %,d | rows out: articles %,d, mentions %,d, pairs %,d | rejects %,d",
        seconds, count("filesRead"), count("filesMatched"), count("articlesCleaned"), count("articlesTokenized"),
        count("articlesScored"), count("articlesRecognized"), count(ROWS + "articles"), count(ROWS + "entity_mentions"),
        count(ROWS + "cooccurrence"), count(ROWS + "rejects"));
    double rate = nlpRate.articlesPerSecond();
    if (Double.isNaN(rate)) {
      return line;
    }
    line += String.format(" | NER %.1f articles/s", rate);
    boolean allRead = count("filesMatched") > 0 && count("filesRead") == count("filesMatched");
    long remaining = count("articlesCleaned") - nlpRate.articlesDone();
    return allRead && remaining >= 0 ? line + ", ETA " + duration(remaining / rate) : line;
  }

  /** Whole seconds as "45 s", "2 min 10 s" or "1 h 05 min". */
  static String duration(double seconds) {
    long whole = Math.round(seconds);
    if (whole < 60) {
      return whole + " s";
    }
    if (whole < 3600) {
      return whole / 60 + " min " + whole % 60 + " s";
    }
    return String.format("%d h %02d min", whole / 3600, whole % 3600 / 60);
  }

  public List<StageTiming> timings() {
    return List.copyOf(timings.values());
  }

  /** The stage table of the final summary: count, first seen, last change. */
  public String table() {
    StringBuilder text = new StringBuilder(String.format("%-24s %12s %10s %12s%n", "stage", "count", "first (s)",
        "last change"));
    for (StageTiming timing : timings.values()) {
      text.append(String.format("%-24s %,12d %10s %12s%n", timing.stage().label(), timing.count(),
          seconds(timing.firstSeconds()), seconds(timing.lastChangeSeconds())));
    }
    return text.toString();
  }

  /** For _SUMMARY.json: one object per stage. */
  public List<Map<String, Object>> toJson() {
    List<Map<String, Object>> json = new ArrayList<>();
    for (StageTiming timing : timings.values()) {
      Map<String, Object> stage = new LinkedHashMap<>();
      stage.put("stage", timing.stage().label());
      stage.put("counter", timing.stage().counter());
      stage.put("count", timing.count());
      stage.put("first_seconds", timing.firstSeconds() < 0 ? null : round(timing.firstSeconds()));
      stage.put("last_change_seconds", timing.lastChangeSeconds() < 0 ? null : round(timing.lastChangeSeconds()));
      json.add(stage);
    }
    return json;
  }

  private static String seconds(double seconds) {
    return seconds < 0 ? "-" : String.format("%.1f", seconds);
  }

  private static double round(double seconds) {
    return Math.round(seconds * 10) / 10.0;
  }
}
