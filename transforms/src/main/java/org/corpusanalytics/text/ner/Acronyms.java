package org.corpusanalytics.text.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Acronyms an article defines by writing them in brackets after the long form ("the European
 * Community (EC)"). An acronym counts as defined when its letters are the initials of the long form's
 * capitalised words, in order ("Organisation of Petroleum Exporting Countries (OPEC)").
 *
 * <p>(text, [span]) -> {acronym key -> long form as written}.
 */
public final class Acronyms {
  private static final Pattern BRACKETED = Pattern.compile("\\s*\\(\\s*(\\p{Lu}[\\p{Lu}.&]{1,9})\\s*\\)");

  private Acronyms() {}

  public static Map<String, String> definedIn(String text, List<EntitySpan> spans) {
    Map<String, String> defined = new HashMap<>();
    Matcher matcher = BRACKETED.matcher(text);
    for (EntitySpan span : spans) {
      if (!matcher.region(span.end(), text.length()).lookingAt()) {
        continue;
      }
      String acronym = matcher.group(1).replaceAll("[.&]", "");
      String longForm = text.substring(span.start(), span.end()).replaceAll("\\s+", " ");
      if (acronym.equals(initials(longForm))) {
        defined.put(EntityNames.key(acronym), longForm);
      }
    }
    return defined;
  }

  /** Initials of the capitalised words ("Organisation of Petroleum" -> "OP"), hyphenated parts too. */
  static String initials(String name) {
    StringBuilder initials = new StringBuilder();
    for (String word : name.split("[\\s-]+")) {
      if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
        initials.append(word.charAt(0));
      }
    }
    return initials.toString();
  }
}
