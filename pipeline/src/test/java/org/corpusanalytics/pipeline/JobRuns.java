package org.corpusanalytics.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.corpusanalytics.pipeline.options.CorpusJobOptions;
import org.corpusanalytics.pipeline.output.RunSummary;

/** Runs the whole job for tests and reads its Parquet output back with DuckDB, an independent reader. */
public final class JobRuns {
  private JobRuns() {}

  public static CorpusJobOptions options(String input, Path output) {
    CorpusJobOptions options = PipelineOptionsFactory.as(CorpusJobOptions.class);
    options.setRunner(DirectRunner.class);
    options.setInput(List.of(input));
    options.setOutput(output.toString());
    options.setParallelism(3);
    return options;
  }

  public static RunSummary run(String input, Path output) {
    return CorpusJob.run(options(input, output));
  }

  /**
   * Starts the job's main in a new JVM with the test classpath and the given heap limit, as the
   * bundled jar would run; output goes to {@code log}.
   */
  public static Process start(String maxHeap, Path log, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + maxHeap,
        "-cp", System.getProperty("java.class.path"), CorpusJob.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  public static String table(Path output, String table) {
    return "read_parquet('" + output.resolve(table) + "/*.parquet')";
  }

  /** Rows of a query, each as column name -> value, in the query's order. */
  public static List<Map<String, Object>> query(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      return rows(rows);
    }
  }

  /** Every row of a result, each as column name -> value, in order. */
  public static List<Map<String, Object>> rows(ResultSet rows) throws SQLException {
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

  public static long count(Path output, String table) throws SQLException {
    return ((Number) query("SELECT count(*) AS n FROM " + table(output, table)).get(0).get("n")).longValue();
  }

  /** Rows of one output's table missing from the other's, counting duplicates (order-insensitive). */
  static long rowsOnlyIn(Path one, Path other, String table) throws SQLException {
    return ((Number) query("SELECT count(*) AS n FROM (SELECT * FROM " + table(one, table)
        + " EXCEPT ALL SELECT * FROM " + table(other, table) + ")").get(0).get("n")).longValue();
  }

  /**
   * Like {@link #rowsOnlyIn(Path, Path, String)}, over the columns of the table other than those
   * ignored (such as the ones that hold the input's path, when the same corpus was read from two places).
   */
  static long rowsOnlyIn(Path one, Path other, String table, Collection<String> ignoredColumns) throws SQLException {
    String columns = columns(one, table).stream()
        .map(column -> column.substring(0, column.indexOf(' ')))
        .filter(column -> !ignoredColumns.contains(column))
        .collect(Collectors.joining(", "));
    return ((Number) query("SELECT count(*) AS n FROM (SELECT " + columns + " FROM " + table(one, table)
        + " EXCEPT ALL SELECT " + columns + " FROM " + table(other, table) + ")").get(0).get("n")).longValue();
  }

  /** "column TYPE" for every column of a table, in order. */
  public static List<String> columns(Path output, String table) throws SQLException {
    return query("DESCRIBE SELECT * FROM " + table(output, table)).stream()
        .map(row -> row.get("column_name") + " " + row.get("column_type"))
        .toList();
  }
}
