package org.corpusanalytics.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.corpusanalytics.text.GumDocuments.Document;
import org.corpusanalytics.text.GumDocuments.Range;

/**
 * Scores sentence and word-token segmentation against GUM's Wikinews documents (CC BY 2.5 text,
 * CC BY 4.0 annotation; read in place from the shared data directory, never copied) and prints,
 * per configuration: precision, recall and F1 of exact sentence spans (both sides trimmed of
 * whitespace) and of exact token spans over tokens with a letter or digit (our tokenizer drops
 * punctuation, so punctuation would only measure that choice), plus single-thread throughput.
 * The errors of the production configuration follow, to show where rules would help.
 *
 * <p>Run from the repository root: {@code mvn -q -o -B -pl transforms test-compile
 * dependency:build-classpath -Dmdep.outputFile=target/cp.txt}, then from {@code transforms/}:
 * {@code java -cp "target/classes:target/test-classes:$(cat target/cp.txt)"
 * org.corpusanalytics.text.SegmentationEvaluation [data-dir]}. {@code -Dgum.dir=...} also sets
 * the directory; {@code -Derrors=N} how many errors to list.
 */
public final class SegmentationEvaluation {

  /** Relative to the module directory, which is the working directory of Maven builds. */
  static final Path DEFAULT_DIR =
      Path.of(System.getProperty("gum.dir", "../../shared/data/ner/gum-wikinews"));

  /** Matched, predicted and gold counts of one kind of span, summed over documents. */
  record Score(int matched, int predicted, int gold) {
    double precision() {
      return predicted == 0 ? 0 : (double) matched / predicted;
    }

    double recall() {
      return gold == 0 ? 0 : (double) matched / gold;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Score plus(Score other) {
      return new Score(matched + other.matched, predicted + other.predicted, gold + other.gold);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%.4f %.4f %.4f", precision(), recall(), f1());
    }
  }

  record Scores(Score sentences, Score tokens) {}

  private SegmentationEvaluation() {}

  /** The configurations compared, production last; suppliers so models load when measured. */
  static Map<String, Supplier<TextSegmenter>> configurations() {
    Map<String, Supplier<TextSegmenter>> configurations = new LinkedHashMap<>();
    configurations.put("BreakIterator (JDK, ENGLISH)", BaselineSegmenters::breakIterator);
    configurations.put("OpenNLP UD-EWT, no corrections", BaselineSegmenters::openNlpModelsOnly);
    configurations.put("OpenNlpSegmenter (production)", OpenNlpSegmenter::new);
    return configurations;
  }

  static Scores score(List<Document> documents, TextSegmenter segmenter) {
    Score sentences = new Score(0, 0, 0);
    Score tokens = new Score(0, 0, 0);
    for (Document doc : documents) {
      List<SentenceSpan> predicted = segmenter.segment(doc.text());
      sentences = sentences.plus(match(predictedSentences(doc.text(), predicted), doc.sentences()));
      tokens = tokens.plus(match(predictedWords(doc.text(), predicted), words(doc.text(), doc.tokens())));
    }
    return new Scores(sentences, tokens);
  }

