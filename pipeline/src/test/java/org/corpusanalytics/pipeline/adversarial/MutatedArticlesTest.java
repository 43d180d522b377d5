package org.corpusanalytics.pipeline.adversarial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.corpusanalytics.pipeline.CorpusJob;
import org.corpusanalytics.pipeline.JobRuns;
import org.corpusanalytics.pipeline.options.CorpusJobOptions;
import org.corpusanalytics.pipeline.output.RunSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Good articles mutated at random (fixed seed): bytes flipped, dropped, inserted or duplicated,
 * lines cut short, ids copied between records. Whatever each mutation does, every record must end
 * as exactly one article or one reject, and the counts must reconcile.
 */
class MutatedArticlesTest {
  private static final long SEED = 20_260_101L;
  private static final int JSON_RECORDS = 300;
  private static final int TEXT_FILES = 40;
  private static final String[] BODIES = {
    "Oil prices rose on Monday after producers agreed to cut output. Traders said demand was firm.",
    "The council approved the new budget. Opposition members said the plan cuts too deep.",
    "Shares in the carmaker fell 4% after it warned on profits. Analysts had expected the warning.",
    "Heavy rain flooded roads across the region on Tuesday. Schools closed early.",
  };

  @TempDir Path work;

  @Test
  void everyMutatedRecordEndsInExactlyOnePlace() throws Exception {
    Random random = new Random(SEED);
    Path corpus = Files.createDirectories(work.resolve("corpus"));
    Map<String, Integer> expectedSources = new TreeMap<>();
    for (int file = 0; file < 3; file++) {
      ByteArrayOutputStream lines = new ByteArrayOutputStream();
      Path path = corpus.resolve("feed-" + file + ".jsonl");
      for (int line = 1; line <= JSON_RECORDS / 3; line++) {
        String id = random.nextInt(10) == 0 ? "shared-" + random.nextInt(5) : "r" + file + "-" + line;
        String json = "{\"id\":\"" + id + "\",\"title\":\"Story " + line + "\",\"published_at\":\"2025-02-0"
            + (1 + random.nextInt(9)) + "\",\"text\":\"" + BODIES[random.nextInt(BODIES.length)] + "\"}";
        lines.writeBytes(mutate(json.getBytes(StandardCharsets.UTF_8), random, true));
        lines.write('\n');
        expectedSources.put(path + ":" + line, 1);
      }
      Files.write(path, lines.toByteArray());
    }
    for (int file = 0; file < TEXT_FILES; file++) {
      Path path = corpus.resolve("story-" + file + ".txt");
      String text = "Headline " + file + "\n" + BODIES[random.nextInt(BODIES.length)];
      Files.write(path, mutate(text.getBytes(StandardCharsets.UTF_8), random, false));
      expectedSources.put(path.toString(), 1);
    }
    Path output = work.resolve("out");
    CorpusJobOptions options = JobRuns.options(corpus.toString(), output);
    options.setMaxRejectFraction(1);

    RunSummary summary = CorpusJob.run(options);

    Map<String, Integer> sources = new TreeMap<>();
    for (String table : List.of("articles", "rejects")) {
      for (Map<String, Object> row : JobRuns.query("SELECT source FROM " + JobRuns.table(output, table))) {
        sources.merge((String) row.get("source"), 1, Integer::sum);
      }
    }
    assertEquals(expectedSources, sources);
    assertEquals(JSON_RECORDS + TEXT_FILES, summary.recordsRead());
    assertEquals(summary.recordsRead(), summary.articlesWritten() + summary.rejected());
  }

  /**
   * One to three random edits. A JSON Lines record never gains a line break or becomes blank, so
   * that it stays exactly one record.
   */
  private static byte[] mutate(byte[] original, Random random, boolean oneLine) {
    List<Byte> bytes = new ArrayList<>();
    for (byte b : original) {
      bytes.add(b);
    }
    int edits = 1 + random.nextInt(3);
    for (int edit = 0; edit < edits && !bytes.isEmpty(); edit++) {
      int at = random.nextInt(bytes.size());
      switch (random.nextInt(6)) {
        case 0 -> bytes.set(at, (byte) (bytes.get(at) ^ (1 << random.nextInt(8))));
        case 1 -> bytes.remove(at);
        case 2 -> bytes.add(at, (byte) new int[] {0x00, 0xFF, 0xC3, 0x80, '"', '\\', '{', 0x1B}[random.nextInt(8)]);
        case 3 -> bytes.subList(at, bytes.size()).clear();
        case 4 -> bytes.addAll(at, new ArrayList<>(bytes.subList(at, Math.min(bytes.size(), at + 1 + random.nextInt(40)))));
        default -> { }
      }
    }
    byte[] mutated = new byte[bytes.size()];
    for (int i = 0; i < mutated.length; i++) {
      byte b = bytes.get(i);
      mutated[i] = oneLine && (b == '\n') ? (byte) ' ' : b;
    }
    boolean blank = new String(mutated, StandardCharsets.ISO_8859_1).isBlank();
    return oneLine && blank ? new byte[] {'x'} : mutated;
  }
}
