package org.corpusanalytics.pipeline.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corpusanalytics.pipeline.CorpusJob;
import org.corpusanalytics.pipeline.DatedNewsCorpus;
import org.corpusanalytics.pipeline.JobRuns;
import org.corpusanalytics.pipeline.ReadmeSnippets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Python side, run for real against a fresh job output (the seed article plus the dated news
 * corpus, with entities and a reject): the notebook runs top to bottom in a fresh kernel; pandas
 * with pyarrow, polars, DuckDB's Python API and PySpark read every table with the column types and
 * nullability the README documents; networkx reads both graph files; the README's Python snippets
 * run. Needs the project's Python environment ({@link ProjectPython}).
 */
class PythonClientsTest {
  private static final Path README = ProjectPython.ROOT.resolve("README.md");
  private static final Path NOTEBOOK = ProjectPython.ROOT.resolve("notebooks/explore.ipynb");
  /** The executed notebook, kept for a reader to look at (and to commit as notebooks/explore.ipynb). */
  private static final Path EXECUTED_NOTEBOOK = ProjectPython.ROOT.resolve("pipeline/target/explore.ipynb");
  private static final List<String> READERS = List.of("pyarrow", "pandas", "polars", "duckdb", "pyspark");
  /** Readers that keep the Parquet schema's nullability (the others only show the nulls). */
  private static final Set<String> NULLABILITY_READERS = Set.of("pyarrow", "duckdb");

  /** README type -> how each reader shows it: [pyarrow, pandas, polars, duckdb, pyspark]. */
  private static final Map<String, List<String>> READER_TYPES = Map.of(
      "string", List.of("string", "object", "String", "VARCHAR", "StringType()"),
      "int32", List.of("int32", "int32", "Int32", "INTEGER", "IntegerType()"),
      "int64", List.of("int64", "int64", "Int64", "BIGINT", "LongType()"),
      "double", List.of("double", "float64", "Float64", "DOUBLE", "DoubleType()"),
      "timestamp (UTC, ms)", List.of("timestamp[ms, tz=UTC]", "datetime64[ms, UTC]",
          "Datetime(time_unit='ms', time_zone='UTC')", "TIMESTAMP WITH TIME ZONE", "TimestampType()"));
  /** README type -> the Python class of its values, [pyarrow, pandas, polars, duckdb, pyspark]. */
  private static final Map<String, List<String>> VALUE_CLASSES = Map.of(
      "string", List.of("str", "str", "str", "str", "str"),
      "int32", List.of("int", "int", "int", "int", "int"),
      "int64", List.of("int", "int", "int", "int", "int"),
      "double", List.of("float", "float", "float", "float", "float"),
      "timestamp (UTC, ms)", List.of("datetime", "Timestamp", "datetime", "datetime", "datetime"));
  /** Graph attribute types of the README -> the Python class networkx gives their values. */
  private static final Map<String, String> GRAPH_VALUE_CLASSES =
      Map.of("string", "str", "long", "int", "double", "float");

  @TempDir static Path work;
  private static Path output;
  private static String readme;

  @BeforeAll
  static void runJob() throws Exception {
    ProjectPython.require();
    Path corpus = DatedNewsCorpus.write(work.resolve("corpus")).getParent();
    Files.copy(ProjectPython.ROOT.resolve("seeds/000_937bba91dd371ac9.txt"), corpus.resolve("seed.txt"));
    output = work.resolve("output");
    JobRuns.run(corpus.toString(), output);
    readme = Files.readString(README, StandardCharsets.UTF_8);
  }

