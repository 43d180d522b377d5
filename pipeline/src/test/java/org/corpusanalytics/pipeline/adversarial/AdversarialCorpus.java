package org.corpusanalytics.pipeline.adversarial;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * A corpus of hostile inputs, written by the test itself, with the outcome each record must have:
 * a reject reason code, or the exact title and text of the article it must become. Sources are
 * given relative to the corpus directory ("feed.jsonl:3" for a JSON Lines record).
 */
public final class AdversarialCorpus {
  /** Relative source -> "reject REASON" or "article TITLE | TEXT" (text after cleaning). */
  public final Map<String, String> expected = new LinkedHashMap<>();

  private final Path directory;

  private AdversarialCorpus(Path directory) {
    this.directory = directory;
  }

  /**
   * Writes the corpus into {@code directory}. HTML pages reference images, scripts, styles and
   * frames at {@code http://127.0.0.1:<resourcePort>/}, so a listener there shows any fetch.
   */
  public static AdversarialCorpus write(Path directory, int resourcePort) throws IOException {
    Files.createDirectories(directory);
    AdversarialCorpus corpus = new AdversarialCorpus(directory);
    corpus.encodings();
    corpus.binaryAndEmpty();
    corpus.compression();
    corpus.jsonLines();
    corpus.html(resourcePort);
    corpus.sizes();
    corpus.scripts();
    corpus.layouts();
    return corpus;
  }

