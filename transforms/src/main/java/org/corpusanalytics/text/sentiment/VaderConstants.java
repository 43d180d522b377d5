package org.corpusanalytics.text.sentiment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** vaderSentiment 3.3.2's module-level constants, word lists and idioms, verbatim. */
final class VaderConstants {

  // Empirically derived intensity deltas from the VADER paper.
  static final double B_INCR = 0.293;
  static final double B_DECR = -0.293;
  static final double C_INCR = 0.733;
  static final double N_SCALAR = -0.74;

  static final Set<String> NEGATE = Set.of(
      "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt",
      "ain't", "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't",
      "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt", "neither",
      "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't",
      "neednt", "needn't", "never", "none", "nope", "nor", "not", "nothing", "nowhere",
      "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent",
      "oughtn't", "shan't", "shouldn't", "uh-uh", "wasn't", "weren't",
      "without", "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite");

  static final Map<String, Double> BOOSTER_DICT = boosters();

  /** Idioms whose valence replaces that of the lexicon word inside them (as released in 3.3.2). */
  static final Map<String, Double> SPECIAL_CASES = Map.of(
      "the shit", 3.0, "the bomb", 3.0, "bad ass", 1.5, "badass", 1.5, "bus stop", 0.0,
      "yeah right", -2.0, "kiss of death", -1.5, "to die for", 3.0, "beating heart", 3.5);

  private VaderConstants() {}

  private static Map<String, Double> boosters() {
    Map<String, Double> m = new HashMap<>();
    for (String w : List.of("absolutely", "amazingly", "awfully", "completely", "considerable",
        "considerably", "decidedly", "deeply", "effing", "enormous", "enormously", "entirely",
        "especially", "exceptional", "exceptionally", "extreme", "extremely", "fabulously",
        "flipping", "flippin", "frackin", "fracking", "fricking", "frickin", "frigging", "friggin",
        "fully", "fuckin", "fucking", "fuggin", "fugging", "greatly", "hella", "highly", "hugely",
        "incredible", "incredibly", "intensely", "major", "majorly", "more", "most",
        "particularly", "purely", "quite", "really", "remarkably", "so", "substantially",
        "thoroughly", "total", "totally", "tremendous", "tremendously", "uber", "unbelievably",
        "unusually", "utter", "utterly", "very")) {
      m.put(w, B_INCR);
    }
    for (String w : List.of("almost", "barely", "hardly", "just enough", "kind of", "kinda",
        "kindof", "kind-of", "less", "little", "marginal", "marginally", "occasional",
        "occasionally", "partly", "scarce", "scarcely", "slight", "slightly", "somewhat",
        "sort of", "sorta", "sortof", "sort-of")) {
      m.put(w, B_DECR);
    }
    return Map.copyOf(m);
  }
}