  @Test
  void notebookRunsTopToBottomInAFreshKernel() throws Exception {
    Files.createDirectories(EXECUTED_NOTEBOOK.getParent());
    ProjectPython.run(work, Map.of("CORPUS_ANALYTICS_OUTPUT", output.toString()), "run_notebook.py",
        NOTEBOOK.toString(), EXECUTED_NOTEBOOK.toString());

    JsonNode executed = new ObjectMapper().readTree(EXECUTED_NOTEBOOK.toFile());
    int executionCount = 0;
    int images = 0;
    for (JsonNode cell : executed.get("cells")) {
      if (!cell.get("cell_type").asText().equals("code")) {
        continue;
      }
      assertEquals(++executionCount, cell.get("execution_count").asInt(), "cells run in order: " + cell.get("id"));
      for (JsonNode out : cell.get("outputs")) {
        assertFalse(out.get("output_type").asText().equals("error"), cell.get("id") + ": " + out);
        images += out.path("data").has("image/png") ? 1 : 0;
      }
    }
    // Entities by type, the network, sentiment over time, its histogram, distinctive terms.
    assertEquals(5, images, "plots drawn");
    assertFalse(Files.readString(EXECUTED_NOTEBOOK).contains(work.toString()),
        "the output's path leaks into the notebook");
  }

  @Test
  void everyReaderReadsEveryTableWithTheDocumentedTypes() throws Exception {
    JsonNode seen = new ObjectMapper().readTree(ProjectPython.run(work, Map.of(), "read_tables.py",
        output.toString(), "n1"));
    Map<String, List<ReadmeTables.Column>> documented = ReadmeTables.outputTables(readme);
    assertEquals(CorpusJob.TABLES.keySet(), documented.keySet(), "the README documents every table");
    assertEquals(DatedNewsCorpus.ARTICLES + 1, JobRuns.count(output, "articles"));
    assertEquals(DatedNewsCorpus.REJECTS, JobRuns.count(output, "rejects"));
    JsonNode tableRows = new ObjectMapper().readTree(output.resolve("_SUMMARY.json").toFile()).get("table_rows");

    for (int reader = 0; reader < READERS.size(); reader++) {
      String name = READERS.get(reader);
      for (Map.Entry<String, List<ReadmeTables.Column>> table : documented.entrySet()) {
        String where = name + " " + table.getKey();
        JsonNode read = seen.get("tables").get(name).get(table.getKey());
        assertEquals(tableRows.get(table.getKey()).asLong(), read.get("rows").asLong(), where + " rows");
        assertEquals(JobRuns.count(output, table.getKey()), read.get("rows").asLong(), where + " rows");
        List<String> columns = new ArrayList<>();
        read.get("columns").fieldNames().forEachRemaining(columns::add);
        assertEquals(table.getValue().stream().map(ReadmeTables.Column::name).toList(), columns, where + " columns");
        for (ReadmeTables.Column column : table.getValue()) {
          JsonNode columnRead = read.get("columns").get(column.name());
          assertColumn(reader, table.getKey(), column, columnRead, read.get("rows").asLong());
        }
      }
      assertEquals("2025-01-06T09:00:00+0000", seen.get("first_published").get(name).asText(),
          name + ": articles.published_at of n1, in UTC");
    }
  }

  private static void assertColumn(int reader, String table, ReadmeTables.Column column, JsonNode read, long rows)
      throws SQLException {
    String where = READERS.get(reader) + " " + table + "." + column.name();
    assertTrue(READER_TYPES.containsKey(column.type()), where + ": README type " + column.type());
    assertEquals(READER_TYPES.get(column.type()).get(reader), read.get("type").asText(), where + " type");
    if (NULLABILITY_READERS.contains(READERS.get(reader))) {
      assertEquals(column.nullable(), read.get("nullable").asBoolean(), where + " nullable");
    }
    long nulls = ((Number) JobRuns.query("SELECT count(*) - count(\"" + column.name() + "\") AS n FROM "
        + JobRuns.table(output, table)).get(0).get("n")).longValue();
    assertEquals(nulls, read.get("nulls").asLong(), where + " nulls");
    assertTrue(column.nullable() || nulls == 0, where + " is documented as never null");
    if (nulls < rows) {
      assertEquals(VALUE_CLASSES.get(column.type()).get(reader), read.get("value_class").asText(), where + " values");
    }
  }