  static boolean isWord(String surface) {
    return surface.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  private static Score match(Set<Range> predicted, List<Range> gold) {
    Set<Range> goldSet = new HashSet<>(gold);
    int matched = (int) predicted.stream().filter(goldSet::contains).count();
    return new Score(matched, predicted.size(), goldSet.size());
  }

  private static Set<Range> predictedSentences(String text, List<SentenceSpan> sentences) {
    Set<Range> out = new HashSet<>();
    for (SentenceSpan s : sentences) {
      int start = s.start();
      int end = s.end();
      while (start < end && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      if (start < end) {
        out.add(new Range(start, end));
      }
    }
    return out;
  }

  private static Set<Range> predictedWords(String text, List<SentenceSpan> sentences) {
    Set<Range> out = new HashSet<>();
    for (SentenceSpan s : sentences) {
      for (TokenSpan t : s.tokens()) {
        if (isWord(text.substring(t.start(), t.end()))) {
          out.add(new Range(t.start(), t.end()));
        }
      }
    }
    return out;
  }

  private static List<Range> words(String text, List<Range> tokens) {
    return tokens.stream().filter(r -> isWord(text.substring(r.start(), r.end()))).toList();
  }

  /** Best of five timed passes after three warm-up ones: least disturbed by JIT, GC, neighbours. */
  private static double seconds(List<Document> documents, TextSegmenter segmenter) {
    for (int pass = 0; pass < 3; pass++) {
      documents.forEach(d -> segmenter.segment(d.text()));
    }
    double best = Double.MAX_VALUE;
    for (int pass = 0; pass < 5; pass++) {
      long start = System.nanoTime();
      documents.forEach(d -> segmenter.segment(d.text()));
      best = Math.min(best, (System.nanoTime() - start) / 1e9);
    }
    return best;
  }

  /** Missed and spurious sentences, then the most frequent missed and spurious word tokens. */
  private static void printErrors(List<Document> documents, TextSegmenter segmenter, int limit) {
    List<String> sentenceErrors = new ArrayList<>();
    Map<String, Integer> missedTokens = new HashMap<>();
    Map<String, Integer> spuriousTokens = new HashMap<>();
    for (Document doc : documents) {
      List<SentenceSpan> segmented = segmenter.segment(doc.text());
      Set<Range> predicted = predictedSentences(doc.text(), segmented);
      Set<Range> gold = new HashSet<>(doc.sentences());
      for (Range r : doc.sentences()) {
        if (!predicted.contains(r)) {
          sentenceErrors.add(doc.id() + " gold: " + doc.text().substring(r.start(), r.end()));
        }
      }
      predicted.stream().filter(r -> !gold.contains(r)).sorted((a, b) -> a.start() - b.start())
          .forEach(r -> sentenceErrors.add(doc.id() + "  got: " + doc.text().substring(r.start(), r.end())));
      Set<Range> goldWords = new HashSet<>(words(doc.text(), doc.tokens()));
      Set<Range> predictedWords = predictedWords(doc.text(), segmented);
      goldWords.stream().filter(r -> !predictedWords.contains(r))
          .forEach(r -> missedTokens.merge(doc.text().substring(r.start(), r.end()), 1, Integer::sum));
      predictedWords.stream().filter(r -> !goldWords.contains(r))
          .forEach(r -> spuriousTokens.merge(doc.text().substring(r.start(), r.end()), 1, Integer::sum));
    }
    System.out.println("\nSentence errors (" + sentenceErrors.size() + " lines, first " + limit + "):");
    sentenceErrors.stream().limit(limit).forEach(line -> System.out.println("  " + line));
    System.out.println("\nMost frequent missed gold tokens: " + top(missedTokens, limit));
    System.out.println("Most frequent spurious tokens:    " + top(spuriousTokens, limit));
  }

  private static String top(Map<String, Integer> counts, int limit) {
    return counts.entrySet().stream()
        .sorted((a, b) -> b.getValue() - a.getValue() != 0 ? b.getValue() - a.getValue() : a.getKey().compareTo(b.getKey()))
        .limit(limit).map(e -> "'" + e.getKey() + "'×" + e.getValue()).toList().toString();
  }

  public static void main(String[] args) {
    Path dir = args.length > 0 ? Path.of(args[0]) : DEFAULT_DIR;
    List<Document> documents = GumDocuments.load(dir);
    int chars = documents.stream().mapToInt(d -> d.text().length()).sum();
    int sentences = documents.stream().mapToInt(d -> d.sentences().size()).sum();
    System.out.printf(Locale.ROOT, "%s: %d documents, %d sentences, %d chars%n%n",
        dir.toAbsolutePath().normalize(), documents.size(), sentences, chars);
    System.out.printf(Locale.ROOT, "%-32s %-20s %-20s %12s %10s%n", "configuration",
        "sentence P R F1", "token P R F1", "chars/s", "sent/s");
    TextSegmenter production = null;
    for (Map.Entry<String, Supplier<TextSegmenter>> config : configurations().entrySet()) {
      TextSegmenter segmenter = config.getValue().get();
      Scores scores = score(documents, segmenter);
      double seconds = seconds(documents, segmenter);
      System.out.printf(Locale.ROOT, "%-32s %-20s %-20s %,12.0f %,10.0f%n", config.getKey(),
          scores.sentences(), scores.tokens(), chars / seconds, sentences / seconds);
      production = segmenter;
    }
    printErrors(documents, production, Integer.getInteger("errors", 40));
  }
}
