package org.corpusanalytics.text.sentiment;

import static org.corpusanalytics.text.sentiment.VaderConstants.BOOSTER_DICT;
import static org.corpusanalytics.text.sentiment.VaderConstants.C_INCR;
import static org.corpusanalytics.text.sentiment.VaderConstants.NEGATE;
import static org.corpusanalytics.text.sentiment.VaderConstants.N_SCALAR;
import static org.corpusanalytics.text.sentiment.VaderConstants.SPECIAL_CASES;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Pure-Java port of vaderSentiment 3.3.2's {@code SentimentIntensityAnalyzer.polarity_scores}
 * (Hutto &amp; Gilbert, ICWSM 2014). The rules, constants and their order of application follow the
 * Python source line by line, including its quirks (e.g. the {@code list.index} lookup in the "but"
 * rule), because downstream tables are compared with numbers produced by the Python tool. Older
 * VADER releases (and ports of them, such as npm vader-sentiment) tokenise and negate differently;
 * {@code VaderSentimentScorerTest} lists the differences. Immutable after construction and
 * therefore thread-safe.
 */
public final class VaderSentimentScorer implements SentimentScorer {

  private final VaderLexicon lexicon;

  /** Scorer over the bundled VADER lexicons. */
  public VaderSentimentScorer() {
    this(VaderLexicon.bundled());
  }

  VaderSentimentScorer(VaderLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public Double valence(String lowerCaseWord) {
    return lexicon.valence(lowerCaseWord);
  }

  @Override
  public SentimentScores score(String text) {
    if (text == null) {
      return SentimentScores.NEUTRAL;
    }
    String prepared = replaceEmoji(text);
    return scoreValence(valences(VaderText.of(prepared)), prepared);
  }

  /** Replaces each emoji code point by its description, space-separated as 3.3.2 does. */
  String replaceEmoji(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    boolean prevSpace = true;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      // No emoji is ASCII, so the common case skips building a string and the map lookup.
      String description = cp < 0x80 ? null : lexicon.emojiDescription(new String(Character.toChars(cp)));
      if (description != null) {
        if (!prevSpace) {
          out.append(' ');
        }
        out.append(description);
        prevSpace = false;
      } else {
        out.appendCodePoint(cp);
        prevSpace = cp == ' ';
      }
      i += Character.charCount(cp);
    }
    return VaderText.stripPython(out.toString());
  }

  /** One adjusted valence per token, after the "but" rule. */
  double[] valences(VaderText sentiText) {
    List<String> lower = sentiText.lowerTokens;
    double[] sentiments = new double[lower.size()];
    for (int i = 0; i < lower.size(); i++) {
      String item = lower.get(i);
      boolean modifier = BOOSTER_DICT.containsKey(item)
          || (i < lower.size() - 1 && item.equals("kind") && lower.get(i + 1).equals("of"));
      sentiments[i] = modifier ? 0.0 : sentimentValence(sentiText, i);
    }
    butCheck(lower, sentiments);
    return sentiments;
  }

  private double sentimentValence(VaderText sentiText, int i) {
    List<String> words = sentiText.lowerTokens;
    String item = words.get(i);
    Double lexical = lexicon.valence(item);
    if (lexical == null) {
      return 0.0;
    }
    double valence = lexical;
    // "no" right before another lexicon word negates that word instead of scoring on its own.
    if (item.equals("no") && i != words.size() - 1 && lexicon.contains(words.get(i + 1))) {
      valence = 0.0;
    }
    if ((i > 0 && words.get(i - 1).equals("no"))
        || (i > 1 && words.get(i - 2).equals("no"))
        || (i > 2 && words.get(i - 3).equals("no")
            && (words.get(i - 1).equals("or") || words.get(i - 1).equals("nor")))) {
      valence = lexical * N_SCALAR;
    }
    if (sentiText.capDifferential && VaderText.isUpper(sentiText.tokens.get(i))) {
      valence += valence > 0 ? C_INCR : -C_INCR;
    }
    for (int startI = 0; startI < 3; startI++) {
      int j = i - (startI + 1);
      if (i > startI && !lexicon.contains(words.get(j))) {
        double s = scalarIncDec(sentiText.tokens.get(j), words.get(j), valence,
            sentiText.capDifferential);
        if (startI == 1 && s != 0) {
          s = s * 0.95;
        }
        if (startI == 2 && s != 0) {
          s = s * 0.9;
        }
        valence = valence + s;
        valence = negationCheck(valence, words, startI, i);
        if (startI == 2) {
          valence = specialIdiomsCheck(valence, words, i);
        }
      }
    }
    return leastCheck(valence, words, i);
  }

  private static double scalarIncDec(String word, String lower, double valence, boolean capDiff) {
    Double booster = BOOSTER_DICT.get(lower);
    if (booster == null) {
      return 0.0;
    }
    double scalar = valence < 0 ? -booster : booster;
    if (capDiff && VaderText.isUpper(word)) {
      scalar += valence > 0 ? C_INCR : -C_INCR;
    }
    return scalar;
  }

  static boolean negated(String lowerWord) {
    return NEGATE.contains(lowerWord) || lowerWord.contains("n't");
  }