  private void encodings() throws IOException {
    file("invalid-utf8.txt", concat("Caf".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xE9},
        " prices\nThe caf".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xE9},
        " owners raised prices on Monday.".getBytes(StandardCharsets.US_ASCII)));
    article("invalid-utf8.txt", "Café prices", "The café owners raised prices on Monday.");
    file("windows-1252.txt", "\u201cSmart\u201d quotes \u2013 a headline\nThe fare rose to \u00a3100 \u2014 a record."
        .getBytes(Charset.forName("windows-1252")));
    article("windows-1252.txt", "\u201cSmart\u201d quotes \u2013 a headline", "The fare rose to £100 \u2014 a record.");
    file("utf16le.txt", "\uFEFFUTF-16 headline\nShares closed higher in Tokyo.".getBytes(StandardCharsets.UTF_16LE));
    article("utf16le.txt", "UTF-16 headline", "Shares closed higher in Tokyo.");
    file("utf16be.txt", "\uFEFFBig-endian headline\nBonds fell in London.".getBytes(StandardCharsets.UTF_16BE));
    article("utf16be.txt", "Big-endian headline", "Bonds fell in London.");
    file("utf8-bom.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        "BOM headline\nRates held steady.".getBytes(StandardCharsets.UTF_8)));
    article("utf8-bom.txt", "BOM headline", "Rates held steady.");
    text("rtl.txt", "\u05d7\u05d3\u05e9\u05d5\u05ea \u05d4\u05d9\u05d5\u05dd\n"
        + "\u0627\u0644\u0623\u0633\u0648\u0627\u0642 \u0627\u0631\u062a\u0641\u0639\u062a \u0627\u0644\u064a\u0648\u0645.");
    article("rtl.txt", "\u05d7\u05d3\u05e9\u05d5\u05ea \u05d4\u05d9\u05d5\u05dd",
        "\u0627\u0644\u0623\u0633\u0648\u0627\u0642 \u0627\u0631\u062a\u0641\u0639\u062a \u0627\u0644\u064a\u0648\u0645.");
    text("cjk.txt", "\u4eca\u65e5\u306e\u30cb\u30e5\u30fc\u30b9\n\u80a1\u5e02\u4eca\u5929\u4e0a\u6da8\u3002\u5e02\u573a\u5e73\u7a33\u3002");
    article("cjk.txt", "\u4eca\u65e5\u306e\u30cb\u30e5\u30fc\u30b9", "\u80a1\u5e02\u4eca\u5929\u4e0a\u6da8\u3002\u5e02\u573a\u5e73\u7a33\u3002");
    text("emoji.txt", "\uD83D\uDE00\uD83C\uDF89\uD83D\uDD25\n\uD83D\uDC4D\uD83D\uDC4D \uD83D\uDE80");
    // Lines of nothing but symbols are dropped as UI glyphs, so emoji alone make no article.
    reject("emoji.txt", "empty_after_cleaning");
    text("emoji-words.txt", "Fans celebrate \uD83C\uDF89\nThe team won the cup \uD83D\uDE00 and the city cheered.");
    article("emoji-words.txt", "Fans celebrate \uD83C\uDF89", "The team won the cup \uD83D\uDE00 and the city cheered.");
  }

  private void binaryAndEmpty() throws IOException {
    // A stray control byte in prose is removed (and counted); only mostly-binary content is not text.
    file("nul-bytes.txt", "Headline\nText with a \u0000 NUL byte.".getBytes(StandardCharsets.UTF_8));
    article("nul-bytes.txt", "Headline", "Text with a NUL byte.");
    text("c1-controls.txt", "C1 headline\nThe index\u009b gained 2%\u0080 on Friday.");
    article("c1-controls.txt", "C1 headline", "The index gained 2% on Friday.");
    file("control-bytes.txt", concat("Mostly control bytes\n".getBytes(StandardCharsets.US_ASCII), new byte[64]));
    reject("control-bytes.txt", "not_text");
    file("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
    reject("image.txt", "not_text");
    file("empty.txt", new byte[0]);
    reject("empty.txt", "empty_file");
    text("whitespace.txt", " \n\t \r\n\u00a0 \n");
    reject("whitespace.txt", "empty_file");
    // A file the job may not read: only where permissions bind (not for root, who reads anything).
    Path locked = directory.resolve("locked.txt");
    text("locked.txt", "Locked headline\nA body behind a permission bit.");
    if (locked.toFile().setReadable(false, false) && !Files.isReadable(locked)) {
      reject("locked.txt", "unreadable");
    } else {
      article("locked.txt", "Locked headline", "A body behind a permission bit.");
    }
  }

  private void compression() throws IOException {
    byte[] whole = gzip(("Truncated headline\n" + "A sentence that repeats. ".repeat(2000)).getBytes(StandardCharsets.UTF_8));
    file("truncated.txt.gz", Arrays.copyOf(whole, whole.length / 2));
    reject("truncated.txt.gz", "unreadable");
    // 80 MiB of spaces in about 80 KB: over the 64 MiB default, so it must stop inflating there.
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(directory.resolve("bomb.txt.gz")))) {
      byte[] spaces = new byte[1 << 20];
      Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 80; i++) {
        out.write(spaces);
      }
    }
    reject("bomb.txt.gz", "too_large");
  }

  private void jsonLines() throws IOException {
    String deep = "[".repeat(100_000);
    text("feed.jsonl", String.join("\n",
        "{\"id\":\"ok-1\",\"title\":\"Good\",\"text\":\"A good record.\",\"published_at\":\"2025-01-05T10:00:00Z\"}",
        "{\"id\":\"t-1\",\"text\":42}",
        "{\"id\":\"t-2\",\"title\":{\"nested\":true},\"text\":\"Title of the wrong type.\"}",
        "{\"id\":\"t-3\",\"id2\":1,\"text\":[\"an\",\"array\"]}",
        "{\"id\":\"d-1\",\"text\":\"Bad date.\",\"published_at\":\"yesterday\"}",
        "{\"id\":\"d-2\",\"text\":\"Impossible date.\",\"published_at\":\"2025-13-45\"}",
        "{\"id\":\"n-1\",\"text\":\"Huge number.\",\"score\":" + "9".repeat(100_000) + "}",
        "{\"id\":\"n-2\",\"text\":\"Deep nesting.\",\"extra\":" + deep + "}",
        "{\"id\":\"m-1\",\"title\":\"No text field\"}",
        "[1, 2, 3]",
        "{\"id\":\"dup-1\",\"text\":\"The first copy of a duplicated id.\"}",
        "{\"id\":\"ok-2\",\"text\":\"Last good record.\"}") + "\n");
    article("feed.jsonl:1", "Good", "A good record.");
    reject("feed.jsonl:2", "invalid_field");
    reject("feed.jsonl:3", "invalid_field");
    reject("feed.jsonl:4", "invalid_field");
    reject("feed.jsonl:5", "invalid_date");
    reject("feed.jsonl:6", "invalid_date");
    reject("feed.jsonl:7", "malformed_json");
    reject("feed.jsonl:8", "malformed_json");
    reject("feed.jsonl:9", "missing_text");
    reject("feed.jsonl:10", "malformed_json");
    article("feed.jsonl:11", null, "The first copy of a duplicated id.");
    article("feed.jsonl:12", null, "Last good record.");
    file("more.jsonl", concat("{\"id\":\"dup-1\",\"text\":\"A later copy of the id.\"}\n{\"id\":\"u-1\",\"text\":\"Bad "
        .getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, (byte) 0x28}, " bytes.\"}\n".getBytes(StandardCharsets.UTF_8)));
    reject("more.jsonl:1", "duplicate_id");
    reject("more.jsonl:2", "invalid_utf8");
    // One 20 MB line, over the 16 MiB line limit, then a good line that must still be read.
    try (OutputStream out = Files.newOutputStream(directory.resolve("long-line.jsonl"))) {
      out.write("{\"id\":\"long\",\"text\":\"".getBytes(StandardCharsets.UTF_8));
      byte[] words = "word ".repeat(200_000).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 20; i++) {
        out.write(words);
      }
      out.write("\"}\n{\"id\":\"after-long\",\"text\":\"Read after the long line.\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    reject("long-line.jsonl:1", "too_large");
    article("long-line.jsonl:2", null, "Read after the long line.");
  }

  private void html(int port) throws IOException {
    String base = "http://127.0.0.1:" + port + "/";
    text("fetch.html", "<!DOCTYPE html><html lang=\"en\"><head><title>Remote resources</title>"
        + "<link rel=\"stylesheet\" href=\"" + base + "style.css\"><script src=\"" + base + "app.js\"></script>"
        + "<meta http-equiv=\"refresh\" content=\"0; url=" + base + "refresh\"></head><body><article>"
        + "<h1>Remote resources</h1><img src=\"" + base + "photo.jpg\" srcset=\"" + base + "photo-2x.jpg 2x\">"
        + "<p>The page points at remote images, scripts, styles and frames, and none of them may be fetched.</p>"
        + "<iframe src=\"" + base + "frame.html\"></iframe><object data=\"" + base + "object.swf\"></object>"
        + "</article></body></html>");
    article("fetch.html", "Remote resources",
        "The page points at remote images, scripts, styles and frames, and none of them may be fetched.");
    StringBuilder nested = new StringBuilder("<html><head><title>Nested</title></head><body>");
    nested.append("<div>".repeat(100_000));
    nested.append("<p>Text at the bottom of one hundred thousand nested division elements is still found.</p>");
    nested.append("</div>".repeat(100_000)).append("</body></html>");
    text("nested.html", nested.toString());
    article("nested.html", "Nested",
        "Text at the bottom of one hundred thousand nested division elements is still found.");
  }

  private void sizes() throws IOException {
    text("big-word.txt", "A headline\nOne word of a million letters: " + "a".repeat(1_000_000) + ".");
    reject("big-word.txt", "token_too_long");
    text("long-article.txt", "A long headline\n" + "The market moved again today. ".repeat(40_000));
    reject("long-article.txt", "too_large");
  }

  private void scripts() throws IOException {
    text("scripts-only.html", "<html><head><script>var a = 1;</script></head><body>"
        + "<script>document.write('injected text that is not an article at all');</script></body></html>");
    reject("scripts-only.html", "no_article_text");
  }

  /** Titles only where the first line looks like one; hard-wrapped text; wire boilerplate. */
  private void layouts() throws IOException {
    text("one-line.txt", "Café owners in the harbour town say “prices” rose sharply this week.");
    article("one-line.txt", null, "Café owners in the harbour town say “prices” rose sharply this week.");
    text("one-paragraph.txt", "Café owners in the harbour town say “prices” rose. Officials\n"
        + "in the harbour town said they would review the rents\nbefore the summer season begins, and that no "
        + "decision\nhad been taken on the charges for the quay.\n");
    article("one-paragraph.txt", null, "Café owners in the harbour town say “prices” rose. Officials in the harbour "
        + "town said they would review the rents before the summer season begins, and that no decision had been "
        + "taken on the charges for the quay.");
    text("long-first-line.txt", "The harbour council voted on Tuesday to close the old quay road for repairs, "
        + "officials said.\nWork starts in May and lasts six weeks.");
    article("long-first-line.txt", null, "The harbour council voted on Tuesday to close the old quay road for "
        + "repairs, officials said.\n\nWork starts in May and lasts six weeks.");
    text("wire-story.txt", String.join("\n",
        "BC-HARBOUR-RENTS",
        "HARBOUR RENTS RISE",
        "    HARBOURTOWN, March 3 - Cafe owners in the harbour town said",
        "rents rose by a fifth this year, and officials told Reuters",
        "they would review the charges before the summer season.",
        "    The council meets on Friday to set the charges for the",
        "quay, the market and the car parks, and a vote on the rents",
        "is expected by the end of the month.",
        " (Reporting by Jane Doe; Editing by John Smith)",
        " Reuter",
        ""));
    article("wire-story.txt", "HARBOUR RENTS RISE", "HARBOURTOWN, March 3 - Cafe owners in the harbour town said "
        + "rents rose by a fifth this year, and officials told Reuters they would review the charges before the "
        + "summer season.\n\nThe council meets on Friday to set the charges for the quay, the market and the car "
        + "parks, and a vote on the rents is expected by the end of the month.");
  }

  private void article(String source, String title, String text) {
    expected.put(source, "article " + title + " | " + text);
  }

  private void reject(String source, String reason) {
    expected.put(source, "reject " + reason);
  }

  private void text(String name, String text) throws IOException {
    file(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private void file(String name, byte[] bytes) throws IOException {
    Files.write(directory.resolve(name), bytes);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(bytes);
    }
    return out.toByteArray();
  }
}
