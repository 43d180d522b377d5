package org.corpusanalytics.pipeline;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.corpusanalytics.pipeline.options.CorpusJobOptions;
import org.corpusanalytics.pipeline.output.RunSummary;

/** Runs the whole job for tests and reads its Parquet output back with DuckDB, an independent reader. */
final class JobRuns {
  private JobRuns() {}

  static CorpusJobOptions options(String input, Path output) {
    CorpusJobOptions options = PipelineOptionsFactory.as(CorpusJobOptions.class);
    options.setRunner(DirectRunner.class);
    options.setInput(List.of(input));
    options.setOutput(output.toString());
    options.setParallelism(3);
    return options;
  }

  static RunSummary run(String input, Path output) {
    return CorpusJob.run(options(input, output));
  }

  static String table(Path output, String table) {
    return "read_parquet('" + output.resolve(table) + "/*.parquet')";
  }

  /** Rows of a query, each as column name -> value, in the query's order. */
  static List<Map<String, Object>> query(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      List<Map<String, Object>> result = new ArrayList<>();
      while (rows.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
          row.put(rows.getMetaData().getColumnLabel(column), rows.getObject(column));
        }
        result.add(row);
      }
      return result;
    }
  }

  static long count(Path output, String table) throws SQLException {
    return ((Number) query("SELECT count(*) AS n FROM " + table(output, table)).get(0).get("n")).longValue();
  }

  /** Rows of one output's table missing from the other's, counting duplicates (order-insensitive). */
  static long rowsOnlyIn(Path one, Path other, String table) throws SQLException {
    return ((Number) query("SELECT count(*) AS n FROM (SELECT * FROM " + table(one, table)
        + " EXCEPT ALL SELECT * FROM " + table(other, table) + ")").get(0).get("n")).longValue();
  }

  /** "column TYPE" for every column of a table, in order. */
  static List<String> columns(Path output, String table) throws SQLException {
    return query("DESCRIBE SELECT * FROM " + table(output, table)).stream()
        .map(row -> row.get("column_name") + " " + row.get("column_type"))
        .toList();
  }
}
