package org.corpusanalytics.text.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sentiment expressed toward a target (an entity mention) in its sentence, on VADER's compound
 * scale: the valences of {@link NewsFeatures} (VADER's rules, negation included, with names and
 * neutral-in-news words silenced and quoted words at half weight) weighted by where they stand relative to the target, summed and
 * normalised as VADER normalises. An economic movement ({@link EconomicDirection}) adds ±{@link
 * NewsRulesScorer#MOVEMENT_VALENCE} at its direction word, as in {@link NewsRulesScorer}.
 *
 * <p>Weights: a token at a distance of d tokens from the target counts 1 / (1 + d / {@value
 * #DECAY}); a token in another clause than the target's (clauses split at "but", "however",
 * "although", "though", "while", "whereas", "yet" and at ';') counts {@value #OTHER_CLAUSE} of
 * that, since contrast usually turns to another subject; when the target is the speaker of
 * reported speech ("X said ...", "according to X"), what it says counts {@value #SPEAKER} of that:
 * the sentiment of a quotation is about its subject, not its speaker. Tokens of the target itself
 * count fully (a "terrorist" or a "hero").
 *
 * <p>Input: the sentence and the [start, end) character spans of the target's mentions in it.
 * Thread-safe.
 */
public final class TargetedSentiment {

  static final double DECAY = 5;
  static final double OTHER_CLAUSE = 0.3;
  static final double SPEAKER = 0.3;

  private static final double ALPHA = 15;
  private static final Set<String> CONTRAST = Set.of(
      "but", "however", "although", "though", "while", "whereas", "yet");
  private static final Set<String> SPEECH = Set.of(
      "said", "says", "say", "told", "tells", "added", "adds", "argued", "argues", "claimed",
      "claims", "stated", "wrote", "writes", "warned", "warns", "insisted", "insists");

  private final NewsFeatures features = new NewsFeatures();

  /** Compound in (−1, 1) toward the target; 0 when no token of the sentence overlaps it. */
  public double score(String sentence, List<int[]> targetSpans) {
    List<int[]> offsets = new ArrayList<>();
    List<String> raw = new ArrayList<>();
    tokens(sentence, raw, offsets);
    boolean[] target = new boolean[raw.size()];
    boolean any = false;
    for (int i = 0; i < raw.size(); i++) {
      for (int[] span : targetSpans) {
        if (offsets.get(i)[0] < span[1] && span[0] < offsets.get(i)[1]) {
          target[i] = true;
          any = true;
        }
      }
    }
    if (!any) {
      return 0.0;
    }
    NewsFeatures.TokenValences tokens = features.tokenValences(raw);
    double[] valences = tokens.valences();
    List<String> words = tokens.lowerTokens();
    int[] movements = EconomicDirection.movements(words);
    for (int i = 0; i < valences.length; i++) {
      valences[i] += NewsRulesScorer.MOVEMENT_VALENCE * movements[i];
    }
    int[] clause = clauses(raw, words);
    boolean speaker = isSpeaker(words, target);
    double sum = 0;
    for (int i = 0; i < raw.size(); i++) {
      if (valences[i] == 0) {
        continue;
      }
      int distance = Integer.MAX_VALUE;
      boolean sameClause = false;
      for (int j = 0; j < raw.size(); j++) {
        if (target[j]) {
          distance = Math.min(distance, Math.abs(i - j));
          sameClause |= clause[j] == clause[i];
        }
      }
      double weight = 1 / (1 + distance / DECAY);
      if (!sameClause) {
        weight *= OTHER_CLAUSE;
      }
      if (speaker && !target[i]) {
        weight *= SPEAKER;
      }
      sum += weight * valences[i];
    }
    return sum / Math.sqrt(sum * sum + ALPHA);
  }

  /** Whitespace tokens (Python's str.split) and their [start, end) offsets. */
  private static void tokens(String text, List<String> raw, List<int[]> offsets) {
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean space = i == text.length() || VaderText.isPythonSpace(text.charAt(i));
      if (space && start >= 0) {
        raw.add(text.substring(start, i));
        offsets.add(new int[] {start, i});
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
  }

  /** Clause number of each token; a contrast word opens a clause, ';' closes one. */
  private static int[] clauses(List<String> raw, List<String> words) {
    int[] clause = new int[raw.size()];
    int current = 0;
    for (int i = 0; i < raw.size(); i++) {
      if (i > 0 && CONTRAST.contains(words.get(i))) {
        current++;
      }
      clause[i] = current;
      if (raw.get(i).endsWith(";")) {
        current++;
      }
    }
    return clause;
  }

  /** The target speaks: a speech verb within two tokens after it, or "according to" before it. */
  private static boolean isSpeaker(List<String> words, boolean[] target) {
    for (int i = 0; i < words.size(); i++) {
      if (!target[i] || (i + 1 < words.size() && target[i + 1])) {
        continue;
      }
      for (int j = i + 1; j <= i + 2 && j < words.size(); j++) {
        if (SPEECH.contains(words.get(j))) {
          return true;
        }
      }
    }
    for (int i = 2; i < words.size(); i++) {
      if (target[i] && !target[i - 1] && words.get(i - 1).equals("to")
          && words.get(i - 2).equals("according")) {
        return true;
      }
    }
    return false;
  }
}
