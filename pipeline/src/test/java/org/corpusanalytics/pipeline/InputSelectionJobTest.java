package org.corpusanalytics.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.corpusanalytics.pipeline.options.CorpusJobOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which files a run reads and how it reads their lines, as the command line says: documentation
 * files in a directory input skipped and listed, --exclude globs, --exclude= turning the defaults
 * off, hard-wrapped text read as paragraphs and stray control bytes removed, all counted in
 * _SUMMARY.json.
 */
class InputSelectionJobTest {
  @TempDir Path work;
  private Path corpus;

  @BeforeEach
  void writeCorpus() throws IOException {
    corpus = Files.createDirectories(work.resolve("corpus"));
    write("wire.txt", String.join("\n",
        "HARBOUR RENTS RISE",
        "    Cafe owners in the harbour town said rents rose by a fifth",
        "this year, and officials said they would review the charges",
        "before the summer season, when most of the visitors arrive.",
        "    The council meets on Friday to set the charges for the",
        "quay, the market and the car parks for the coming year.",
        ""));
    write("nul.txt", "Stray byte\nA sentence with a \u0000 NUL byte in it.");
    write("README.TXT", "About this data set.");
    write("SOURCE.txt", "Where the data comes from.");
    write("notes.md", "# Notes");
    write("old.bak", "An old copy.");
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(corpus.resolve(name), text, StandardCharsets.UTF_8);
  }

  private JsonNode runOnCorpus(String... extraArgs) throws IOException {
    return run(corpus + "/", extraArgs);
  }

  private JsonNode run(String input, String... extraArgs) throws IOException {
    Path output = work.resolve("out");
    List<String> args = new ArrayList<>(List.of("--input=" + input, "--output=" + output,
        "--parallelism=2", "--report=false", "--graphExport=false", "--progressSeconds=0"));
    args.addAll(List.of(extraArgs));
    CorpusJobOptions options = PipelineOptionsFactory.fromArgs(args.toArray(String[]::new)).as(CorpusJobOptions.class);
    options.setRunner(DirectRunner.class);
    CorpusJob.run(options);
    return new ObjectMapper().readTree(output.resolve("_SUMMARY.json").toFile());
  }

  private List<String> skipped(JsonNode summary) {
    List<String> names = new ArrayList<>();
    summary.get("files_skipped").forEach(path -> names.add(Path.of(path.asText()).getFileName().toString()));
    return names;
  }

  @Test
  void directoryInputSkipsDocumentationAndExcludedFilesAndListsThem() throws Exception {
    JsonNode summary = runOnCorpus("--exclude=*.bak");

    assertEquals(List.of("README.TXT", "SOURCE.txt", "notes.md", "old.bak"), skipped(summary));
    assertEquals(2, summary.get("records_read").asLong());
    assertEquals(2, summary.get("articles_written").asLong());
    assertEquals(1, summary.get("articles_read_as_wrapped").asLong());
    assertEquals(1, summary.get("control_chars_removed").asLong());
    Map<String, Object> wire = JobRuns.query("SELECT title, text, sentence_count FROM "
        + JobRuns.table(work.resolve("out"), "articles") + " WHERE source LIKE '%wire.txt'").get(0);
    assertEquals("HARBOUR RENTS RISE", wire.get("title"));
    assertEquals("Cafe owners in the harbour town said rents rose by a fifth this year, and officials said they "
        + "would review the charges before the summer season, when most of the visitors arrive.\n\n"
        + "The council meets on Friday to set the charges for the quay, the market and the car parks for the "
        + "coming year.", wire.get("text"));
    assertEquals(2, wire.get("sentence_count"));
  }

  @Test
  void anEmptyExcludeReadsEveryFile() throws Exception {
    JsonNode summary = runOnCorpus("--exclude=");

    assertEquals(List.of(), skipped(summary));
    assertEquals(6, summary.get("records_read").asLong());
  }

  @Test
  void linesLayoutKeepsEveryLineAParagraph() throws Exception {
    JsonNode summary = runOnCorpus("--textLayout=LINES");

    assertEquals(0, summary.get("articles_read_as_wrapped").asLong());
    assertEquals(5L, JobRuns.query("SELECT sentence_count FROM " + JobRuns.table(work.resolve("out"), "articles")
        + " WHERE source LIKE '%wire.txt'").get(0).get("sentence_count") instanceof Integer n ? n.longValue() : -1);
  }

  @Test
  void anInputWhoseFilesAreAllExcludedFailsBeforeAnyWork() {
    JobFailure failure = assertThrows(JobFailure.class, () -> run(corpus + "/README.TXT", "--exclude=readme*"));

    assertEquals(JobFailure.USAGE, failure.exitCode());
    assertTrue(failure.getMessage().contains("every file that --input"), failure.getMessage());
  }
}
