package org.corpusanalytics.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.io.hdfs.HadoopFileSystemOptions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.corpusanalytics.pipeline.options.CorpusJobOptions;
import org.corpusanalytics.pipeline.output.OutputDirectory;
import org.corpusanalytics.pipeline.output.RunSummary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job reads its input from and writes its tables to {@code hdfs://} paths, through Beam's Hadoop
 * filesystem, on a real in-process HDFS (a name node and a data node); the tables equal those of
 * the same corpus read from local disk.
 */
class HadoopFileSystemJobTest {
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
    Path corpus = RemoteCorpusRuns.corpus(work.resolve("corpus"));
    FileSystem dfs = hdfs.getFileSystem();
    dfs.copyFromLocalFile(new org.apache.hadoop.fs.Path(corpus.toUri()), new org.apache.hadoop.fs.Path("/corpus"));
    String namenode = "hdfs://127.0.0.1:" + hdfs.getNameNodePort();

    Path local = work.resolve("local");
    RunSummary localSummary = JobRuns.run(corpus.toString(), local);
    CorpusJobOptions options = JobRuns.options(namenode + "/corpus/", local);
    options.setOutput(namenode + "/tables");
    options.as(HadoopFileSystemOptions.class).setHdfsConfiguration(List.of(hdfs.getConfiguration(0)));
    RunSummary hdfsSummary = CorpusJob.run(options);

    Path copied = work.resolve("from-hdfs");
    dfs.copyToLocalFile(new org.apache.hadoop.fs.Path("/tables"), new org.apache.hadoop.fs.Path(copied.toUri()));
    assertTrue(Files.exists(copied.resolve(OutputDirectory.SUMMARY_FILE)), "run summary written to HDFS");
    RemoteCorpusRuns.assertSameTables(localSummary, local, hdfsSummary, copied);
  }
}
