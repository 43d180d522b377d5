package org.corpusanalytics.text.lang;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Language identification measured on Tatoeba (../shared/data/langid/tatoeba beside the checkout, CC BY 2.0 FR): the
 * accuracy per language on sentences of at least {@link #MIN_SENTENCE_CHARS} characters, and on
 * documents of {@link #SENTENCES_PER_DOCUMENT} consecutive sentences of one language joined by
 * spaces. Gold labels are ISO 639-3 and compared as the table writes them ({@link LanguageCodes}:
 * "cmn", "yue" and "wuu" are all "zh", "nob" is "nb"). Nothing was tuned on Tatoeba: the model is
 * OpenNLP's, trained on the Leipzig corpora, so every number is out of sample.
 *
 * <p>Run: {@code mvn -o -q -pl transforms test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.corpusanalytics.text.lang.LanguageIdEvaluation}.
 */
public final class LanguageIdEvaluation {
  public static final Path DEFAULT_FILE = Path.of("../../shared/data/langid/tatoeba/tatoeba_langid.tsv");
  static final int MIN_SENTENCE_CHARS = 20;
  static final int SENTENCES_PER_DOCUMENT = 5;

  /**
   * The 30 languages with the most web content (W3Techs' content-language ranking), as Tatoeba labels
   * them: the languages a news corpus is most likely to hold, and the ones the targets speak of.
   */
  public static final List<String> TOP_30 = List.of("eng", "spa", "deu", "jpn", "fra", "rus", "por", "ita",
      "nld", "pol", "tur", "pes", "cmn", "vie", "ind", "ces", "kor", "ukr", "ara", "hun", "swe", "ell", "ron",
      "dan", "heb", "fin", "slk", "tha", "bul", "nob");

  /** Correct and total per gold label, and what each label was taken for. */
  public record Tally(Map<String, int[]> byLanguage, Map<String, Map<String, Integer>> confusions) {
    public double accuracy(String label) {
      int[] counts = byLanguage.get(label);
      return counts == null || counts[1] == 0 ? Double.NaN : (double) counts[0] / counts[1];
    }

    public int total(String label) {
      int[] counts = byLanguage.get(label);
      return counts == null ? 0 : counts[1];
    }

    public int takenFor(String label, String predicted) {
      return confusions.getOrDefault(label, Map.of()).getOrDefault(predicted, 0);
    }
  }

  /** The rows of the file as gold label -> sentences in file order. */
  public static Map<String, List<String>> load(Path file) {
    Map<String, List<String>> sentences = new TreeMap<>();
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (String line : lines.subList(1, lines.size())) {
        String[] fields = line.split("\t", 3);
        sentences.computeIfAbsent(fields[0], k -> new ArrayList<>()).add(fields[1]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sentences;
  }

  public static Tally sentences(Map<String, List<String>> data, LanguageIdentifier identifier) {
    Map<String, List<String>> texts = new LinkedHashMap<>();
    data.forEach((label, sentences) -> texts.put(label,
        sentences.stream().filter(s -> s.length() >= MIN_SENTENCE_CHARS).toList()));
    return score(texts, identifier);
  }

  public static Tally documents(Map<String, List<String>> data, LanguageIdentifier identifier) {
    Map<String, List<String>> texts = new LinkedHashMap<>();
    data.forEach((label, sentences) -> {
      List<String> documents = new ArrayList<>();
      for (int i = 0; i + SENTENCES_PER_DOCUMENT <= sentences.size(); i += SENTENCES_PER_DOCUMENT) {
        documents.add(String.join(" ", sentences.subList(i, i + SENTENCES_PER_DOCUMENT)));
      }
      texts.put(label, documents);
    });
    return score(texts, identifier);
  }

  private static Tally score(Map<String, List<String>> texts, LanguageIdentifier identifier) {
    Map<String, int[]> byLanguage = new TreeMap<>();
    Map<String, Map<String, Integer>> confusions = new TreeMap<>();
    texts.forEach((label, list) -> {
      String gold = LanguageCodes.normalize(label);
      int[] counts = byLanguage.computeIfAbsent(label, k -> new int[2]);
      for (String text : list) {
        LanguageGuess guess = identifier.identify(text);
        String predicted = guess == null ? "und" : guess.code();
        counts[1]++;
        if (predicted.equals(gold)) {
          counts[0]++;
        }
        confusions.computeIfAbsent(label, k -> new TreeMap<>()).merge(predicted, 1, Integer::sum);
      }
    });
    return new Tally(byLanguage, confusions);
  }

  public static void main(String[] args) {
    Path file = args.length > 0 ? Path.of(args[0]) : DEFAULT_FILE;
    Map<String, List<String>> data = load(file);
    Map<String, List<String>> heldOut = TatoebaSplit.half(data, false);
    Map<String, List<String>> training = TatoebaSplit.half(data, true);
    System.out.println("== OpenNLP alone, held-out half (nothing of it tuned on Tatoeba: out of sample) ==");
    report(heldOut, OpenNlpLanguageIdentifier.shared());
    System.out.println("== OpenNLP + close-language model, held-out half (OUT OF SAMPLE) ==");
    report(heldOut, CloseLanguageIdentifier.shared());
    System.out.println("== OpenNLP + close-language model, training half (IN SAMPLE) ==");
    report(training, CloseLanguageIdentifier.shared());
  }

  private static void report(Map<String, List<String>> data, LanguageIdentifier identifier) {
    Tally sentences = sentences(data, identifier);
    Tally documents = documents(data, identifier);
    System.out.println("label  code  sentences>=20  n     documents(5)  n    most often mistaken for");
    double sentenceSum = 0;
    double documentSum = 0;
    for (String label : data.keySet()) {
      Map<String, Integer> wrong = new TreeMap<>(sentences.confusions().getOrDefault(label, Map.of()));
      wrong.remove(LanguageCodes.normalize(label));
      String top = wrong.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
          .limit(3).map(e -> e.getKey() + ":" + e.getValue()).toList().toString();
      System.out.printf("%-5s  %-4s  %.3f        %4d   %.3f        %4d %s %s%n", label, LanguageCodes.normalize(label),
          sentences.accuracy(label), sentences.total(label), documents.accuracy(label), documents.total(label), top,
          TOP_30.contains(label) ? "(top 30)" : "");
      if (TOP_30.contains(label)) {
        sentenceSum += sentences.accuracy(label);
        documentSum += documents.accuracy(label);
      }
    }
    System.out.printf("top 30 mean: sentences %.4f, documents %.4f%n", sentenceSum / TOP_30.size(),
        documentSum / TOP_30.size());
    System.out.printf("top 30 minimum: sentences %.4f, documents %.4f%n",
        TOP_30.stream().mapToDouble(sentences::accuracy).min().orElseThrow(),
        TOP_30.stream().mapToDouble(documents::accuracy).min().orElseThrow());
    for (String[] pair : new String[][] {{"por", "es"}, {"spa", "pt"}, {"nld", "af"}, {"afr", "nl"},
        {"yue", "zh"}, {"cmn", "zh"}, {"wuu", "zh"}, {"dan", "nb"}, {"nob", "da"}, {"ind", "ms"}, {"zsm", "id"}}) {
      System.out.printf("confusion %s -> %s: sentences %d of %d, documents %d of %d%n", pair[0], pair[1],
          sentences.takenFor(pair[0], pair[1]), sentences.total(pair[0]),
          documents.takenFor(pair[0], pair[1]), documents.total(pair[0]));
    }
  }
}
