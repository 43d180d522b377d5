package org.corpusanalytics.pipeline.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.corpusanalytics.model.EntityPair;
import org.corpusanalytics.model.EntityRecord;
import org.corpusanalytics.pipeline.CorpusJob;
import org.corpusanalytics.pipeline.DatedNewsCorpus;
import org.corpusanalytics.pipeline.JobRuns;
import org.corpusanalytics.pipeline.options.CorpusJobOptions;
import org.corpusanalytics.text.ner.EntityNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The co-occurrence network files: written, parsed back with a DOM parser, and compared with the tables. */
class GraphExportTest {
  @TempDir Path work;

  private static final EntityRecord ATT = EntityRecord.create("AT&T <Mobility>", "ORGANIZATION", 9, 4, 0.25);
  private static final EntityRecord OBRIEN = EntityRecord.create("\"Big\" Jim O'Brien", "PERSON", 5, 3, -0.5);
  private static final EntityRecord CAFE = EntityRecord.create("Café ]]> -- Paris", "LOCATION", 5, 2, null);
  private static final EntityRecord BELL = EntityRecord.create("Bell\u0001Labs", "ORGANIZATION", 1, 1, 0.0);

  private static EntityPair pair(EntityRecord a, EntityRecord b, String scope, long count, double npmi) {
    return EntityPair.create(a.getEntity(), a.getEntityType(), b.getEntity(), b.getEntityType(), scope, count,
        count, 1.5, npmi, scope.equals("sentence") ? -0.125 : null, null, null, null);
  }

  private static Map<String, EntityRecord> byKey(EntityRecord... entities) {
    Map<String, EntityRecord> byKey = new HashMap<>();
    for (EntityRecord entity : entities) {
      byKey.put(EntityNames.key(entity.getEntity()), entity);
    }
    return byKey;
  }

  private static CooccurrenceGraph markupGraph() {
    return CooccurrenceGraph.of(List.of(
            pair(OBRIEN, ATT, "article", 3, 0.5),
            pair(OBRIEN, ATT, "sentence", 3, 0.75),
            pair(CAFE, OBRIEN, "sentence", 7, -0.25)),
        byKey(ATT, OBRIEN, CAFE, BELL));
  }

  @Test
  void namesWithMarkupCharactersComeBackAsWritten() throws Exception {
    for (GraphFile file : List.of(GraphFile.graphml(GraphFormat.GRAPHML.render(markupGraph())),
        GraphFile.gexf(GraphFormat.GEXF.render(markupGraph())))) {
      assertEquals(List.of(ATT.getEntity(), OBRIEN.getEntity(), CAFE.getEntity()), List.copyOf(file.nodes().keySet()));
      Map<String, String> att = file.nodes().get(ATT.getEntity());
      assertEquals(Map.of("label", "AT&T <Mobility>", "type", "ORGANIZATION", "mention_count", "9", "doc_count", "4",
          "mean_sentiment", "0.25"), att);
      assertFalse(file.nodes().get(CAFE.getEntity()).containsKey("mean_sentiment"), "null is left out");
      assertEquals(List.of("sentence", "sentence", "article"),
          file.edges().stream().map(edge -> edge.attributes().get("scope")).toList());
      GraphFile.Edge strongest = file.edges().get(0);
      assertEquals(List.of(CAFE.getEntity(), OBRIEN.getEntity()), List.of(strongest.source(), strongest.target()));
      assertEquals(Map.of("scope", "sentence", "pair_count", "7", "doc_count", "7", "pmi", "1.5", "npmi", "-0.25",
          "mean_sentiment", "-0.125"), strongest.attributes());
    }
  }

  @Test
  void charactersXmlCannotCarryAreReplaced() throws Exception {
    CooccurrenceGraph graph = CooccurrenceGraph.of(List.of(pair(ATT, BELL, "sentence", 1, 1.0)), byKey(ATT, BELL));
    assertTrue(GraphFile.graphml(GraphFormat.GRAPHML.render(graph)).nodes().containsKey("Bell\uFFFDLabs"));
    assertTrue(GraphFile.gexf(GraphFormat.GEXF.render(graph)).nodes().containsKey("Bell\uFFFDLabs"));
  }

