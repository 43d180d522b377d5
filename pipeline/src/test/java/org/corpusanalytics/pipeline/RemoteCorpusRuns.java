package org.corpusanalytics.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.corpusanalytics.pipeline.io.ReadArticlesFixtures;
import org.corpusanalytics.pipeline.output.RunSummary;

/** The corpus the remote-filesystem tests read, and how their tables are compared with a local run. */
final class RemoteCorpusRuns {
  /** Columns that hold the input's path (or a digest of it), which differs between two copies of a corpus. */
  private static final List<String> PATH_COLUMNS = List.of("doc_id", "source", "detail");

  private RemoteCorpusRuns() {}

  /** The mixed-format corpus (text, gzip, JSON Lines, HTML, and files that are rejected) plus the seed. */
  static Path corpus(Path directory) throws IOException {
    Path corpus = ReadArticlesFixtures.mixedCorpus(directory);
    Files.copy(Path.of("../seeds/000_937bba91dd371ac9.txt"), corpus.resolve("seed.txt"));
    return corpus;
  }

  /** The remote run read and wrote the same records and tables as the local run, up to paths. */
  static void assertSameTables(RunSummary local, Path localOutput, RunSummary remote, Path remoteOutput)
      throws SQLException {
    assertEquals(local.recordsRead(), remote.recordsRead(), "records read");
    assertEquals(local.articlesWritten(), remote.articlesWritten(), "articles written");
    assertEquals(local.rejected(), remote.rejected(), "rejected");
    for (String table : CorpusJob.TABLES.keySet()) {
      assertEquals(JobRuns.count(localOutput, table), JobRuns.count(remoteOutput, table), table);
      assertEquals(0L, JobRuns.rowsOnlyIn(localOutput, remoteOutput, table, PATH_COLUMNS),
          table + ": rows only in the local output");
      assertEquals(0L, JobRuns.rowsOnlyIn(remoteOutput, localOutput, table, PATH_COLUMNS),
          table + ": rows only in the remote output");
    }
  }
}