  private static double negationCheck(double valence, List<String> w, int startI, int i) {
    if (startI == 0) {
      return negated(w.get(i - 1)) ? valence * N_SCALAR : valence;
    }
    if (startI == 1) {
      if (w.get(i - 2).equals("never") && isSoOrThis(w.get(i - 1))) {
        return valence * 1.25;
      }
      if (w.get(i - 2).equals("without") && w.get(i - 1).equals("doubt")) {
        return valence;
      }
      return negated(w.get(i - 2)) ? valence * N_SCALAR : valence;
    }
    // Python: `never and (so or this) or (so or this)` — the second clause stands alone.
    if ((w.get(i - 3).equals("never") && isSoOrThis(w.get(i - 2))) || isSoOrThis(w.get(i - 1))) {
      return valence * 1.25;
    }
    if (w.get(i - 3).equals("without")
        && (w.get(i - 2).equals("doubt") || w.get(i - 1).equals("doubt"))) {
      return valence;
    }
    return negated(w.get(i - 3)) ? valence * N_SCALAR : valence;
  }

  private static boolean isSoOrThis(String word) {
    return word.equals("so") || word.equals("this");
  }

  private double leastCheck(double valence, List<String> w, int i) {
    if (i > 1 && !lexicon.contains(w.get(i - 1)) && w.get(i - 1).equals("least")) {
      if (!w.get(i - 2).equals("at") && !w.get(i - 2).equals("very")) {
        return valence * N_SCALAR;
      }
    } else if (i > 0 && !lexicon.contains(w.get(i - 1)) && w.get(i - 1).equals("least")) {
      return valence * N_SCALAR;
    }
    return valence;
  }

  /**
   * Halves sentiment before the first "but" and boosts it by half after. Python locates each
   * value with {@code list.index(value)}, i.e. the first equal value, so duplicates can make it
   * rescale another position; that behaviour is kept.
   */
  static void butCheck(List<String> lower, double[] sentiments) {
    int bi = lower.indexOf("but");
    if (bi < 0) {
      return;
    }
    for (int k = 0; k < sentiments.length; k++) {
      double sentiment = sentiments[k];
      int si = 0;
      while (sentiments[si] != sentiment) {
        si++;
      }
      if (si < bi) {
        sentiments[si] = sentiment * 0.5;
      } else if (si > bi) {
        sentiments[si] = sentiment * 1.5;
      }
    }
  }

  private static double specialIdiomsCheck(double valence, List<String> w, int i) {
    String oneZero = w.get(i - 1) + " " + w.get(i);
    String twoOneZero = w.get(i - 2) + " " + w.get(i - 1) + " " + w.get(i);
    String twoOne = w.get(i - 2) + " " + w.get(i - 1);
    String threeTwoOne = w.get(i - 3) + " " + w.get(i - 2) + " " + w.get(i - 1);
    String threeTwo = w.get(i - 3) + " " + w.get(i - 2);
    for (String seq : List.of(oneZero, twoOneZero, twoOne, threeTwoOne, threeTwo)) {
      Double special = SPECIAL_CASES.get(seq);
      if (special != null) {
        valence = special;
        break;
      }
    }
    if (w.size() - 1 > i) {
      valence = SPECIAL_CASES.getOrDefault(w.get(i) + " " + w.get(i + 1), valence);
    }
    if (w.size() - 1 > i + 1) {
      valence = SPECIAL_CASES.getOrDefault(
          w.get(i) + " " + w.get(i + 1) + " " + w.get(i + 2), valence);
    }
    // Multi-word dampeners such as "kind of" two or three tokens back.
    for (String nGram : List.of(threeTwoOne, threeTwo, twoOne)) {
      Double booster = BOOSTER_DICT.get(nGram);
      if (booster != null) {
        valence = valence + booster;
      }
    }
    return valence;
  }

  /** {@code score_valence}: punctuation emphasis, normalisation and the pos/neu/neg split. */
  static SentimentScores scoreValence(double[] sentiments, String text) {
    if (sentiments.length == 0) {
      return SentimentScores.NEUTRAL;
    }
    double sum = 0.0;
    for (double s : sentiments) {
      sum += s;
    }
    double punct = punctuationEmphasis(text);
    if (sum > 0) {
      sum += punct;
    } else if (sum < 0) {
      sum -= punct;
    }
    double compound = normalize(sum);
    double posSum = 0.0;
    double negSum = 0.0;
    int neuCount = 0;
    for (double s : sentiments) {
      // +1/-1 compensate for neutral tokens being counted as 1 each.
      if (s > 0) {
        posSum += s + 1;
      }
      if (s < 0) {
        negSum += s - 1;
      }
      if (s == 0) {
        neuCount++;
      }
    }
    if (posSum > Math.abs(negSum)) {
      posSum += punct;
    } else if (posSum < Math.abs(negSum)) {
      negSum -= punct;
    }
    double total = posSum + Math.abs(negSum) + neuCount;
    return new SentimentScores(round(compound, 4), round(Math.abs(posSum / total), 3),
        round(Math.abs(neuCount / total), 3), round(Math.abs(negSum / total), 3));
  }

  static double punctuationEmphasis(String text) {
    int exclamations = 0;
    int questions = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '!') {
        exclamations++;
      } else if (c == '?') {
        questions++;
      }
    }
    double ep = Math.min(exclamations, 4) * 0.292;
    double qm = questions > 1 ? (questions <= 3 ? questions * 0.18 : 0.96) : 0.0;
    return ep + qm;
  }

  /** Maps an unbounded valence sum into (-1, 1); alpha approximates the maximum expected sum. */
  static double normalize(double score) {
    double norm = score / Math.sqrt(score * score + 15);
    return Math.max(-1.0, Math.min(1.0, norm));
  }

  /** Python's round(x, n): half-even on the exact binary value. */
  static double round(double value, int places) {
    return new BigDecimal(value).setScale(places, RoundingMode.HALF_EVEN).doubleValue();
  }
}
