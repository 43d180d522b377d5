package org.corpusanalytics.text.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Runs {@link MainTextExtractor} over the Zyte article-extraction benchmark and prints the
 * benchmark's own precision/recall/F1 plus the ten worst pages, to guide heuristic tuning; then
 * scores other extractors' output for the same pages the same way, one line each.
 *
 * <p>Usage: {@code ExtractionBenchmark [benchmark-dir] [NAME=predictions.json]...}; the directory
 * holds {@code html/} and {@code ground-truth.json}; a predictions file is in the benchmark's
 * output format, {@code {id: {"articleBody": text or null}}} (as {@code scripts/trafilatura-
 * reference.sh} writes it). The default path assumes the working directory is the transforms
 * module of the project checkout.
 */
public final class ExtractionBenchmark {

  static final Path DEFAULT_DIR = Path.of("../../shared/data/extraction/zyte-benchmark");

  private static final int WORST_SHOWN = 10;

  record PageResult(String id, String url, ShingleScorer.PageScore score) {}

  record Report(List<PageResult> pages, ShingleScorer.Summary summary, double millisPerPage) {}

  private ExtractionBenchmark() {}

  /** The main text one extractor gives for a page of the benchmark. */
  interface PageExtractor {
    String extract(String id, String html);
  }

  public static void main(String[] args) throws IOException {
    Path dir = args.length > 0 && !args[0].contains("=") ? Path.of(args[0]) : DEFAULT_DIR;
    Report report = evaluate(dir, MainTextExtractor.create());
    List<PageResult> worst = new ArrayList<>(report.pages());
    worst.sort(Comparator.comparingDouble(page -> page.score().f1()));
    System.out.println("Worst pages (F1, precision, recall, id, url):");
    for (PageResult page : worst.subList(0, Math.min(WORST_SHOWN, worst.size()))) {
      System.out.printf(
          "  %.3f  p=%.3f r=%.3f  %s  %s%n",
          page.score().f1(), page.score().precision(), page.score().recall(), page.id(), page.url());
    }
    ShingleScorer.Summary summary = report.summary();
    System.out.printf(
        "pages=%d precision=%.4f recall=%.4f F1=%.4f ms/page=%.1f%n",
        report.pages().size(), summary.precision(), summary.recall(), summary.f1(),
        report.millisPerPage());
    for (String arg : args) {
      if (arg.contains("=")) {
        String name = arg.substring(0, arg.indexOf('='));
        ShingleScorer.Summary peer = evaluate(dir, predictions(Path.of(arg.substring(name.length() + 1))))
            .summary();
        System.out.printf("%s: pages=%d precision=%.4f recall=%.4f F1=%.4f%n",
            name, report.pages().size(), peer.precision(), peer.recall(), peer.f1());
      }
    }
  }

  /** A file of another extractor's texts, {id: {"articleBody": text}}; a page it lacks has no text. */
  static PageExtractor predictions(Path file) throws IOException {
    JsonNode predicted = new ObjectMapper().readTree(file.toFile());
    return (id, html) -> {
      JsonNode body = predicted.path(id).path("articleBody");
      return body.isTextual() ? body.asText() : null;
    };
  }

  static boolean isPresent(Path dir) {
    return Files.isRegularFile(dir.resolve("ground-truth.json"))
        && Files.isDirectory(dir.resolve("html"));
  }

  static Report evaluate(Path dir, MainTextExtractor extractor) throws IOException {
    return evaluate(dir, (id, html) -> extractor.extract(html).text());
  }

  static Report evaluate(Path dir, PageExtractor extractor) throws IOException {
    JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
    List<PageResult> pages = new ArrayList<>();
    long extractionNanos = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String html = readHtml(dir.resolve("html"), entry.getKey());
      long start = System.nanoTime();
      String text = extractor.extract(entry.getKey(), html);
      extractionNanos += System.nanoTime() - start;
      ShingleScorer.PageScore score =
          ShingleScorer.score(entry.getValue().path("articleBody").asText(""), text);
      pages.add(new PageResult(entry.getKey(), entry.getValue().path("url").asText(""), score));
    }
    double millisPerPage = pages.isEmpty() ? 0 : extractionNanos / 1e6 / pages.size();
    return new Report(pages, ShingleScorer.summarize(
        pages.stream().map(PageResult::score).toList()), millisPerPage);
  }

  /** Pages ship gzipped upstream but may have been unpacked; accept either form. */
  private static String readHtml(Path htmlDir, String id) throws IOException {
    Path plain = htmlDir.resolve(id + ".html");
    if (Files.exists(plain)) {
      return Files.readString(plain, StandardCharsets.UTF_8);
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(htmlDir.resolve(id + ".html.gz")))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
