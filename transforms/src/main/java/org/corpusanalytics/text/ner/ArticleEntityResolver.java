package org.corpusanalytics.text.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves the mentions of one article to canonical names.
 *
 * <p>[(surface, type)] in text order -> [(name, type)] of the same length, a null name where the
 * mention was nothing but a title. A name resolves to a fuller name of the same article whose words
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

  public ArticleEntityResolver(EntityNames names) {
    this.names = names;
  }

  public List<Resolved> resolve(List<String> surfaces, List<EntityType> types) {
    List<String> cleaned = new ArrayList<>(surfaces.size());
    Map<String, Integer> mentionsByName = new LinkedHashMap<>();
    Map<String, EntityType> typeOfName = new HashMap<>();
    for (int i = 0; i < surfaces.size(); i++) {
      String name = names.clean(surfaces.get(i));
      name = EntityNames.key(name).isEmpty() ? null : name;
      cleaned.add(name);
      if (name != null) {
        mentionsByName.merge(name, 1, Integer::sum);
        typeOfName.putIfAbsent(name, types.get(i));
      }
    }
    Map<String, String> canonical = new HashMap<>();
    for (String name : mentionsByName.keySet()) {
      canonical.put(name, fullerName(name, typeOfName.get(name), mentionsByName, typeOfName));
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
            .merge(types.get(i), 1, Integer::sum);
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
