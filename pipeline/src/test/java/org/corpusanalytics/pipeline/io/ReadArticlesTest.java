package org.corpusanalytics.pipeline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.luben.zstd.ZstdOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.corpusanalytics.model.Article;
import org.corpusanalytics.model.Reject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each reader on the DirectRunner: good records around bad ones are all read, bad ones rejected. */
class ReadArticlesTest {
  @TempDir Path corpus;

  static Pipeline directPipeline() {
    DirectOptions options = PipelineOptionsFactory.as(DirectOptions.class);
    options.setRunner(DirectRunner.class);
    return Pipeline.create(options);
  }

  private String write(String name, byte[] bytes) throws IOException {
    Path file = corpus.resolve(name);
    Files.write(file, bytes);
    return file.toString();
  }

  private String write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void everyRecordEndsAsAnArticleOrAReject() throws IOException {
    String good = write("good.txt", "Headline\nA real paragraph.");
    String legacy = write("legacy.txt", new byte[] {'C', 'a', 'f', (byte) 0xE9, ' ', 'o', 'k'});
    String empty = write("empty.txt", new byte[0]);
    String binary = write("picture.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    String lines = write("batch.jsonl", "{\"id\":\"j1\",\"text\":\"One.\"}\n"
        + "{\"id\":\"j2\",\"text\":\"Two\n"
        + "\n"
        + "{\"id\":\"j3\",\"text\":\"Three.\"}\r\n");
    String badUtf8 = write("mixed.jsonl", new byte[] {
        '{', '"', 'i', 'd', '"', ':', '"', 'k', '1', '"', ',', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xFF, '"', '}', '\n',
        '{', '"', 'i', 'd', '"', ':', '"', 'k', '2', '"', ',', '"', 't', 'e', 'x', 't', '"', ':', '"', 'o', 'k', '"', '}'});
    String compressed = write("packed.jsonl.gz", ReadArticlesFixtures.gzip("{\"id\":\"g1\",\"text\":\"Zipped.\"}\n"));
    String page = write("page.html", "<html><head><title>Page title here</title></head><body><article>"
        + "<p>An article paragraph that is long enough to be the main text of this small page.</p>"
        + "</article></body></html>");
    String scripts = write("scripts.html", "<html><body><script>load()</script></body></html>");
    byte[] archive = ReadArticlesFixtures.gzip("{\"id\":\"c1\",\"text\":\"Before the cut.\"}\n"
        + "{\"id\":\"c2\",\"text\":\"After the cut, lost with the end of the archive.\"}\n");
    String cut = write("cut.jsonl.gz", Arrays.copyOf(archive, archive.length / 2));

    Pipeline pipeline = directPipeline();
    PCollectionTuple read = pipeline.apply(ReadArticles.from(List.of(corpus + "/**")).withParallelism(3));

    PAssert.that(read.get(ReadArticles.ARTICLES).apply("Ids", MapElements.into(TypeDescriptors.strings())
            .via((Article article) -> article.getSource() + " -> " + article.getText())))
        .containsInAnyOrder(
            good + " -> Headline\nA real paragraph.",
            legacy + " -> Café ok",
            lines + ":1 -> One.",
            lines + ":4 -> Three.",
            badUtf8 + ":2 -> ok",
            compressed + ":1 -> Zipped.",
            page + " -> An article paragraph that is long enough to be the main text of this small page.");
    PAssert.that(read.get(ReadArticles.REJECTS).apply("Reasons", MapElements.into(TypeDescriptors.strings())
            .via((Reject reject) -> reject.getSource() + " " + reject.getStage() + " " + reject.getReason())))
        .containsInAnyOrder(
            empty + " read empty_file",
            binary + " read not_text",
            lines + ":2 read malformed_json",
            badUtf8 + ":1 read invalid_utf8",
            scripts + " read no_article_text",
            // The archive fails inside the decompressor's read-ahead, before any line is complete.
            cut + " read unreadable");
    pipeline.run().waitUntilFinish();
  }

  @Test
  void jsonLinesFilesLargerThanTheFileLimitAreReadWholeWhileTextAndHtmlFilesAreRejected() throws IOException {
    StringBuilder feed = new StringBuilder();
    for (int i = 1; i <= 10; i++) {
      feed.append("{\"text\":\"Record number ").append(i).append(" of the feed.\"}\n");
    }
    String plain = write("feed.jsonl", feed.toString());
    String packed = write("feed.jsonl.gz", ReadArticlesFixtures.gzip(feed.toString()));
    String text = write("long.txt", "Headline\n" + "A sentence of the body. ".repeat(4));
    String page = write("long.html", "<html><body><p>" + "A sentence of the page. ".repeat(4) + "</p></body></html>");

    Pipeline pipeline = directPipeline();
    PCollectionTuple read = pipeline.apply(ReadArticles.from(List.of(corpus + "/*")).withMaxFileBytes(64));

    List<String> articles = new java.util.ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      articles.add(plain + ":" + i + " -> Record number " + i + " of the feed.");
      articles.add(packed + ":" + i + " -> Record number " + i + " of the feed.");
    }
    PAssert.that(read.get(ReadArticles.ARTICLES).apply("Ids", MapElements.into(TypeDescriptors.strings())
            .via((Article article) -> article.getSource() + " -> " + article.getText())))
        .containsInAnyOrder(articles);
    PAssert.that(read.get(ReadArticles.REJECTS).apply("Reasons", MapElements.into(TypeDescriptors.strings())
            .via((Reject reject) -> reject.getSource() + " " + reject.getReason() + ": " + reject.getDetail())))
        .containsInAnyOrder(
            text + " too_large: text file is larger than 64 bytes (decompressed), the most read of a file held whole",
            page + " too_large: HTML file is larger than 64 bytes (decompressed), the most read of a file held whole");
    pipeline.run().waitUntilFinish();
  }

