package org.corpusanalytics.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.corpusanalytics.pipeline.CorpusJob;
import org.corpusanalytics.pipeline.options.CorpusJobOptions;
import org.corpusanalytics.pipeline.output.RunSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The baseline does the job's work: on a small benchmark corpus (plus a malformed line, a
 * duplicate id and an article of boilerplate only) it writes the same rows to every table as the
 * job on the DirectRunner, compared row by row with DuckDB.
 */
class BaselineEquivalenceTest {
  private static final Path BBC_NEWS = Path.of("../../shared/data/corpus/bbc-news");

  @TempDir Path work;

  @Test
  void baselineWritesTheJobsTables() throws Exception {
    assumeTrue(Files.isDirectory(BBC_NEWS), "BBC News corpus not found at " + BBC_NEWS.toAbsolutePath());
    Path corpus = work.resolve("corpus.jsonl");
    CorpusBuilder.fromBbc(BBC_NEWS).write(40, corpus);
    Files.writeString(corpus, String.join("\n",
        "{\"id\": \"bench-0000003\", \"source\": \"a-copy\", \"text\": \"The same id, another text.\"}",
        "{\"id\": \"broken\", \"text\": ",
        "{\"id\": \"share-bar\", \"text\": \"Share this article\\n\\nAdvertisement\"}",
        ""), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    Path job = work.resolve("job");
    Path baseline = work.resolve("baseline");

    CorpusJobOptions options = PipelineOptionsFactory.as(CorpusJobOptions.class);
    options.setRunner(DirectRunner.class);
    options.setInput(List.of(corpus.toString()));
    options.setOutput(job.toString());
    options.setParallelism(3);
    // The baseline does no near-duplicate detection.
    options.setDuplicates("off");
    RunSummary summary = CorpusJob.run(options);
    Map<String, Long> rows = new BaselineJob(2).run(List.of(corpus), baseline);

    assertEquals(40, summary.articlesWritten());
    assertEquals(summary.rejected(), rows.get("rejects"));
    assertEquals(3, summary.rejected());
    for (String table : CorpusJob.TABLES.keySet()) {
      long count = count(job, table);
      assertTrue(count > 0, table + " is empty");
      assertEquals(count, rows.get(table), table + ": rows the baseline reports");
      assertEquals(count, count(baseline, table), table + ": rows in the baseline's files");
      assertEquals(0L, rowsOnlyIn(job, baseline, table), table + ": rows only in the job's output");
      assertEquals(0L, rowsOnlyIn(baseline, job, table), table + ": rows only in the baseline's output");
    }
  }

  private static String table(Path output, String table) {
    return "read_parquet('" + output.resolve(table) + "/*.parquet')";
  }

  private static long count(Path output, String table) throws SQLException {
    return single("SELECT count(*) FROM " + table(output, table));
  }

  private static long rowsOnlyIn(Path one, Path other, String table) throws SQLException {
    return single("SELECT count(*) FROM (SELECT * FROM " + table(one, table)
        + " EXCEPT ALL SELECT * FROM " + table(other, table) + ")");
  }

  private static long single(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
