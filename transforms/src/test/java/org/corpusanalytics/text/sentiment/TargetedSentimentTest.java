package org.corpusanalytics.text.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sentiment toward a target, against hand calculations with VADER's lexicon ("good" 1.9, "bad"
 * -2.5, "disaster" -3.1), weights 1 / (1 + d / 5), normalisation v / sqrt(v^2 + 15).
 */
class TargetedSentimentTest {

  private final TargetedSentiment targeted = new TargetedSentiment();

  private double score(String sentence, String target) {
    int start = sentence.indexOf(target);
    return targeted.score(sentence, List.<int[]>of(new int[] {start, start + target.length()}));
  }

  @Test
  void nearWordsCountMore() {
    // good at distance 2: 1.9 / 1.4 = 1.357143 -> 0.330697
    assertEquals(0.330697, score("Merkel is good.", "Merkel"), 1e-5);
  }

  @Test
  void negationTurnsTheWord() {
    // VADER negates "good" after "not": 1.9 * -0.74 = -1.406, at distance 3: / 1.6 -> -0.87875 -> -0.221268
    assertEquals(-0.221268, score("Merkel is not good.", "Merkel"), 1e-5);
  }

  @Test
  void contrastSeparatesTheTargets() {
    // VADER's "but" rule: good 0.95 before it, bad -3.75 after. Toward Merkel: 0.95 / 1.4 (own clause)
    // - 3.75 / 2.2 * 0.3 (other clause) = 0.167208 -> 0.043133, neutral. Toward Trump:
    // -3.75 / 1.4 + 0.95 / 1.4 * 0.3 = -2.475 -> -0.538481.
    String sentence = "Merkel is good but Trump is bad.";
    assertEquals(0.043133, score(sentence, "Merkel"), 1e-5);
    assertEquals(-0.538481, score(sentence, "Trump"), 1e-5);
  }

  @Test
  void aSpeakerIsNotWhatItSays() {
    // "disaster" at distance 6, said by the target: -3.1 / 2.2 * 0.3 = -0.422727 -> -0.108503
    assertEquals(-0.108503, score("Merkel said the plan was a disaster.", "Merkel"), 1e-5);
    // The same words about the plan: -3.1 / (1 + 3 / 5) = -1.9375 -> -0.447400
    assertEquals(-0.447400, score("Merkel said the plan was a disaster.", "plan"), 1e-5);
  }

  @Test
  void economicMovementsCount() {
    // "profit" 1.9 at distance 1 (/ 1.2), "rose" +1.5 at distance 2 (/ 1.4): 1.583333 + 1.071429
    // = 2.654762 -> 0.565384
    assertEquals(0.565384, score("Siemens profit rose.", "Siemens"), 1e-5);
  }

  @Test
  void aTargetOutsideTheSentenceIsNeutral() {
    assertEquals(0.0, targeted.score("Nothing here.", List.<int[]>of(new int[] {40, 45})), 0.0);
  }
}
