package org.corpusanalytics.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.beam.sdk.io.hdfs.HadoopFileSystemOptions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.corpusanalytics.pipeline.io.ReadArticlesFixtures;
import org.corpusanalytics.pipeline.options.CorpusJobOptions;
import org.corpusanalytics.pipeline.output.OutputDirectory;
import org.corpusanalytics.pipeline.output.RunSummary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job reads its input from and writes its tables to {@code hdfs://} paths, through Beam's Hadoop
 * filesystem, on a real (in-process) HDFS with a name node and a data node; the tables equal those
 * of the same corpus read from local disk.
 */
class HadoopFileSystemJobTest {
  /** Columns that hold the input's path (or a digest of it), which differs between the two copies. */
  private static final List<String> PATH_COLUMNS = List.of("doc_id", "source", "detail");

  @TempDir static Path work;
  private static MiniDFSCluster hdfs;

  @BeforeAll
  static void startHdfs() throws Exception {
    Configuration configuration = new Configuration();
    configuration.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, work.resolve("hdfs").toString());
    hdfs = new MiniDFSCluster.Builder(configuration).numDataNodes(1).build();
    hdfs.waitActive();
  }

  @AfterAll
  static void stopHdfs() {
    if (hdfs != null) {
      hdfs.shutdown();
    }
  }

  @Test
  void readsAndWritesHdfsPathsWithTheSameTablesAsLocalFiles() throws Exception {
    Path corpus = ReadArticlesFixtures.mixedCorpus(work.resolve("corpus"));
    Files.copy(Path.of("../seeds/000_937bba91dd371ac9.txt"), corpus.resolve("seed.txt"));
    String namenode = "hdfs://127.0.0.1:" + hdfs.getNameNodePort();
    FileSystem dfs = hdfs.getFileSystem();
    dfs.copyFromLocalFile(new org.apache.hadoop.fs.Path(corpus.toUri()), new org.apache.hadoop.fs.Path("/corpus"));

    Path local = work.resolve("local");
    RunSummary localSummary = JobRuns.run(corpus.toString(), local);
    CorpusJobOptions options = JobRuns.options(namenode + "/corpus/", work.resolve("unused"));
    options.setOutput(namenode + "/tables");
    options.as(HadoopFileSystemOptions.class).setHdfsConfiguration(List.of(hdfs.getConfiguration(0)));
    RunSummary hdfsSummary = CorpusJob.run(options);

    assertEquals(localSummary.recordsRead(), hdfsSummary.recordsRead());
    assertEquals(localSummary.articlesWritten(), hdfsSummary.articlesWritten());
    assertEquals(localSummary.rejected(), hdfsSummary.rejected());
    Path copied = work.resolve("from-hdfs");
    dfs.copyToLocalFile(new org.apache.hadoop.fs.Path("/tables"), new org.apache.hadoop.fs.Path(copied.toUri()));
    assertTrue(Files.exists(copied.resolve(OutputDirectory.SUMMARY_FILE)), "run summary written to HDFS");
    for (String table : CorpusJob.TABLES.keySet()) {
      assertTrue(JobRuns.count(local, table) > 0 || table.equals("cooccurrence"), table + " has rows");
      assertEquals(JobRuns.count(local, table), JobRuns.count(copied, table), table);
      assertEquals(0L, rowsOnlyInIgnoringPaths(local, copied, table), table + ": rows only in the local output");
      assertEquals(0L, rowsOnlyInIgnoringPaths(copied, local, table), table + ": rows only in the HDFS output");
    }
  }

  /** Like {@link JobRuns#rowsOnlyIn}, over the columns that do not depend on where the input lives. */
  private static long rowsOnlyInIgnoringPaths(Path one, Path other, String table) throws SQLException {
    String columns = JobRuns.columns(one, table).stream()
        .map(column -> column.substring(0, column.indexOf(' ')))
        .filter(column -> !PATH_COLUMNS.contains(column))
        .collect(Collectors.joining(", "));
    return ((Number) JobRuns.query("SELECT count(*) AS n FROM (SELECT " + columns + " FROM "
        + JobRuns.table(one, table) + " EXCEPT ALL SELECT " + columns + " FROM " + JobRuns.table(other, table) + ")")
        .get(0).get("n")).longValue();
  }
}
