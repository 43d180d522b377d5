package org.corpusanalytics.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Deterministic benchmark corpora of any size from the BBC News corpus (one article per .txt file:
 * headline, blank line, paragraphs).
 *
 * <p>Source order: the 2,225 files sorted by path, then shuffled with {@link #SEED}, so any prefix
 * is a mix of the five categories. Article i of the output is source file {@code order[i % n]}; the
 * first copy (i &lt; n) keeps its paragraphs in order, every later copy has them shuffled with
 * {@code new Random(SEED + i)}. Each gets the id {@code bench-%07d} of its position and a
 * publication time of day {@code (i * 7919) mod 731} after 2004-01-01 (the corpus's own period,
 * 2004-2005; the source has no dates) at hour {@code (i * 13) mod 24} UTC, so the dates do not
 * depend on the size: a 20k corpus starts with the 2k one.
 *
 * <p>One JSON object per line: {@code id}, {@code title}, {@code text} (paragraphs separated by a
 * blank line), {@code source} ("bbc-news/&lt;category&gt;/&lt;file&gt;"), {@code published_at}.
 * The one file that is not UTF-8 (sport/199.txt) is read as Windows-1252.
 *
 * <pre>{@code
 * java ... CorpusBuilder ../shared/data/corpus/bbc-news 20000 target/bench-corpora/bbc-20000.jsonl.gz
 * }</pre>
 */
public final class CorpusBuilder {
  public static final long SEED = 20_040_101L;
  private static final Instant EPOCH = Instant.parse("2004-01-01T00:00:00Z");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One source article: its path below the corpus root, headline and paragraphs. */
  record SourceArticle(String path, String title, List<String> paragraphs) {}

  private final List<SourceArticle> sources;

  private CorpusBuilder(List<SourceArticle> sources) {
    this.sources = sources;
  }

  /** Reads every .txt file below {@code root} (the BBC corpus layout) in the seeded order. */
  public static CorpusBuilder fromBbc(Path root) throws IOException {
    List<SourceArticle> sources = new ArrayList<>(readBbc(root));
    Collections.shuffle(sources, new Random(SEED));
    return new CorpusBuilder(sources);
  }

  /** Every .txt article below {@code root} (the BBC corpus layout), in path order. */
  static List<SourceArticle> readBbc(Path root) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".txt") && !p.getFileName().toString().equals("SOURCE.txt"))
          .map(root::relativize)
          .sorted()
          .toList();
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no .txt articles below " + root);
    }
    List<SourceArticle> sources = new ArrayList<>();
    for (Path file : files) {
      sources.add(parse(root.getFileName() + "/" + file.toString().replace('\\', '/'),
          decode(Files.readAllBytes(root.resolve(file)))));
    }
    return sources;
  }

  private static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }

  /** Headline = the first non-blank line; paragraphs = the other non-blank lines. */
  static SourceArticle parse(String path, String content) {
    List<String> lines = Arrays.stream(content.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    return new SourceArticle(path, lines.get(0), lines.subList(1, lines.size()));
  }

  /** The JSON object of output article {@code i}. */
  ObjectNode article(int i) {
    SourceArticle source = sources.get(i % sources.size());
    List<String> paragraphs = new ArrayList<>(source.paragraphs());
    if (i >= sources.size()) {
      Collections.shuffle(paragraphs, new Random(SEED + i));
    }
    ObjectNode node = JSON.createObjectNode();
    node.put("id", String.format("bench-%07d", i));
    node.put("title", source.title());
    node.put("text", String.join("\n\n", paragraphs));
    node.put("source", source.path());
    node.put("published_at", publishedAt(i).toString());
    return node;
  }

  static Instant publishedAt(int i) {
    return EPOCH.plus(Duration.ofDays((i * 7919L) % 731)).plus(Duration.ofHours((i * 13L) % 24));
  }

  /** Writes {@code size} articles as JSON Lines to {@code out}; gzipped when its name ends in .gz. */
  public void write(int size, Path out) throws IOException {
    Files.createDirectories(out.toAbsolutePath().getParent());
    Path partial = out.resolveSibling(out.getFileName() + ".partial");
    try (OutputStream file = Files.newOutputStream(partial);
        OutputStream stream = out.toString().endsWith(".gz") ? new GZIPOutputStream(file, 1 << 16) : file;
        Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16)) {
      for (int i = 0; i < size; i++) {
        writer.write(JSON.writeValueAsString(article(i)));
        writer.write('\n');
      }
    }
    Files.move(partial, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  public static void main(String[] args) {
    if (args.length != 3) {
      System.err.println("usage: CorpusBuilder BBC_ROOT SIZE OUT.jsonl[.gz]");
      System.exit(2);
    }
    try {
      fromBbc(Path.of(args[0])).write(Integer.parseInt(args[1]), Path.of(args[2]));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
