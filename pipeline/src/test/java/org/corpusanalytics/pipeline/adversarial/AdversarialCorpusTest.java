package org.corpusanalytics.pipeline.adversarial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.corpusanalytics.pipeline.JobRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole job, in its own JVM with a small heap, on a corpus of hostile inputs: every record
 * gets exactly its expected outcome, the counts reconcile, nothing is fetched and the heap limit
 * holds.
 */
class AdversarialCorpusTest {
  /** The job must get through the corpus in this heap: well under the bomb's 80 MiB inflated. */
  static final String MAX_HEAP = "320m";

  @TempDir Path work;

  @Test
  void everyHostileRecordGetsItsOutcomeWithinABoundedHeap() throws Exception {
    AtomicInteger fetches = new AtomicInteger();
    try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread acceptor = new Thread(() -> countConnections(listener, fetches));
      acceptor.setDaemon(true);
      acceptor.start();
      Path corpus = work.resolve("corpus");
      AdversarialCorpus adversarial = AdversarialCorpus.write(corpus, listener.getLocalPort());
      Path output = work.resolve("out");
      Path log = work.resolve("job.log");

      Process job = JobRuns.start(MAX_HEAP, log, "--input=" + corpus, "--output=" + output,
          "--parallelism=3", "--maxRejectFraction=1");

      assertTrue(job.waitFor(10, TimeUnit.MINUTES), "the job did not finish");
      assertEquals(0, job.exitValue(), Files.readString(log));
      assertEquals(adversarial.expected, outcomes(corpus, output));
      JsonNode summary = new ObjectMapper().readTree(output.resolve("_SUMMARY.json").toFile());
      long rejects = adversarial.expected.values().stream().filter(outcome -> outcome.startsWith("reject")).count();
      assertEquals(adversarial.expected.size(), summary.get("records_read").asLong());
      assertEquals(adversarial.expected.size() - rejects, summary.get("articles_written").asLong());
      assertEquals(rejects, summary.get("rejected_total").asLong());
      assertEquals(expectedByReason(adversarial.expected), new ObjectMapper().convertValue(summary.get("rejected"),
          new com.fasterxml.jackson.core.type.TypeReference<TreeMap<String, Long>>() {}));
      assertEquals(2, summary.get("encoding_repaired").asLong());
    }
    assertEquals(0, fetches.get(), "the job opened a connection to a resource named in a page");
  }

  /** Relative source -> outcome, in the corpus's notation, read back from the tables. */
  private static Map<String, String> outcomes(Path corpus, Path output) throws Exception {
    String prefix = corpus.toString() + "/";
    Map<String, String> outcomes = new TreeMap<>();
    for (Map<String, Object> row : JobRuns.query("SELECT source, title, text FROM "
        + JobRuns.table(output, "articles"))) {
      String previous = outcomes.put(((String) row.get("source")).replace(prefix, ""),
          "article " + row.get("title") + " | " + row.get("text"));
      assertEquals(null, previous, "two outcomes for " + row.get("source"));
    }
    for (Map<String, Object> row : JobRuns.query("SELECT source, reason FROM "
        + JobRuns.table(output, "rejects"))) {
      String previous = outcomes.put(((String) row.get("source")).replace(prefix, ""), "reject " + row.get("reason"));
      assertEquals(null, previous, "two outcomes for " + row.get("source"));
    }
    return outcomes;
  }

  private static Map<String, Long> expectedByReason(Map<String, String> expected) {
    Map<String, Long> byReason = new TreeMap<>();
    expected.values().stream().filter(outcome -> outcome.startsWith("reject "))
        .forEach(outcome -> byReason.merge(outcome.substring("reject ".length()), 1L, Long::sum));
    return byReason;
  }

  private static void countConnections(ServerSocket listener, AtomicInteger fetches) {
    try {
      while (true) {
        try (Socket ignored = listener.accept()) {
          fetches.incrementAndGet();
        }
      }
    } catch (SocketException closed) {
      // The listener was closed at the end of the test.
    } catch (IOException e) {
      fetches.addAndGet(1000);
    }
  }
}
