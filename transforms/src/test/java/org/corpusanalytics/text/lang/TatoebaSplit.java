package org.corpusanalytics.text.lang;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tatoeba's rows cut into two fixed halves by a hash of label and sentence (64-bit FNV-1a of the
 * UTF-8 bytes, even = train, odd = held out): the same on every machine, and a sentence repeated
 * within a language always falls in one half, so nothing held out was trained on.
 */
public final class TatoebaSplit {
  private TatoebaSplit() {}

  public static boolean isTraining(String label, String sentence) {
    return (hash(label, sentence) & 1) == 0;
  }

  /** Which of two folds of the training half a row is in (the hash's next bit), for cross-validation. */
  public static int fold(String label, String sentence) {
    return (int) ((hash(label, sentence) >>> 1) & 1);
  }

  private static long hash(String label, String sentence) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : (label + "\t" + sentence).getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    return hash;
  }

  /** The half of {@code data} (label -> sentences in file order) that is training or held out. */
  public static Map<String, List<String>> half(Map<String, List<String>> data, boolean training) {
    Map<String, List<String>> half = new TreeMap<>();
    data.forEach((label, sentences) -> {
      List<String> kept = new ArrayList<>();
      for (String sentence : sentences) {
        if (isTraining(label, sentence) == training) {
          kept.add(sentence);
        }
      }
      half.put(label, kept);
    });
    return half;
  }

  /** Sentences by the table's language code (cmn, yue and wuu are all "zh"), labels in order. */
  public static Map<String, List<String>> byCode(Map<String, List<String>> data) {
    Map<String, List<String>> byCode = new TreeMap<>();
    data.forEach((label, sentences) ->
        byCode.computeIfAbsent(LanguageCodes.normalize(label), k -> new ArrayList<>()).addAll(sentences));
    return byCode;
  }
}
