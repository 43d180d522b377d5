package org.corpusanalytics.text.sentiment;

import java.util.List;
import java.util.Set;

/**
 * What the news scorers know of a text: VADER 3.3.2's rules and lexicon, with no valence on
 * names, on words that news uses without judging and on economic measures whose direction
 * decides, quoted words at {@value #QUOTED} weight, plus the movements {@link EconomicDirection}
 * finds. The text is split and stripped once.
 *
 * <p>Text -> {@link Analysis}: VADER's scores of the silenced text and the feature vector
 * [compound, positive mass, negative mass, good movements, bad movements, ln(1 + tokens)], where
 * the masses are the sums of VADER's rule-adjusted token valences of each sign.
 *
 * <p>A name is a capitalised token (upper-case initial, some lower case) that does not start a
 * sentence, in text where fewer than half the words are capitalised; headlines in title case are
 * left alone, since there capitals do not mark names. Thread-safe: immutable after construction.
 */
public final class NewsFeatures {

  static final List<String> NAMES = List.of(
      "compound", "positiveMass", "negativeMass", "goodMovements", "badMovements", "logTokens");

  /**
   * VADER words that news mostly uses in a neutral sense: function words ("like", "well"),
   * institutions and topics ("party", "justice", "security", "interest", "credit", "care",
   * "intelligence", "defense"), names ("united") and economic measures that only a direction
   * makes good or bad ("share", "growth").
   */
  static final Set<String> NEUTRAL_IN_NEWS = Set.of(
      "like", "well", "please", "yes", "pretty", "united", "party", "parties", "justice",
      "security", "interest", "interests", "credit", "care", "intelligence", "defense", "defence",
      "share", "shares", "growth");

  /**
   * Weight of the valence of quoted words: they are a speaker's, which news reports rather than
   * asserts.
   */
  static final double QUOTED = 0.5;

  /** Appended to a name so that it misses the lexicon yet stays one token for VADER's rules. */
  private static final String NAME_MARK = "\u2060";

  /** VADER's scores of the silenced text, and the model's features. */
  public record Analysis(SentimentScores vader, double[] features) {}

  /** Per whitespace token: its rule-adjusted valence and its VADER form, lower case. */
  record TokenValences(double[] valences, List<String> lowerTokens) {}

  private final VaderSentimentScorer vader;

  public NewsFeatures() {
    this(Holder.LEXICON);
  }

  private NewsFeatures(VaderLexicon lexicon) {
    this.vader = new VaderSentimentScorer(lexicon);
  }

  /** Valence of a word as these features see it: null for the neutral-in-news words. */
  Double valence(String lowerCaseWord) {
    return vader.valence(lowerCaseWord);
  }

  public Analysis analyse(String text) {
    String prepared = vader.replaceEmoji(text == null ? "" : text);
    List<String> raw = VaderText.splitPythonWhitespace(prepared);
    VaderText plain = VaderText.ofRawTokens(raw);
    double[] valences = vader.valences(plain.withMarked(names(raw, plain), NAME_MARK));
    boolean[] quoted = quoted(raw);
    for (int i = 0; i < valences.length; i++) {
      valences[i] *= quoted[i] ? QUOTED : 1;
    }
    SentimentScores scores = VaderSentimentScorer.scoreValence(valences, prepared);
    double positive = 0;
    double negative = 0;
    for (double v : valences) {
      positive += v > 0 ? v : 0;
      negative += v < 0 ? -v : 0;
    }
    int[] movements = EconomicDirection.count(plain.lowerTokens);
    return new Analysis(scores, new double[] {scores.compound(), positive, negative,
        movements[0], movements[1], Math.log1p(valences.length)});
  }

  /**
   * VADER's rule-adjusted valence of each whitespace token (as {@link
   * VaderText#splitPythonWhitespace} splits the text), with this class's silencing and quoted
   * words at {@value #QUOTED} weight; emoji are not
   * expanded, so token i is the i-th whitespace token of the text as given.
   */
  TokenValences tokenValences(List<String> rawTokens) {
    VaderText plain = VaderText.ofRawTokens(rawTokens);
    double[] valences = vader.valences(plain.withMarked(names(rawTokens, plain), NAME_MARK));
    boolean[] quoted = quoted(rawTokens);
    for (int i = 0; i < valences.length; i++) {
      valences[i] *= quoted[i] ? QUOTED : 1;
    }
    return new TokenValences(valences, plain.lowerTokens);
  }

  /**
   * Which tokens stand inside double quotation marks ("..." or \u201c...\u201d): from a token
   * that opens a quotation to the one that closes it, or to the end of the text when the closing
   * mark is in a later sentence.
   */
  static boolean[] quoted(List<String> raw) {
    boolean[] quoted = new boolean[raw.size()];
    boolean inside = false;
    for (int i = 0; i < raw.size(); i++) {
      String token = raw.get(i);
      char first = token.charAt(0);
      inside |= first == '"' || first == '\u201c';
      quoted[i] = inside;
      if (inside && (token.length() > 1 || first == '\u201d') && closesQuotation(token)) {
        inside = false;
      }
    }
    return quoted;
  }

  /** The token ends with a closing quotation mark, maybe followed by punctuation ("great,"). */
  private static boolean closesQuotation(String token) {
    int end = token.length();
    while (end > 1 && ".,;:!?)".indexOf(token.charAt(end - 1)) >= 0) {
      end--;
    }
    char last = token.charAt(end - 1);
    return last == '"' || last == '\u201d';
  }

  /** Which tokens are names (see the class comment); null when the text is in title case. */
  private static boolean[] names(List<String> raw, VaderText text) {
    int words = 0;
    int capitalised = 0;
    for (String token : text.tokens) {
      if (!token.isEmpty() && Character.isLetter(token.charAt(0))) {
        words++;
        capitalised += Character.isUpperCase(token.charAt(0)) ? 1 : 0;
      }
    }
    if (2 * capitalised >= words) {
      return null;
    }
    boolean[] names = new boolean[raw.size()];
    for (int i = 1; i < raw.size(); i++) {
      names[i] = !endsSentence(raw.get(i - 1)) && isName(text.tokens.get(i));
    }
    return names;
  }

  private static boolean endsSentence(String rawToken) {
    char last = rawToken.charAt(rawToken.length() - 1);
    return last == '.' || last == '!' || last == '?' || last == ':' || last == '"'
        || last == '\u201d';
  }

  private static boolean isName(String token) {
    if (token.length() < 2 || !Character.isUpperCase(token.charAt(0))) {
      return false;
    }
    for (int i = 1; i < token.length(); i++) {
      if (Character.isLowerCase(token.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  // Lazy holder idiom, as in VaderLexicon: one thread-safe copy per JVM.
  private static final class Holder {
    static final VaderLexicon LEXICON = VaderLexicon.bundled().withoutEntries(NEUTRAL_IN_NEWS);
  }
}
