package org.corpusanalytics.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.corpusanalytics.pipeline.options.CorpusJobOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acronyms across the corpus: one article defines "European Community (EC)", two others only write
 * "EC"; a wire story ends with sign-off and credit lines. The job runs with the default threshold
 * (two defining articles: "EC" stays itself) and with {@code --minAcronymDefinitions=1}.
 */
class CorpusAcronymsJobTest {
  @TempDir static Path work;
  private static Path paired;
  private static Path unpaired;

  @BeforeAll
  static void runJob() throws IOException {
    Path corpus = Files.createDirectories(work.resolve("corpus"));
    Files.writeString(corpus.resolve("defines.txt"), "Farm ministers meet\n\n"
        + "Farm ministers of the European Community (EC) met in Brussels on Monday. The EC agreed to cut"
        + " subsidies for dairy farmers, officials said.\n");
    Files.writeString(corpus.resolve("uses.txt"), "Farmers protest\n\n"
        + "Thousands of farmers protested outside the offices of the EC in Brussels on Tuesday. The EC said it"
        + " would review the plan before the summer.\n");
    Files.writeString(corpus.resolve("uses-too.txt"), "Trade talks\n\n"
        + "Trade negotiators from Japan will meet the EC in Geneva next month, a spokesman in Tokyo said.\n");
    Files.writeString(corpus.resolve("wire.txt"), "COCOA RAINS EASE DROUGHT\n\n"
        + "Showers continued throughout the week in the cocoa zone of Ghana, improving prospects for the"
        + " coming crop, the review said.\n"
        + "(Reporting by Kwame Mensah; Editing by Jane Doe)\n"
        + "Reuter\n");
    paired = work.resolve("paired");
    CorpusJobOptions options = JobRuns.options(corpus.toString(), paired);
    options.setMinAcronymDefinitions(1);
    CorpusJob.run(options);
    unpaired = work.resolve("unpaired");
    JobRuns.run(corpus.toString(), unpaired);
  }

  private static Map<String, Long> docCounts(Path output) throws SQLException {
    return JobRuns.query("SELECT entity, doc_count FROM " + JobRuns.table(output, "entities")).stream()
        .collect(Collectors.toMap(row -> (String) row.get("entity"), row -> ((Number) row.get("doc_count")).longValue()));
  }

  @Test
  void anAcronymDefinedOnceJoinsItsLongFormEverywhereWhenOneDefinitionIsEnough() throws SQLException {
    Map<String, Long> entities = docCounts(paired);
    assertEquals(3L, entities.get("European Community"), "entities: " + entities);
    assertTrue(!entities.containsKey("EC"), "EC is an entity: " + entities);
    List<Map<String, Object>> ec = JobRuns.query("SELECT DISTINCT entity FROM "
        + JobRuns.table(paired, "entity_mentions") + " WHERE text = 'EC'");
    assertEquals(List.of(Map.of("entity", "European Community")), ec);
    assertEquals(Set.of("article", "sentence"), JobRuns.query("SELECT scope FROM "
        + JobRuns.table(paired, "cooccurrence") + " WHERE entity_a = 'Brussels' AND entity_b = 'European Community'")
        .stream().map(row -> row.get("scope")).collect(Collectors.toSet()));
  }

  @Test
  void byDefaultOneDefiningArticleIsNotEnough() throws SQLException {
    Map<String, Long> entities = docCounts(unpaired);
    assertEquals(1L, entities.get("European Community"), "entities: " + entities);
    assertEquals(2L, entities.get("EC"), "entities: " + entities);
  }

  @Test
  void noSignOffOrCreditLineYieldsAnEntity() throws SQLException {
    Map<String, Long> entities = docCounts(paired);
    for (String signOff : List.of("Reuter", "Reuters", "Kwame Mensah", "Jane Doe")) {
      assertTrue(!entities.containsKey(signOff), signOff + " is an entity: " + entities);
    }
    assertTrue(entities.containsKey("Ghana"), "the story's own entity: " + entities);
  }

  @Test
  void aMinimumBelowOneFails() {
    CorpusJobOptions options = JobRuns.options(work.resolve("corpus").toString(), work.resolve("never"));
    options.setMinAcronymDefinitions(0);
    JobFailure failure = assertThrows(JobFailure.class, () -> CorpusJob.run(options));
    assertEquals(JobFailure.USAGE, failure.exitCode());
    assertEquals("--minAcronymDefinitions must be at least 1, not 0", failure.getMessage());
  }
}
