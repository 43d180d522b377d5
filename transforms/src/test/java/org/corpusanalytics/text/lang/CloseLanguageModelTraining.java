package org.corpusanalytics.text.lang;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Trains the close-language model ({@link CloseLanguageIdentifier#MODEL}) on the training half of
 * Tatoeba ({@link TatoebaSplit}), for the languages of {@link CloseLanguageIdentifier#GROUPS} that
 * Tatoeba has, and
 * writes it with its licence attribution. Run by {@code scripts/train-langid.sh}; the held-out
 * half is never read.
 */
public final class CloseLanguageModelTraining {
  static final String HEADER = "# Character n-gram counts for close languages, from the training half of the Tatoeba\n"
      + "# sentences (Tatoeba, tatoeba.org, CC BY 2.0 FR; as shipped with LASER, snapshot 2018-11-17).\n"
      + "# Made by scripts/train-langid.sh (CloseLanguageModelTraining); the counts are a derived work under\n"
      + "# the same licence.\n";

  private CloseLanguageModelTraining() {}

  /** The model trained on the training half of the file. */
  static CharNgramModel train(Path tatoeba) {
    return CharNgramModel.train(closeLanguages(trainingHalf(tatoeba)), CharNgramModel.DEFAULT_MAX_N,
        CharNgramModel.DEFAULT_SMOOTHING);
  }

  /** The training half: label -> sentences. */
  private static Map<String, List<String>> trainingHalf(Path tatoeba) {
    return TatoebaSplit.half(LanguageIdEvaluation.load(tatoeba), true);
  }

  /** Sentences of the groups' languages by code. */
  private static Map<String, List<String>> closeLanguages(Map<String, List<String>> byLabel) {
    Map<String, List<String>> training = TatoebaSplit.byCode(byLabel);
    Map<String, List<String>> close = new TreeMap<>();
    for (List<String> group : CloseLanguageIdentifier.GROUPS) {
      for (String code : group) {
        // Languages Tatoeba has no sentences of stay unknown to the model (see GROUPS).
        List<String> sentences = training.get(code);
        if (sentences != null) {
          close.put(code, sentences);
        }
      }
    }
    return close;
  }

  /**
   * Two-fold cross-validation on the training half ({@link TatoebaSplit#fold}): for each setting,
   * the mean accuracy over the groups' languages of choosing, within its group, the language of a
   * sentence of 20 or more characters; the n-gram model alone, as it is used.
   */
  static void crossValidate(Path tatoeba) {
    Map<String, List<String>> training = trainingHalf(tatoeba);
    List<Map<String, List<String>>> folds = List.of(new TreeMap<>(), new TreeMap<>());
    training.forEach((label, sentences) -> {
      for (String sentence : sentences) {
        folds.get(TatoebaSplit.fold(label, sentence)).computeIfAbsent(label, k -> new java.util.ArrayList<>())
            .add(sentence);
      }
    });
    for (int maxN : new int[] {3, 4, 5}) {
      for (double smoothing : new double[] {0.05, 0.1, 0.25, 0.5, 1.0}) {
        Map<String, int[]> tally = new TreeMap<>();
        for (int test = 0; test < 2; test++) {
          CharNgramModel model = CharNgramModel.train(closeLanguages(folds.get(1 - test)), maxN, smoothing);
          closeLanguages(folds.get(test)).forEach((code, sentences) -> {
            List<String> group = CloseLanguageIdentifier.GROUPS.stream().filter(g -> g.contains(code)).findFirst()
                .orElseThrow();
            int[] counts = tally.computeIfAbsent(code, k -> new int[2]);
            for (String sentence : sentences) {
              if (sentence.length() >= LanguageIdEvaluation.MIN_SENTENCE_CHARS) {
                Map<String, Double> posteriors = model.posteriors(sentence, group);
                String best = posteriors.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
                counts[0] += best.equals(code) ? 1 : 0;
                counts[1]++;
              }
            }
          });
        }
        double mean = tally.values().stream().mapToDouble(c -> (double) c[0] / c[1]).average().orElseThrow();
        double min = tally.values().stream().mapToDouble(c -> (double) c[0] / c[1]).min().orElseThrow();
        System.out.printf("maxN %d smoothing %.2f: mean %.4f, min %.4f  da %.3f nb %.3f sv %.3f id %.3f ms %.3f%n",
            maxN, smoothing, mean, min, rate(tally, "da"), rate(tally, "nb"), rate(tally, "sv"), rate(tally, "id"),
            rate(tally, "ms"));
      }
    }
  }

  /**
   * Two-fold cross-validation of the temperature on the training half: the whole identifier
   * (OpenNLP, then the n-gram model trained on the other fold) on every language's sentences of 20
   * or more characters; "OpenNLP alone" for comparison.
   */
  static void crossValidateTemperature(Path tatoeba) {
    Map<String, List<String>> training = trainingHalf(tatoeba);
    List<Map<String, List<String>>> folds = List.of(new TreeMap<>(), new TreeMap<>());
    training.forEach((label, sentences) -> {
      for (String sentence : sentences) {
        if (sentence.length() >= LanguageIdEvaluation.MIN_SENTENCE_CHARS) {
          folds.get(TatoebaSplit.fold(label, sentence)).computeIfAbsent(label, k -> new java.util.ArrayList<>())
              .add(sentence);
        }
      }
    });
    Map<String, LanguageGuess> general = new java.util.HashMap<>();
    LanguageIdentifier cached = text -> general.computeIfAbsent(text, OpenNlpLanguageIdentifier.shared()::identify);
    List<CharNgramModel> models = List.of(
        CharNgramModel.train(closeLanguages(folds.get(1)), CharNgramModel.DEFAULT_MAX_N, CharNgramModel.DEFAULT_SMOOTHING),
        CharNgramModel.train(closeLanguages(folds.get(0)), CharNgramModel.DEFAULT_MAX_N, CharNgramModel.DEFAULT_SMOOTHING));
    for (double temperature : new double[] {0, 1, 4, 16, 64, 128, 256, 512, 1024, 4096}) {
      Map<String, int[]> tally = new TreeMap<>();
      for (int test = 0; test < 2; test++) {
        LanguageIdentifier identifier = temperature == 0 ? cached
            : new CloseLanguageIdentifier(cached, models.get(test), temperature);
        folds.get(test).forEach((label, sentences) -> {
          int[] counts = tally.computeIfAbsent(label, k -> new int[2]);
          for (String sentence : sentences) {
            LanguageGuess guess = identifier.identify(sentence);
            counts[0] += guess != null && guess.code().equals(LanguageCodes.normalize(label)) ? 1 : 0;
            counts[1]++;
          }
        });
      }
      System.out.printf("%s: all %.4f, top 30 %.4f  dan %.3f nob %.3f swe %.3f ind %.3f zsm %.3f spa %.3f slk %.3f "
              + "ces %.3f%n", temperature == 0 ? "OpenNLP alone" : "temperature " + temperature,
          tally.values().stream().mapToDouble(c -> (double) c[0] / c[1]).average().orElseThrow(),
          LanguageIdEvaluation.TOP_30.stream().mapToDouble(l -> rate(tally, l)).average().orElseThrow(),
          rate(tally, "dan"), rate(tally, "nob"), rate(tally, "swe"), rate(tally, "ind"), rate(tally, "zsm"),
          rate(tally, "spa"), rate(tally, "slk"), rate(tally, "ces"));
    }
  }

  private static double rate(Map<String, int[]> tally, String code) {
    return (double) tally.get(code)[0] / tally.get(code)[1];
  }

  /** The model file's text: header, then the model. */
  static String render(CharNgramModel model) throws IOException {
    java.io.StringWriter out = new java.io.StringWriter();
    out.write(HEADER);
    model.write(out);
    return out.toString();
  }

  public static void main(String[] args) throws IOException {
    if (args.length == 2 && args[1].equals("--cross-validate")) {
      crossValidate(Path.of(args[0]));
      crossValidateTemperature(Path.of(args[0]));
      return;
    }
    if (args.length == 2 && args[1].equals("--cross-validate-temperature")) {
      crossValidateTemperature(Path.of(args[0]));
      return;
    }
    if (args.length != 2) {
      throw new IllegalArgumentException(
          "usage: CloseLanguageModelTraining <tatoeba_langid.tsv> (<model.tsv.gz> | --cross-validate[-temperature])");
    }
    Path model = Path.of(args[1]);
    CharNgramModel trained = train(Path.of(args[0]));
    try (Writer out = new OutputStreamWriter(new java.util.zip.GZIPOutputStream(Files.newOutputStream(model)) {
      {
        def.setLevel(9);
      }
    }, StandardCharsets.UTF_8)) {
      out.write(render(trained));
    }
    System.out.println("wrote " + model + ": " + trained.languages());
  }
}
