package org.corpusanalytics.pipeline.notebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Jupyter notebook file, checked against the structure nbformat 4.5 requires of it: top-level
 * {@code nbformat} 4, {@code nbformat_minor}, {@code metadata} and {@code cells}; every cell a
 * unique {@code id}, a {@code cell_type} of markdown, code or raw, {@code metadata} and a
 * {@code source} (a string or a list of strings); code cells also {@code outputs} and
 * {@code execution_count}.
 */
final class Notebook {
  private static final Pattern CELL_ID = Pattern.compile("[a-zA-Z0-9_-]{1,64}");
  /** How the notebook runs a query of queries.sql: {@code query("name")}. */
  private static final Pattern QUERY_CALL = Pattern.compile("\\bquery\\(\\s*\"([a-z][a-z0-9_]*)\"");

  private final List<String> codeCells;

  private Notebook(List<String> codeCells) {
    this.codeCells = codeCells;
  }

  /** Reads and checks the notebook; a structural fault fails with the cell it is in. */
  static Notebook read(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    require(root.path("nbformat").isInt() && root.get("nbformat").asInt() == 4, "nbformat must be 4");
    require(root.path("nbformat_minor").isInt() && root.get("nbformat_minor").asInt() >= 5,
        "nbformat_minor must be an integer of at least 5 (cell ids)");
    require(root.path("metadata").isObject(), "metadata must be an object");
    require(root.path("metadata").path("kernelspec").path("name").isTextual(), "metadata.kernelspec.name");
    require(root.path("cells").isArray() && !root.get("cells").isEmpty(), "cells must be a non-empty array");
    List<String> code = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int index = 0;
    for (JsonNode cell : root.get("cells")) {
      String where = "cell " + index++ + ": ";
      String id = cell.path("id").asText("");
      require(CELL_ID.matcher(id).matches() && ids.add(id), where + "needs a unique id, not '" + id + "'");
      String type = cell.path("cell_type").asText("");
      require(List.of("markdown", "code", "raw").contains(type), where + "bad cell_type '" + type + "'");
      require(cell.path("metadata").isObject(), where + "metadata must be an object");
      String source = source(cell.path("source"), where);
      if (type.equals("code")) {
        require(cell.path("outputs").isArray(), where + "a code cell needs outputs");
        require(cell.has("execution_count") && (cell.get("execution_count").isNull()
            || cell.get("execution_count").isInt()), where + "a code cell needs execution_count");
        code.add(source);
      }
    }
    return new Notebook(code);
  }

  private static String source(JsonNode source, String where) {
    if (source.isTextual()) {
      return source.asText();
    }
    require(source.isArray(), where + "source must be a string or a list of strings");
    StringBuilder text = new StringBuilder();
    for (JsonNode line : source) {
      require(line.isTextual(), where + "source must be a string or a list of strings");
      text.append(line.asText());
    }
    return text.toString();
  }

  private static void require(boolean condition, String problem) {
    if (!condition) {
      throw new IllegalArgumentException("not a valid nbformat 4 notebook: " + problem);
    }
  }

  /** The Python of every code cell, in order. */
  String code() {
    return String.join("\n", codeCells);
  }

  /** The names of the queries.sql queries the notebook runs, in order of first use. */
  List<String> queryNames() {
    List<String> names = new ArrayList<>();
    Matcher matcher = QUERY_CALL.matcher(code());
    while (matcher.find()) {
      if (!names.contains(matcher.group(1))) {
        names.add(matcher.group(1));
      }
    }
    return names;
  }
}
