package org.corpusanalytics.text.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes one article's labels agree with each other (after Krishnan and Manning 2006: a name keeps
 * one label throughout a document).
 *
 * <p>[sentence -> [span]] -> [sentence -> [span]], the same spans, over one article's text:
 * <ol>
 *   <li>a name (its exact words) labelled more than one way takes the type that more of its mentions
 *       have than any other (a tie changes nothing);
 *   <li>a name whose words run inside longer names of the article, all of them people's, is a person
 *       ("Simmons" inside "Phil Simmons" is a person even where the CRF said place). Only a person's
 *       name has short forms so: a place inside an event's or a team's name ("U.S." in "U.S. Open",
 *       "Volgograd" in "Rotor Volgograd") is no short form of it, and passing every type cost 1.2 F1
 *       on the CoNLL-2003 development part.
 * </ol>
 * Adding mentions where the CRF found none (a third rule of that paper) gained nothing on the CoNLL-2003
 * development part, so spans are never added or moved.
 */
public final class LabelConsistency {
  private LabelConsistency() {}

  public static List<List<EntitySpan>> apply(String text, List<List<EntitySpan>> spans) {
    Map<String, Map<EntityType, Integer>> votes = new LinkedHashMap<>();
    for (List<EntitySpan> sentence : spans) {
      for (EntitySpan span : sentence) {
        votes.computeIfAbsent(surface(text, span), name -> new LinkedHashMap<>()).merge(span.type(), 1, Integer::sum);
      }
    }
    Map<String, EntityType> relabelled = majorityTypes(votes);
    relabelled.putAll(longerNameTypes(votes, relabelled));
    List<List<EntitySpan>> consistent = new ArrayList<>(spans.size());
    for (List<EntitySpan> sentence : spans) {
      List<EntitySpan> labelled = new ArrayList<>(sentence.size());
      for (EntitySpan span : sentence) {
        labelled.add(new EntitySpan(span.start(), span.end(),
            relabelled.getOrDefault(surface(text, span), span.type())));
      }
      consistent.add(labelled);
    }
    return consistent;
  }

  /** Name labelled more than one way -> the type with more mentions than every other, if there is one. */
  private static Map<String, EntityType> majorityTypes(Map<String, Map<EntityType, Integer>> votes) {
    Map<String, EntityType> types = new HashMap<>();
    votes.forEach((name, counts) -> {
      EntityType best = null;
      int bestCount = 0;
      boolean tie = false;
      for (Map.Entry<EntityType, Integer> entry : counts.entrySet()) {
        if (entry.getValue() > bestCount) {
          best = entry.getKey();
          bestCount = entry.getValue();
          tie = false;
        } else if (entry.getValue() == bestCount) {
          tie = true;
        }
      }
      if (counts.size() > 1 && !tie) {
        types.put(name, best);
      }
    });
    return types;
  }

  /** Name -> PERSON when all longer names its words run inside are people's (by then-current labels). */
  private static Map<String, EntityType> longerNameTypes(
      Map<String, Map<EntityType, Integer>> votes, Map<String, EntityType> relabelled) {
    Map<String, EntityType> passed = new HashMap<>();
    for (String name : votes.keySet()) {
      String padded = " " + name + " ";
      Set<EntityType> longer = new HashSet<>();
      for (String other : votes.keySet()) {
        if (other.length() > name.length() && (" " + other + " ").contains(padded)) {
          longer.add(relabelled.getOrDefault(other, votes.get(other).keySet().iterator().next()));
        }
      }
      if (longer.equals(Set.of(EntityType.PERSON))) {
        passed.put(name, longer.iterator().next());
      }
    }
    return passed;
  }

  /** A mention's words with runs of white space as one space. */
  static String surface(String text, EntitySpan span) {
    return text.substring(span.start(), span.end()).replaceAll("\\s+", " ");
  }
}
