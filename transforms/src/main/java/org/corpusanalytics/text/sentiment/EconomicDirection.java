package org.corpusanalytics.text.sentiment;

import java.util.List;
import java.util.Set;

/**
 * Compositional sentiment of economic movement, which word valence gets wrong: "profit rose" and
 * "losses narrowed" are good news, "losses widened", "sales fell" and "cut 500 jobs" bad, whatever
 * the valence of "rose", "narrowed" or "cut". A direction word (up or down) pairs with the nearest
 * measure within {@value #WINDOW} tokens on either side; the movement is good when a measure that
 * is better high (profit, sales, jobs, guidance ...) goes up or one that is better low (losses,
 * debt, unemployment ...) goes down.
 *
 * <p>Input: lower-case word tokens with surrounding punctuation stripped. Output: the counts of good
 * and bad movements. The word lists are general economic English, not drawn from any data set.
 */
final class EconomicDirection {

  static final int WINDOW = 3;

  private static final Set<String> UP = Set.of(
      "rose", "rise", "rises", "rising", "risen", "gained", "gain", "gains", "up", "higher",
      "jumped", "jump", "jumps", "surged", "surge", "surges", "soared", "soars", "climbed",
      "climbs", "increased", "increase", "increases", "boosted", "boosts", "raised", "raises",
      "beat", "beats", "widened", "widens", "grew", "grows", "doubled", "rallied", "rallies",
      "topped", "tops", "exceeded", "exceeds", "upgraded", "upgrades", "hiked", "hikes",
      "expanded", "expands", "record");
  private static final Set<String> DOWN = Set.of(
      "fell", "fall", "falls", "falling", "fallen", "dropped", "drop", "drops", "declined",
      "decline", "declines", "lower", "lowered", "lowers", "down", "slumped", "slump", "slumps",
      "plunged", "plunge", "plunges", "tumbled", "tumbles", "slid", "slides", "sank", "sinks",
      "cut", "cuts", "cutting", "missed", "misses", "narrowed", "narrows", "shrank", "shrinks",
      "reduced", "reduces", "slashed", "slashes", "trimmed", "trims", "halved", "lost", "loses",
      "weaker", "downgraded", "downgrades", "eased", "eases", "dipped", "dips", "contracted");
  private static final Set<String> BETTER_HIGH = Set.of(
      "profit", "profits", "earnings", "revenue", "revenues", "sales", "income", "shares",
      "stock", "stocks", "dividend", "dividends", "margin", "margins", "growth", "output",
      "demand", "orders", "jobs", "employment", "guidance", "outlook", "forecast", "forecasts",
      "estimates", "expectations", "consensus", "rating", "target", "valuation", "market",
      "markets", "index", "ebitda", "eps", "payout", "bookings", "production", "exports",
      "confidence", "gdp", "economy");
  private static final Set<String> BETTER_LOW = Set.of(
      "loss", "losses", "debt", "deficit", "unemployment", "jobless", "layoffs", "costs",
      "inflation", "risk", "risks", "defaults", "delinquencies", "writedown", "writedowns",
      "charges", "impairment", "outflows");

  private EconomicDirection() {}

  /** {good, bad}: movements of measures in {@code lowerTokens}. */
  static int[] count(List<String> lowerTokens) {
    int good = 0;
    int bad = 0;
    for (int movement : movements(lowerTokens)) {
      good += movement > 0 ? 1 : 0;
      bad += movement < 0 ? 1 : 0;
    }
    return new int[] {good, bad};
  }

  /** Per token: 1 where a direction word makes a good movement, -1 a bad one, else 0. */
  static int[] movements(List<String> lowerTokens) {
    int[] movements = new int[lowerTokens.size()];
    for (int i = 0; i < lowerTokens.size(); i++) {
      String word = lowerTokens.get(i);
      int direction = UP.contains(word) ? 1 : DOWN.contains(word) ? -1 : 0;
      if (direction != 0) {
        movements[i] = Integer.signum(nearestMeasure(lowerTokens, i) * direction);
      }
    }
    return movements;
  }

  /** 1 for a better-high measure, -1 for a better-low one, 0 when none is within the window. */
  private static int nearestMeasure(List<String> words, int at) {
    for (int distance = 1; distance <= WINDOW; distance++) {
      for (int j : new int[] {at - distance, at + distance}) {
        if (j < 0 || j >= words.size()) {
          continue;
        }
        if (BETTER_HIGH.contains(words.get(j))) {
          return 1;
        }
        if (BETTER_LOW.contains(words.get(j))) {
          return -1;
        }
      }
    }
    return 0;
  }
}
