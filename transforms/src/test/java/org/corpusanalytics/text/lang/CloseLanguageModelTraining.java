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
 * Tatoeba ({@link TatoebaSplit}), for the languages of {@link CloseLanguageIdentifier#GROUPS}, and
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
    Map<String, List<String>> training = TatoebaSplit.byCode(
        TatoebaSplit.half(LanguageIdEvaluation.load(tatoeba), true));
    Map<String, List<String>> close = new TreeMap<>();
    for (List<String> group : CloseLanguageIdentifier.GROUPS) {
      for (String code : group) {
        List<String> sentences = training.get(code);
        if (sentences == null) {
          throw new IllegalStateException("no Tatoeba sentences for " + code);
        }
        close.put(code, sentences);
      }
    }
    return CharNgramModel.train(close);
  }

  /** The model file's text: header, then the model. */
  static String render(CharNgramModel model) throws IOException {
    java.io.StringWriter out = new java.io.StringWriter();
    out.write(HEADER);
    model.write(out);
    return out.toString();
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: CloseLanguageModelTraining <tatoeba_langid.tsv> <model.tsv.gz>");
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
