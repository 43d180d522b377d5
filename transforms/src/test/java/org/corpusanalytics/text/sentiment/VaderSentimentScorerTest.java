package org.corpusanalytics.text.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Faithfulness of {@link VaderSentimentScorer} to Python vaderSentiment 3.3.2.
 *
 * <p>Every expected value in the table was produced by the original Python implementation through
 * {@code scripts/vader-python-reference.sh} (3.3.2's vaderSentiment.py with its lexicons), and
 * must match to 4 decimals for compound and 3 for pos/neu/neg, i.e. exactly after Python's
 * rounding. The npm port vader-sentiment@1.1.3 ({@code scripts/vader-reference.js}) follows an
 * older vaderSentiment and differs on some rows:
 * <ol>
 *   <li>Tokens: it drops one-character tokens ("a", "I") and strips only a fixed list of
 *       punctuation affixes; 3.3.2 keeps every token and strips all ASCII punctuation when more
 *       than two characters remain. This shifts neu and the 3-token rule windows.
 *   <li>Negation, "never so/this" and idioms compare words without lower-casing ("Not", "But").
 *   <li>"never so/this" multiplies by 1.5 instead of 1.25; no "without doubt" exception.
 *   <li>No "no" rule (3.3.2 negates the next lexicon word and zeroes "no" itself).
 *   <li>Booster list lacks e.g. "total", "utter", "extreme"; idiom list lacks "to die for" and
 *       "beating heart"; the "kind of" bigram adds a fixed -0.293.
 *   <li>"but" rule uses positions directly instead of 3.3.2's {@code list.index} lookup.
 *   <li>Its lexicon lacks "heart", "hearts" and "flawed" and rates "badass" -0.6, not 1.4.
 *   <li>No emoji handling (the reference script adds it).
 * </ol>
 */
class VaderSentimentScorerTest {

  private static final VaderSentimentScorer VADER = new VaderSentimentScorer();

  static Stream<Arguments> table() {
    String longText = "The committee praised the excellent work but criticised the awful delays. "
        .repeat(40);
    return Stream.of(
        // README examples of vaderSentiment 3.3.2 (the published compounds).
        row("VADER is smart, handsome, and funny.", 0.8316, 0.746, 0.254, 0.0),
        row("VADER is smart, handsome, and funny!", 0.8439, 0.752, 0.248, 0.0),
        row("VADER is very smart, handsome, and funny.", 0.8545, 0.701, 0.299, 0.0),
        row("VADER is VERY SMART, handsome, and FUNNY.", 0.9227, 0.754, 0.246, 0.0),
        row("VADER is VERY SMART, handsome, and FUNNY!!!", 0.9342, 0.767, 0.233, 0.0),
        row("VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!", 0.9469, 0.706, 0.294, 0.0),
        row("VADER is not smart, handsome, nor funny.", -0.7424, 0.0, 0.354, 0.646),
        row("The book was good.", 0.4404, 0.492, 0.508, 0.0),
        row("At least it isn't a horrible book.", 0.431, 0.322, 0.678, 0.0),
        row("The book was only kind of good.", 0.3832, 0.303, 0.697, 0.0),
        row("The plot was good, but the characters are uncompelling and the dialog is not great.",
            -0.7042, 0.094, 0.579, 0.327),
        row("Today SUX!", -0.5461, 0.0, 0.221, 0.779),
        row("Today only kinda sux! But I'll get by, lol", 0.5249, 0.317, 0.556, 0.127),
        row("Make sure you :) or :D today!", 0.8633, 0.706, 0.294, 0.0),
        // Emoji become their descriptions; "heart" is a 3.3.2 lexicon word (npm port: 0.7003).
        row("Catch utf-8 emoji such as 💘 and 💋 and 😁", 0.875, 0.417, 0.583, 0.0),
        // npm port: -0.5423 (it compares "Not" without lower-casing).
        row("Not bad at all", 0.431, 0.487, 0.513, 0.0),
        row("not bad at all", 0.431, 0.487, 0.513, 0.0),
        // The demo's "tricky sentences".
        row("Sentiment analysis has never been good.", -0.3412, 0.0, 0.675, 0.325),
        row("Sentiment analysis has never been this good!", 0.5672, 0.379, 0.621, 0.0),
        row("Most automated sentiment analysis tools are shit.", -0.5574, 0.0, 0.625, 0.375),
        row("With VADER, sentiment analysis is the shit!", 0.6476, 0.417, 0.583, 0.0),
        row("Other sentiment analysis tools can be quite bad.", -0.5849, 0.0, 0.649, 0.351),
        row("On the other hand, VADER is quite bad ass", 0.802, 0.577, 0.423, 0.0),
        // "badass" is 1.4 in the 3.3.2 lexicon (-0.6 in older copies).
        row("VADER is such a badass!", 0.4003, 0.402, 0.598, 0.0),
        row("Without a doubt, excellent idea.", 0.7013, 0.659, 0.341, 0.0),
        row("Without a doubt, an excellent idea.", 0.7013, 0.592, 0.408, 0.0),
        row("Roger Dodger is one of the most compelling variations on this theme.",
            0.2944, 0.166, 0.834, 0.0),
        row("Roger Dodger is at least compelling as a variation on the theme.",
            0.2263, 0.147, 0.853, 0.0),
        row("Roger Dodger is one of the least compelling variations on this theme.",
            -0.1695, 0.0, 0.868, 0.132),
        row("Not such a badass after all.", -0.2584, 0.0, 0.711, 0.289),
        // Negation windows of one, two and three words, contractions and capitals.
        row("The food was not good.", -0.3412, 0.0, 0.624, 0.376),
        row("The food was not very good.", -0.3865, 0.0, 0.656, 0.344),
        row("The food was not really that good.", -0.3843, 0.0, 0.697, 0.303),
        row("This isn't good at all.", -0.3412, 0.0, 0.624, 0.376),
        row("He is not the worst candidate, however.", 0.5096, 0.354, 0.646, 0.0),
        row("The results were NOT good, sadly.", -0.0191, 0.267, 0.458, 0.275),
        row("The movie was not the worst, nor the best.", -0.0191, 0.241, 0.512, 0.247),
        // "without" negates; "without doubt" does not.
        row("He left without hope.", -0.3412, 0.0, 0.555, 0.445),
        row("Without doubt, a great result.", 0.7359, 0.674, 0.326, 0.0),
        // "never so" / "never this" intensify (x1.25) instead of negating.
        row("The service was never so good.", 0.6626, 0.47, 0.53, 0.0),
        row("I have never been this happy.", 0.657, 0.467, 0.533, 0.0),
        // "no" negates the next lexicon words and then scores 0 itself.
        row("There is no love here.", -0.5216, 0.0, 0.543, 0.457),
        row("No problems at all.", 0.3089, 0.429, 0.571, 0.0),
        row("No.", 0.0, 0.0, 1.0, 0.0),
        row("There is no hope or joy left.", -0.6681, 0.0, 0.477, 0.523),
        // "but": halve before, 1.5x after, including 3.3.2's list.index lookup, which finds the
        // already halved love (3.2 -> 1.6) when it looks for accept (1.6).
        row("We love the plan but we accept the cost.", 0.5267, 0.386, 0.614, 0.0),
        row("The meal was good but the service was terrible.", -0.4939, 0.149, 0.534, 0.317),
        row("The meal was good but the good service was good.", 0.8641, 0.58, 0.42, 0.0),
        row("It was okay, but not great.", -0.6112, 0.147, 0.404, 0.449),
        row("It is not bad, but it is not good either.", -0.2924, 0.148, 0.614, 0.239),
        // Boosters and dampeners, including "kind of" / "sort of" and 3.3.2's "total" and "utter".
        row("That was a kind of good movie.", 0.3832, 0.303, 0.697, 0.0),
        row("The movie was sort of good.", 0.3832, 0.343, 0.657, 0.0),
        row("Kind of good, kind of bad.", -0.1531, 0.279, 0.385, 0.337),
        row("The plan is hardly a success.", 0.5302, 0.406, 0.594, 0.0),
        row("She is extremely happy and deeply grateful.", 0.8067, 0.593, 0.407, 0.0),
        row("It is a total disaster and an utter failure.", -0.8396, 0.0, 0.467, 0.533),
        // "least" negates unless preceded by "at" or "very".
        row("The staff is least helpful.", -0.3252, 0.0, 0.632, 0.368),
        row("The staff is the least helpful here.", -0.3252, 0.0, 0.72, 0.28),
        row("That was the very least helpful answer.", 0.4728, 0.339, 0.661, 0.0),
        // Idioms.
        row("The show is the bomb", 0.6124, 0.5, 0.5, 0.0),
        row("This party is the bomb!", -0.2003, 0.294, 0.326, 0.38),
        row("Yeah right, that went well.", 0.5106, 0.589, 0.411, 0.0),
        row("That was a kiss of death for the project.", -0.6124, 0.0, 0.583, 0.417),
        // 3.3.2 as released has no "broken heart" idiom: "broken" and "heart" keep their own valences.
        row("This is a broken heart story.", 0.2732, 0.372, 0.354, 0.274),
        row("The cake is to die for.", -0.5994, 0.0, 0.562, 0.438),
        // ALL CAPS counts only when some words are not in capitals; ? and ! amplify.
        row("The weather is GREAT today, honestly.", 0.8331, 0.662, 0.338, 0.0),
        row("THE WEATHER IS GREAT TODAY.", 0.6249, 0.506, 0.494, 0.0),
        row("Is this good?", 0.4404, 0.592, 0.408, 0.0),
        row("Is this good??", 0.504, 0.62, 0.38, 0.0),
        row("Is this good???", 0.533, 0.632, 0.368, 0.0),
        row("Is this good????", 0.594, 0.659, 0.341, 0.0),
        row("What a wonderful day?!?!", 0.6852, 0.608, 0.392, 0.0),
        row("This is good!!!!!!", 0.6209, 0.67, 0.33, 0.0),
        row("This is bad!!!!!!", -0.6876, 0.0, 0.3, 0.7),
        // Lexicon words new in 3.3.2's lexicon, emoticons and emoji.
        row("The design is flawed.", -0.4767, 0.0, 0.492, 0.508),
        row("It warms the hearts of the people.", 0.7506, 0.561, 0.439, 0.0),
        row("I love it :)", 0.802, 0.783, 0.217, 0.0),
        row("I hate it :(", -0.765, 0.0, 0.233, 0.767),
        row("You're the best <3", 0.7964, 0.78, 0.22, 0.0),
        row("I ❤ this city", 0.6369, 0.512, 0.488, 0.0),
        row("Bad day 😢", -0.765, 0.0, 0.233, 0.767),
        // 3.3.2's emoji names predate Unicode's renames ("hugging face", "dizzy face").
        row("Thanks for the help 🤗", 0.8126, 0.737, 0.263, 0.0),
        row("After the ride I was 😵", -0.2263, 0.0, 0.759, 0.241),
        // Degenerate and long input.
        row("", 0.0, 0.0, 0.0, 0.0),
        row("   ", 0.0, 0.0, 0.0, 0.0),
        row("The quick brown fox jumps over the lazy dog.", -0.3612, 0.0, 0.762, 0.238),
        row("It was one of the worst movies I've seen, despite good reviews. Unbelievably bad "
            + "acting!! Poor direction. VERY poor production. The movie was bad. Very bad movie. "
            + "VERY BAD movie!",
            -0.9864, 0.0, 0.413, 0.587),
        row(longText, 0.998, 0.386, 0.293, 0.322));
  }

  private static Arguments row(String text, double compound, double pos, double neu, double neg) {
    return Arguments.of(text, new SentimentScores(compound, pos, neu, neg));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("table")
  void matchesVader332(String text, SentimentScores expected) {
    SentimentScores actual = VADER.score(text);
    assertEquals(expected.compound(), actual.compound(), 1e-9, "compound");
    assertEquals(expected.pos(), actual.pos(), 1e-9, "pos");
    assertEquals(expected.neu(), actual.neu(), 1e-9, "neu");
    assertEquals(expected.neg(), actual.neg(), 1e-9, "neg");
  }

  @Test
  void tableIsLargeEnough() {
    assertTrue(table().count() >= 40);
  }

  @Test
  void nullIsNeutral() {
    assertSame(SentimentScores.NEUTRAL, VADER.score(null));
  }

  @Test
  void emojiBecomesItsDescriptionWithOnlyALeadingSpace() {
    // 3.3.2 inserts a space before a description but not after it.
    assertEquals("catch heart with arrownow", VADER.replaceEmoji("catch💘now"));
    assertEquals("a heart with arrow kiss mark", VADER.replaceEmoji(" a 💘💋 "));
  }

  @Test
  void emojiLexiconIs332s() {
    // 🤗 keeps its Emoji 11.0 name; 🥱 (Emoji 12.0) is newer than 3.3.2's lexicon.
    assertEquals("hugging face", VaderLexicon.bundled().emojiDescription("\uD83E\uDD17"));
    assertNull(VaderLexicon.bundled().emojiDescription("\uD83E\uDD71"));
  }

  @Test
  void roundsHalfEvenOnTheBinaryValueLikePython() {
    assertEquals(0.12, VaderSentimentScorer.round(0.125, 2), 0.0);
    assertEquals(0.3, VaderSentimentScorer.round(0.2999999, 3), 0.0);
    // 2.675 is stored as 2.67499999..., so Python's round(2.675, 2) is 2.67.
    assertEquals(2.67, VaderSentimentScorer.round(2.675, 2), 0.0);
  }

  @Test
  void lexiconIsSharedAndComplete() {
    assertSame(VaderLexicon.bundled(), VaderLexicon.bundled());
    // 7,520 lines, 14 of them repeat an earlier key (later wins, as in Python's dict).
    assertEquals(7506, VaderLexicon.bundled().size());
  }

  @Test
  void concurrentScoringMatchesSequential() throws Exception {
    List<String> texts = table().map(a -> (String) a.get()[0]).toList();
    List<SentimentScores> sequential = texts.stream().map(VADER::score).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<SentimentScores>>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        futures.add(pool.submit(() -> texts.stream().map(VADER::score).toList()));
      }
      for (Future<List<SentimentScores>> f : futures) {
        assertEquals(sequential, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
