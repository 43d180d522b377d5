package org.corpusanalytics.pipeline.python;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README's promises about the output, read from its Markdown tables: under each heading
 * {@code ### `table` — ...} a table {@code | column | type | meaning |} whose type cell is a base
 * type with an optional {@code , nullable}; and the graph files' table {@code | element | attribute
 * | type | from |}, where one row may name several attributes.
 */
final class ReadmeTables {
  private static final Pattern TABLE_HEADING = Pattern.compile("^### `([a-z_]+)` — .*$", Pattern.MULTILINE);
  private static final Pattern NAME = Pattern.compile("`([a-z_]+)`");
  private static final String NULLABLE = ", nullable";

  record Column(String name, String type, boolean nullable) {}

  private ReadmeTables() {}

  /** Table name -> its documented columns, in README order. */
  static Map<String, List<Column>> outputTables(String markdown) {
    Map<String, List<Column>> tables = new LinkedHashMap<>();
    Matcher heading = TABLE_HEADING.matcher(markdown);
    while (heading.find()) {
      List<List<String>> rows = tableAfter(markdown, heading.end());
      if (rows.isEmpty() || !rows.get(0).subList(0, 2).equals(List.of("column", "type"))) {
        continue;
      }
      List<Column> columns = new ArrayList<>();
      for (List<String> row : rows.subList(1, rows.size())) {
        String type = row.get(1);
        boolean nullable = type.endsWith(NULLABLE);
        columns.add(new Column(unquote(row.get(0)),
            nullable ? type.substring(0, type.length() - NULLABLE.length()) : type, nullable));
      }
      tables.put(heading.group(1), columns);
    }
    return tables;
  }

  /** For "node" or "edge": attribute -> documented type, from the graph files' table. */
  static Map<String, String> graphAttributes(String markdown, String element) {
    int header = markdown.indexOf("| element | attribute | type | from |");
    if (header < 0) {
      throw new IllegalArgumentException("the README has no graph attribute table");
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    for (List<String> row : tableAfter(markdown, header)) {
      if (row.get(0).equals(element)) {
        Matcher name = NAME.matcher(row.get(1));
        while (name.find()) {
          attributes.put(name.group(1), row.get(2));
        }
      }
    }
    return attributes;
  }

  /** The cells of the Markdown table starting on the first line at or after {@code from}, header first. */
  private static List<List<String>> tableAfter(String markdown, int from) {
    List<List<String>> rows = new ArrayList<>();
    String[] lines = markdown.substring(from).strip().split("\n");
    for (String line : lines) {
      if (!line.startsWith("|")) {
        break;
      }
      if (line.startsWith("|---") || line.startsWith("| ---")) {
        continue;
      }
      List<String> cells = new ArrayList<>();
      for (String cell : line.substring(1, line.length() - 1).split("\\|")) {
        cells.add(cell.strip());
      }
      rows.add(cells);
    }
    return rows;
  }

  private static String unquote(String cell) {
    return cell.startsWith("`") && cell.endsWith("`") ? cell.substring(1, cell.length() - 1) : cell;
  }
}