  @Test
  void networkxReadsBothGraphFilesWithTheDocumentedAttributes() throws Exception {
    JsonNode graphs = new ObjectMapper().readTree(ProjectPython.run(work, Map.of(), "read_graphs.py",
        output.toString()));
    long pairs = JobRuns.count(output, "cooccurrence");
    long entities = ((Number) JobRuns.query("SELECT count(DISTINCT entity) AS n FROM (SELECT entity_a AS entity FROM "
        + JobRuns.table(output, "cooccurrence") + " UNION SELECT entity_b FROM " + JobRuns.table(output, "cooccurrence")
        + ")").get(0).get("n")).longValue();
    assertTrue(pairs > 0 && pairs < 2000, "every pair fits the default --graphMaxEdges: " + pairs);
    for (String format : List.of("graphml", "gexf")) {
      JsonNode graph = graphs.get(format);
      assertEquals("MultiGraph", graph.get("class").asText(), format);
      assertEquals(pairs, graph.get("edges").asLong(), format + " edges");
      assertEquals(entities, graph.get("nodes").asLong(), format + " nodes");
      // GEXF has an id and a weight on every edge of its own (weight = pair_count, a float).
      Set<String> formatOwn = format.equals("gexf") ? Set.of("id", "weight") : Set.of();
      for (String element : List.of("node", "edge")) {
        Map<String, String> attributes = ReadmeTables.graphAttributes(readme, element);
        JsonNode read = graph.get(element + "_attributes");
        read.fieldNames().forEachRemaining(attribute -> assertTrue(attributes.containsKey(attribute)
            || formatOwn.contains(attribute), format + " " + element + " attribute " + attribute + " is documented"));
        attributes.forEach((attribute, type) -> {
          if (read.has(attribute)) {
            assertEquals(List.of(GRAPH_VALUE_CLASSES.get(type)), classes(read.get(attribute)),
                format + " " + element + " " + attribute);
          }
        });
        for (String always : List.of("label", "mention_count", "scope", "pair_count", "npmi")) {
          assertTrue(!attributes.containsKey(always) || read.has(always), format + " " + element + " lacks " + always);
        }
      }
    }
  }

  private static List<String> classes(JsonNode names) {
    List<String> classes = new ArrayList<>();
    names.forEach(name -> classes.add(name.asText()));
    return classes;
  }

  @Test
  void readmePythonSnippetsRunAgainstTheOutput() throws Exception {
    List<String> snippets = ReadmeSnippets.pythonBlocks(readme);
    assertTrue(snippets.stream().anyMatch(s -> s.contains("import pandas")), "a pandas snippet");
    assertTrue(snippets.stream().anyMatch(s -> s.contains("import polars")), "a polars snippet");
    // The snippets read output/ in the working directory, as after scripts/run-local.sh.
    Path directory = Files.createDirectories(work.resolve("snippets"));
    Files.createSymbolicLink(directory.resolve("output"), output);
    for (int i = 0; i < snippets.size(); i++) {
      Path snippet = Files.writeString(directory.resolve("snippet-" + i + ".py"), snippets.get(i));
      JsonNode frames = new ObjectMapper().readTree(ProjectPython.run(directory, Map.of(), "run_snippet.py",
          snippet.toString()));
      List<String> tables = new ArrayList<>();
      frames.fieldNames().forEachRemaining(name -> {
        if (CorpusJob.TABLES.containsKey(name)) {
          tables.add(name);
        }
      });
      assertFalse(tables.isEmpty(), "snippet " + i + " loads no table: " + frames);
      for (String table : tables) {
        assertEquals(JobRuns.count(output, table), frames.get(table).asLong(), "snippet " + i + ": " + table);
      }
    }
  }
}
