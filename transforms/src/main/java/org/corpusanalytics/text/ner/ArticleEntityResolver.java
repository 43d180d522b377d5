package org.corpusanalytics.text.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves the mentions of one article to canonical names.
 *
 * <p>[(surface, type)] in text order -> [(name, type)] of the same length, a null name where the
 * mention was nothing but a title. An acronym the article defines ({@link Acronyms}) becomes its long
 * form. A demonym ({@link Demonyms}) becomes its country as a LOCATION, or with {@link DemonymMode#KEEP}
 * stays itself as MISC; either way it is an adjective and never resolves to a longer name ("Venezuelan"
 * is not "Venezuelan Embassy"). Any other name resolves to a fuller name of the same article whose words
 * contain it as a contiguous run ("Trump" -> "Donald Trump", "Times" -> "New York Times") when that
 * fuller name has the same type, or is a person whose surname it is (the CRF often labels a lone
 * surname, as in "Maduro's government", as an organisation). Among several fuller names the most
 * mentioned wins, then the longest, then the first. Each name then takes the type most of its
 * full-form mentions have (ties: the first one's).
 */
public final class ArticleEntityResolver {
  /** One resolved mention. */
  public record Resolved(String name, EntityType type) {}

  private final EntityNames names;
  private final Demonyms demonyms;
  private final DemonymMode demonymMode;

  public ArticleEntityResolver(EntityNames names, Demonyms demonyms, DemonymMode demonymMode) {
    this.names = names;
    this.demonyms = demonyms;
    this.demonymMode = demonymMode;
  }

  /** The shipped name tables; demonyms resolve as {@code demonymMode} says. */
  public static ArticleEntityResolver standard(DemonymMode demonymMode) {
    return new ArticleEntityResolver(EntityNames.standard(), Demonyms.standard(), demonymMode);
  }

  /** Whether a mention is a demonym of the table ("Venezuelan", "Britons"), whatever it resolves to. */
  public boolean isDemonym(String surface) {
    return demonyms.country(names.clean(surface), names) != null;
  }

  /** An article's acronym definitions ({@link Acronyms#definedIn}) with their long forms as canonical names. */
  public Map<String, String> longForms(Map<String, String> acronyms) {
    Map<String, String> longForms = new HashMap<>();
    acronyms.forEach((acronym, longForm) -> longForms.put(acronym, names.clean(longForm)));
    return longForms;
  }

  /** As {@link #resolve(List, List, Map)} for an article that defines no acronym. */
  public List<Resolved> resolve(List<String> surfaces, List<EntityType> types) {
    return resolve(surfaces, types, Map.of());
  }

  /** @param acronyms the article's acronym definitions, {@link Acronyms#definedIn} */
  public List<Resolved> resolve(List<String> surfaces, List<EntityType> types, Map<String, String> acronyms) {
    List<String> cleaned = new ArrayList<>(surfaces.size());
    List<EntityType> typed = new ArrayList<>(types);
    Map<String, Integer> mentionsByName = new LinkedHashMap<>();
    Map<String, EntityType> typeOfName = new HashMap<>();
    Set<String> adjectives = new HashSet<>();
    for (int i = 0; i < surfaces.size(); i++) {
      String name = names.clean(surfaces.get(i));
      String longForm = acronyms.get(EntityNames.key(name));
      name = longForm != null ? names.clean(longForm) : name;
      String country = demonyms.country(name, names);
      if (country != null && demonymMode == DemonymMode.COUNTRY) {
        name = country;
        typed.set(i, EntityType.LOCATION);
      } else if (country != null) {
        adjectives.add(name);
        typed.set(i, EntityType.MISC);
      }
      name = EntityNames.key(name).isEmpty() ? null : name;
      cleaned.add(name);
      if (name != null) {
        mentionsByName.merge(name, 1, Integer::sum);
        typeOfName.putIfAbsent(name, typed.get(i));
      }
    }
    Map<String, String> canonical = new HashMap<>();
    for (String name : mentionsByName.keySet()) {
      canonical.put(name, adjectives.contains(name) ? name
          : fullerName(name, typeOfName.get(name), mentionsByName, typeOfName));
    }
    // "Bush" -> "George Bush" -> "George W. Bush": follow to the fullest name (words only grow, so it ends)
    canonical.replaceAll((name, target) -> {
      String fullest = target;
      while (!canonical.get(fullest).equals(fullest)) {
        fullest = canonical.get(fullest);
      }
      return fullest;
    });
    Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
    for (int i = 0; i < cleaned.size(); i++) {
      if (cleaned.get(i) != null && cleaned.get(i).equals(canonical.get(cleaned.get(i)))) {
        votes.computeIfAbsent(canonical.get(cleaned.get(i)), k -> new LinkedHashMap<>())
            .merge(typed.get(i), 1, Integer::sum);
      }
    }
    List<Resolved> resolved = new ArrayList<>(cleaned.size());
    for (String name : cleaned) {
      if (name == null) {
        resolved.add(null);
        continue;
      }
      String target = canonical.get(name);
      EntityType type = votes.get(target).entrySet().stream()
          .reduce((best, next) -> next.getValue() > best.getValue() ? next : best).orElseThrow().getKey();
      resolved.add(new Resolved(target, type));
    }
    return resolved;
  }

  private static String fullerName(
      String name, EntityType type, Map<String, Integer> mentionsByName, Map<String, EntityType> typeOfName) {
    String[] words = EntityNames.key(name).split(" ");
    String best = name;
    for (String candidate : mentionsByName.keySet()) {
      String[] fuller = EntityNames.key(candidate).split(" ");
      if (fuller.length <= words.length || !containsRun(fuller, words)) {
        continue;
      }
      boolean surname = words.length == 1 && typeOfName.get(candidate) == EntityType.PERSON
          && fuller[fuller.length - 1].equals(words[0]);
      if (typeOfName.get(candidate) != type && !surname) {
        continue;
      }
      if (best.equals(name) || better(candidate, best, mentionsByName)) {
        best = candidate;
      }
    }
    return best;
  }

  private static boolean better(String candidate, String current, Map<String, Integer> mentionsByName) {
    int byCount = Integer.compare(mentionsByName.get(candidate), mentionsByName.get(current));
    return byCount != 0 ? byCount > 0 : candidate.length() > current.length();
  }

  private static boolean containsRun(String[] words, String[] run) {
    for (int start = 0; start + run.length <= words.length; start++) {
      if (Arrays.equals(words, start, start + run.length, run, 0, run.length)) {
        return true;
      }
    }
    return false;
  }
}