  @Test
  void strongestIsMostUnitsThenNpmiThenFirstNames() {
    // Names sort '"Big" Jim O'Brien' < 'AT&T <Mobility>' < 'Bell...' < 'Café...', and "article" < "sentence".
    EntityPair fewer = pair(BELL, CAFE, "sentence", 2, 1.0);
    EntityPair lowerNpmi = pair(OBRIEN, ATT, "sentence", 3, 0.1);
    EntityPair tiedLaterName = pair(ATT, CAFE, "sentence", 3, 0.5);
    EntityPair tiedFirstName = pair(OBRIEN, CAFE, "sentence", 3, 0.5);
    EntityPair tiedArticle = pair(ATT, CAFE, "article", 3, 0.5);
    assertEquals(List.of(tiedArticle, tiedFirstName, tiedLaterName, lowerNpmi, fewer),
        CooccurrenceGraph.of(List.of(fewer, tiedLaterName, lowerNpmi, tiedArticle, tiedFirstName),
            byKey(ATT, OBRIEN, CAFE, BELL)).edges());
    assertTrue(CooccurrenceGraph.BY_STRENGTH.compare(fewer, lowerNpmi) < 0);
  }

  @Test
  void aPairNamingNoEntityFails() {
    IllegalStateException missing = assertThrows(IllegalStateException.class,
        () -> CooccurrenceGraph.of(List.of(pair(ATT, CAFE, "sentence", 1, 1.0)), byKey(ATT)));
    assertTrue(missing.getMessage().contains(CAFE.getEntity()), missing.getMessage());
  }

  @Test
  void jobWritesTheStrongestPairsOfTheCooccurrenceTable() throws Exception {
    Path output = work.resolve("out");
    CorpusJobOptions options = JobRuns.options(DatedNewsCorpus.write(work.resolve("corpus")).toString(), output);
    options.setGraphMaxEdges(12);
    CorpusJob.run(options);

    String cooccurrence = JobRuns.table(output, "cooccurrence");
    List<Map<String, Object>> strongest = JobRuns.query("SELECT * FROM " + cooccurrence
        + " ORDER BY pair_count DESC, npmi DESC, scope, coalesce(period, ''), entity_a, entity_b LIMIT 12");
    assertTrue(JobRuns.count(output, "cooccurrence") > 12, "the limit leaves some pairs out");
    Map<String, Map<String, Object>> entities = JobRuns.query("SELECT * FROM " + JobRuns.table(output, "entities"))
        .stream().collect(Collectors.toMap(row -> (String) row.get("entity"), row -> row));

    Path graphs = output.resolve("graph");
    for (GraphFile file : List.of(
        GraphFile.graphml(Files.readString(graphs.resolve("cooccurrence.graphml"), StandardCharsets.UTF_8)),
        GraphFile.gexf(Files.readString(graphs.resolve("cooccurrence.gexf"), StandardCharsets.UTF_8)))) {
      assertEquals(strongest.size(), file.edges().size());
      for (int i = 0; i < strongest.size(); i++) {
        Map<String, Object> row = strongest.get(i);
        GraphFile.Edge edge = file.edges().get(i);
        assertEquals(
            List.of(row.get("entity_a"), row.get("entity_b"), row.get("scope"), row.get("pair_count").toString(),
                row.get("doc_count").toString()),
            List.of(edge.source(), edge.target(), edge.attributes().get("scope"), edge.attributes().get("pair_count"),
                edge.attributes().get("doc_count")),
            "edge " + i);
        assertEquals((Double) row.get("npmi"), Double.parseDouble(edge.attributes().get("npmi")), 0.0);
      }
      assertEquals(strongest.stream().flatMap(row -> Stream.of(row.get("entity_a"), row.get("entity_b")))
          .collect(Collectors.toSet()), file.nodes().keySet());
      for (Map.Entry<String, Map<String, String>> node : file.nodes().entrySet()) {
        Map<String, Object> entity = entities.get(node.getKey());
        assertEquals(List.of(node.getKey(), entity.get("entity_type"), entity.get("mention_count").toString(),
                entity.get("doc_count").toString()),
            List.of(node.getValue().get("label"), node.getValue().get("type"), node.getValue().get("mention_count"),
                node.getValue().get("doc_count")), node.getKey());
        assertEquals((Double) entity.get("mean_sentiment"),
            Double.parseDouble(node.getValue().get("mean_sentiment")), 0.0);
      }
    }
  }

  @Test
  void noGraphFilesWhenTurnedOff() {
    Path output = work.resolve("out");
    CorpusJobOptions options = JobRuns.options("../seeds/", output);
    options.setGraphExport(false);
    CorpusJob.run(options);
    assertTrue(Files.isDirectory(output.resolve("entities")));
    assertFalse(Files.exists(output.resolve("graph")));
  }
}
