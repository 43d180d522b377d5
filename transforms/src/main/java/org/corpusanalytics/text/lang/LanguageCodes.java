package org.corpusanalytics.text.lang;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Language codes as the {@code articles} table holds them: the ISO 639-1 code where the language
 * has one ("de", "zh", "nb"), else its ISO 639-3 code ("ceb", "gsw").
 *
 * <p>Inputs give BCP 47 tags ("en-US", "pt_BR", "zh-Hant"), ISO 639-2 codes ("deu", "ger") or
 * individual ISO 639-3 codes of macrolanguages ("cmn", "pes", "zsm"); all map to the language alone.
 */
public final class LanguageCodes {
  /** ISO 639-3 individual languages whose macrolanguage has the ISO 639-1 code; the JDK knows only 639-2. */
  private static final Map<String, String> INDIVIDUAL_TO_MACRO = Map.ofEntries(
      Map.entry("cmn", "zh"), Map.entry("yue", "zh"), Map.entry("wuu", "zh"), Map.entry("nan", "zh"),
      Map.entry("hak", "zh"), Map.entry("pes", "fa"), Map.entry("prs", "fa"), Map.entry("zsm", "ms"),
      Map.entry("ekk", "et"), Map.entry("lvs", "lv"), Map.entry("arb", "ar"), Map.entry("swh", "sw"),
      Map.entry("azj", "az"), Map.entry("uzn", "uz"), Map.entry("khk", "mn"), Map.entry("plt", "mg"),
      Map.entry("pnb", "pa"), Map.entry("npi", "ne"), Map.entry("ydd", "yi"), Map.entry("als", "sq"),
      Map.entry("kmr", "ku"), Map.entry("ckb", "ku"), Map.entry("gug", "gn"), Map.entry("quz", "qu"));

  /** ISO 639-2/T and /B three-letter codes to the two-letter code. */
  private static final Map<String, String> THREE_TO_TWO = threeToTwo();

  private LanguageCodes() {}

  private static Map<String, String> threeToTwo() {
    Map<String, String> codes = new HashMap<>();
    for (String twoLetter : Locale.getISOLanguages()) {
      try {
        codes.put(Locale.forLanguageTag(twoLetter).getISO3Language(), currentCode(twoLetter));
      } catch (MissingResourceException e) {
        // A two-letter code the JDK has no three-letter code for cannot be written in three letters.
      }
    }
    // The bibliographic 639-2/B codes that differ from the terminological ones the JDK returns.
    Map.of("ger", "de", "fre", "fr", "dut", "nl", "chi", "zh", "per", "fa", "cze", "cs", "gre", "el",
        "rum", "ro", "slo", "sk", "alb", "sq").forEach(codes::put);
    Map.of("arm", "hy", "baq", "eu", "bur", "my", "geo", "ka", "ice", "is", "mac", "mk", "mao", "mi",
        "may", "ms", "tib", "bo", "wel", "cy").forEach(codes::put);
    codes.putAll(INDIVIDUAL_TO_MACRO);
    return codes;
  }

  /**
   * The table's code for a tag or code as an input gives it, or null when it names no language
   * (blank, "und", "mul", not letters).
   */
  public static @Nullable String normalize(@Nullable String tagOrCode) {
    if (tagOrCode == null) {
      return null;
    }
    String primary = tagOrCode.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
    if (!primary.matches("[a-z]{2,3}") || primary.equals("und") || primary.equals("mul") || primary.equals("zxx")) {
      return null;
    }
    return primary.length() == 2 ? currentCode(primary) : THREE_TO_TWO.getOrDefault(primary, primary);
  }

  /** Hebrew, Indonesian and Yiddish had other codes before 1989, which the JDK still lists. */
  private static String currentCode(String twoLetter) {
    return switch (twoLetter) {
      case "iw" -> "he";
      case "in" -> "id";
      case "ji" -> "yi";
      default -> twoLetter;
    };
  }
}
