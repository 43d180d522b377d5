package org.corpusanalytics.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.io.hdfs.HadoopFileSystemOptions;
import org.apache.hadoop.conf.Configuration;
import org.corpusanalytics.pipeline.options.CorpusJobOptions;
import org.corpusanalytics.pipeline.output.OutputDirectory;
import org.corpusanalytics.pipeline.output.RunSummary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job reads its input from and writes its tables to {@code s3a://} paths, through Beam's Hadoop
 * filesystem and Hadoop's S3A connector, against a local S3 endpoint (S3Proxy, run in its own JVM
 * and storing each bucket as a directory); the tables equal those of the same corpus read from disk.
 */
class S3aFileSystemJobTest {
  private static final Path S3PROXY_JAR = Path.of("target/s3proxy/s3proxy.jar");
  private static final String BUCKET = "corpora";
  private static final String IDENTITY = "local-identity";
  private static final String CREDENTIAL = "local-credential";

  @TempDir static Path work;
  private static Process s3proxy;
  private static int port;

  @BeforeAll
  static void startS3Endpoint() throws Exception {
    assertTrue(Files.exists(S3PROXY_JAR), S3PROXY_JAR + " is copied there by the build (generate-test-resources)");
    Files.createDirectories(work.resolve("buckets").resolve(BUCKET));
    port = freePort();
    Path properties = work.resolve("s3proxy.properties");
    Files.writeString(properties, String.join("\n",
        "s3proxy.endpoint=http://127.0.0.1:" + port,
        "s3proxy.authorization=aws-v2-or-v4",
        "s3proxy.identity=" + IDENTITY,
        "s3proxy.credential=" + CREDENTIAL,
        "jclouds.provider=filesystem",
        "jclouds.filesystem.basedir=" + work.resolve("buckets")));
    s3proxy = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", S3PROXY_JAR.toString(), "--properties", properties.toString())
        .redirectErrorStream(true).redirectOutput(work.resolve("s3proxy.log").toFile()).start();
    awaitListening(port, 60_000);
  }

  @AfterAll
  static void stopS3Endpoint() {
    if (s3proxy != null) {
      s3proxy.destroy();
    }
  }

  @Test
  void readsAndWritesS3aPathsWithTheSameTablesAsLocalFiles() throws Exception {
    // The endpoint stores object keys as files below the bucket's directory: this is the upload.
    Path corpus = RemoteCorpusRuns.corpus(work.resolve("buckets").resolve(BUCKET).resolve("corpus"));
    Path local = work.resolve("local");
    RunSummary localSummary = JobRuns.run(corpus.toString(), local);

    CorpusJobOptions options = JobRuns.options("s3a://" + BUCKET + "/corpus/", local);
    options.setOutput("s3a://" + BUCKET + "/tables");
    options.as(HadoopFileSystemOptions.class).setHdfsConfiguration(List.of(s3aConfiguration()));
    RunSummary s3Summary = CorpusJob.run(options);

    Path written = work.resolve("buckets").resolve(BUCKET).resolve("tables");
    assertTrue(Files.exists(written.resolve(OutputDirectory.SUMMARY_FILE)), "run summary written to the bucket");
    RemoteCorpusRuns.assertSameTables(localSummary, local, s3Summary, written);
  }

  /** What a user passes as --hdfsConfiguration for an S3-compatible store. */
  private static Configuration s3aConfiguration() {
    Configuration configuration = new Configuration();
    configuration.set("fs.defaultFS", "s3a://" + BUCKET);
    configuration.set("fs.s3a.endpoint", "http://127.0.0.1:" + port);
    configuration.set("fs.s3a.endpoint.region", "us-east-1");
    // S3Proxy's filesystem store sends no ETag on reads, which S3A checks by default to notice
    // objects changing while read; the test's objects never change.
    configuration.set("fs.s3a.change.detection.version.required", "false");
    // Leaves parent "directory" markers in place after each write instead of deleting them one by
    // one, which takes S3Proxy's filesystem store seconds per file.
    configuration.set("fs.s3a.directory.marker.retention", "keep");
    configuration.set("fs.s3a.path.style.access", "true");
    configuration.set("fs.s3a.connection.ssl.enabled", "false");
    configuration.set("fs.s3a.aws.credentials.provider", "org.apache.hadoop.fs.s3a.SimpleAWSCredentialsProvider");
    configuration.set("fs.s3a.access.key", IDENTITY);
    configuration.set("fs.s3a.secret.key", CREDENTIAL);
    return configuration;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void awaitListening(int port, long timeoutMillis) throws Exception {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    while (System.currentTimeMillis() < deadline) {
      if (!s3proxy.isAlive()) {
        throw new IllegalStateException("S3Proxy exited: " + Files.readString(work.resolve("s3proxy.log")));
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
        return;
      } catch (IOException notYet) {
        Thread.sleep(200);
      }
    }
    throw new IllegalStateException("S3Proxy did not listen on port " + port + " within " + timeoutMillis + " ms");
  }
}
