package org.corpusanalytics.text.ner;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Acronyms the corpus pairs with a long form often enough that an article using the acronym alone
 * means that long form ("EC" in an article that never writes "European Community").
 *
 * <p>acronym key -> {long form as written -> number of articles that define the acronym as it
 * ({@link Acronyms})} -> {acronym key -> long form}. Long forms that share a key of
 * {@link EntityNames#key} are one expansion, written in its most frequent form (ties: the
 * alphabetically first). An acronym pairs with its most frequent expansion when
 * <ul>
 *   <li>at least {@code minArticles} articles define it so: a single definition may be one writer's
 *       coinage, two independent ones make it the corpus's usage (the job's default is 2);
 *   <li>and that expansion holds at least two thirds of the articles defining the acronym at all: no
 *       competing expansion is close, so an undefined use means the winner at least two times in three,
 *       if undefined uses follow the definitions.
 * </ul>
 * Only a name written as an acronym ({@link #isAcronym}: "EC", "U.N.") takes the long form, so "The
 * Who" is never read as "WHO".
 */
public final class AcronymPairing {
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}.&]{1,9}");

  private AcronymPairing() {}

  /** Whether a name is written as an acronym: an upper-case letter, then 1-9 upper-case letters, "." or "&". */
  public static boolean isAcronym(String name) {
    return ACRONYM.matcher(name).matches();
  }

  /**
   * @param definitions acronym key -> long form as written -> articles defining the acronym as it
   * @param minArticles the fewest defining articles the winning expansion needs, at least 1
   * @return acronym key -> long form, for the acronyms that pair
   */
  public static Map<String, String> pair(Map<String, Map<String, Long>> definitions, int minArticles) {
    if (minArticles < 1) {
      throw new IllegalArgumentException("minArticles must be at least 1, not " + minArticles);
    }
    Map<String, String> paired = new HashMap<>();
    definitions.forEach((acronym, longForms) -> {
      Map<String, Long> articlesByExpansion = new HashMap<>();
      Map<String, Map<String, Long>> formsByExpansion = new HashMap<>();
      longForms.forEach((form, articles) -> {
        String expansion = EntityNames.key(form);
        articlesByExpansion.merge(expansion, articles, Long::sum);
        formsByExpansion.computeIfAbsent(expansion, k -> new HashMap<>()).merge(form, articles, Long::sum);
      });
      long total = articlesByExpansion.values().stream().mapToLong(Long::longValue).sum();
      Map.Entry<String, Long> best = mostArticles(articlesByExpansion);
      if (best.getValue() >= minArticles && 3 * best.getValue() >= 2 * total) {
        paired.put(acronym, mostArticles(formsByExpansion.get(best.getKey())).getKey());
      }
    });
    return paired;
  }

  /** The entry with the most articles; ties: the alphabetically first key, so the result is deterministic. */
  private static Map.Entry<String, Long> mostArticles(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .min(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed()
            .thenComparing(Map.Entry::getKey))
        .orElseThrow();
  }

  /** The long form an acronym name stands for, or null: {@code name} must be written as an acronym. */
  public static String longForm(String name, Map<String, String> paired) {
    return isAcronym(name) ? paired.get(EntityNames.key(name)) : null;
  }

  /** Adds one article's definitions (acronym key -> long form) to the corpus counts, each once. */
  public static void count(Map<String, Map<String, Long>> definitions, Map<String, String> articleDefinitions) {
    articleDefinitions.forEach((acronym, form) ->
        definitions.computeIfAbsent(acronym, k -> new HashMap<>()).merge(form, 1L, Long::sum));
  }

  /** Merges another set of corpus counts into {@code into}. */
  public static void merge(Map<String, Map<String, Long>> into, Map<String, Map<String, Long>> other) {
    other.forEach((acronym, forms) -> forms.forEach((form, articles) ->
        into.computeIfAbsent(acronym, k -> new HashMap<>()).merge(form, articles, Long::sum)));
  }
}