  @Test
  void decompressesBzip2AndZstandardTransparently() throws IOException {
    ByteArrayOutputStream bzip2 = new ByteArrayOutputStream();
    try (OutputStream out = new BZip2CompressorOutputStream(bzip2)) {
      out.write("Bzip2 headline\nBzip2 body.".getBytes(StandardCharsets.UTF_8));
    }
    ByteArrayOutputStream zstd = new ByteArrayOutputStream();
    try (OutputStream out = new ZstdOutputStream(zstd)) {
      out.write("{\"id\":\"z1\",\"text\":\"Zstd body.\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    String bz2File = write("article.txt.bz2", bzip2.toByteArray());
    String zstFile = write("feed.jsonl.zst", zstd.toByteArray());

    Pipeline pipeline = directPipeline();
    PCollectionTuple read = pipeline.apply(ReadArticles.from(List.of(corpus + "/**")));

    PAssert.that(read.get(ReadArticles.ARTICLES).apply("Ids", MapElements.into(TypeDescriptors.strings())
            .via((Article article) -> article.getSource() + " -> " + article.getText())))
        .containsInAnyOrder(bz2File + " -> Bzip2 headline\nBzip2 body.", zstFile + ":1 -> Zstd body.");
    PAssert.that(read.get(ReadArticles.REJECTS)).empty();
    pipeline.run().waitUntilFinish();
  }

  @Test
  void formatComesFromTheExtensionAfterCompression() {
    assertEquals(InputFormat.JSONL, InputFormat.AUTO.resolve("a.jsonl.gz"));
    assertEquals(InputFormat.JSONL, InputFormat.AUTO.resolve("A.NDJSON"));
    assertEquals(InputFormat.HTML, InputFormat.AUTO.resolve("page.htm.bz2"));
    assertEquals(InputFormat.TEXT, InputFormat.AUTO.resolve("001.txt.zst"));
    assertEquals(InputFormat.TEXT, InputFormat.AUTO.resolve("README"));
    assertEquals(InputFormat.HTML, InputFormat.HTML.resolve("a.txt"));
  }
}
