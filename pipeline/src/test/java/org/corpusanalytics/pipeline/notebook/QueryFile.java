package org.corpusanalytics.pipeline.notebook;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.corpusanalytics.pipeline.CorpusJob;
import org.corpusanalytics.pipeline.JobRuns;

/**
 * The named queries of {@code notebooks/queries.sql}, parsed by the rules the notebook's Python
 * follows: a query starts at a line {@code -- name: <query_name>}, is followed by comment lines
 * saying what it shows, and runs to the next such line; a trailing semicolon is dropped.
 */
final class QueryFile {
  private static final String NAME_LINE = "-- name:";
  private static final Pattern QUERY_NAME = Pattern.compile("[a-z][a-z0-9_]*");

  private QueryFile() {}

  /** Query name -> SQL, in file order; fails on a nameless, undescribed, empty or repeated query. */
  static Map<String, String> parse(String file) {
    Map<String, String> queries = new LinkedHashMap<>();
    String name = null;
    StringBuilder body = new StringBuilder();
    for (String line : (file + "\n" + NAME_LINE + " end").split("\n")) {
      if (!line.startsWith(NAME_LINE)) {
        body.append(line).append('\n');
        continue;
      }
      if (name != null) {
        String sql = body.toString().strip().replaceAll(";$", "");
        if (!sql.startsWith("--")) {
          throw new IllegalArgumentException("query " + name + " has no comment saying what it shows");
        }
        if (sql.lines().allMatch(text -> text.isBlank() || text.strip().startsWith("--"))) {
          throw new IllegalArgumentException("query " + name + " has no SQL");
        }
        if (queries.put(name, sql) != null) {
          throw new IllegalArgumentException("query " + name + " is defined twice");
        }
      }
      name = line.substring(NAME_LINE.length()).strip();
      if (!QUERY_NAME.matcher(name).matches()) {
        throw new IllegalArgumentException("bad query name '" + name + "'");
      }
      body.setLength(0);
    }
    return queries;
  }

  /**
   * Runs one query on a connection where every table of the job's output is a view named after
   * it, as the notebook sets them up; rows as column name -> value.
   */
  static List<Map<String, Object>> run(Path output, String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement()) {
      for (String table : CorpusJob.TABLES.keySet()) {
        statement.execute("CREATE VIEW " + table + " AS SELECT * FROM " + JobRuns.table(output, table));
      }
      try (ResultSet rows = statement.executeQuery(sql)) {
        return JobRuns.rows(rows);
      }
    }
  }
}
