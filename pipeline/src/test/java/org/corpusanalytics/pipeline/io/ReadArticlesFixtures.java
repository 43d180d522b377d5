package org.corpusanalytics.pipeline.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** A small corpus in every input format, with bad records among the good, made on the fly. */
public final class ReadArticlesFixtures {
  /** Articles the mixed corpus yields: 2 text files, 3 JSON Lines records, 1 HTML page. */
  public static final long MIXED_ARTICLES = 6;
  /** Rejects: empty file, binary file, malformed JSON line, script-only page, boilerplate only. */
  public static final long MIXED_REJECTS = 5;

  private ReadArticlesFixtures() {}

  public static Path mixedCorpus(Path directory) throws IOException {
    Files.createDirectories(directory.resolve("nested"));
    write(directory.resolve("one.txt"), "First headline\nOil prices rose on Monday. Traders said so.");
    write(directory.resolve("nested/two.txt.gz"), gzip("Second headline\n\u00a0\nMarkets fell in Asia.\nAdvertisement"));
    write(directory.resolve("feed.jsonl"), "{\"id\":\"a1\",\"title\":\"A\",\"text\":\"Alpha story text.\","
        + "\"published_at\":\"2025-01-05\"}\n{\"id\":\"a2\",\"text\":\"Beta\n"
        + "{\"id\":\"a3\",\"body\":\"Gamma story text.\",\"language\":\"en\"}\n"
        + "{\"id\":\"a4\",\"content\":\"Delta story text.\"}\n");
    write(directory.resolve("page.html"), "<html lang=\"en\"><head><title>Page headline | Site</title></head>"
        + "<body><nav>Home World</nav><article><h1>Page headline</h1><p>The page carries one real paragraph "
        + "of article text that is long enough to be extracted.</p></article></body></html>");
    write(directory.resolve("empty.txt"), new byte[0]);
    write(directory.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0});
    write(directory.resolve("scripts.html"), "<html><body><script>run()</script></body></html>");
    write(directory.resolve("ads.txt"), "Advertisement\nShare on WhatsApp Share");
    return directory;
  }

  private static void write(Path file, String text) throws IOException {
    write(file, text.getBytes(StandardCharsets.UTF_8));
  }

  private static void write(Path file, byte[] bytes) throws IOException {
    Files.write(file, bytes);
  }

  public static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }
}
