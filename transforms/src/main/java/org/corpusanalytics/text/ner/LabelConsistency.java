package org.corpusanalytics.text.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corpusanalytics.text.TokenSpan;

/**
 * Makes one article's labels agree with each other (after Krishnan and Manning 2006: a name keeps
 * one label throughout a document).
 *
 * <p>[sentence -> [span]] -> [sentence -> [span]], over one article's text:
 * <ol>
 *   <li>every mention of a name (its exact words) takes the type most of that name's mentions have
 *       (ties keep each mention's own type);
 *   <li>a name whose words run inside longer names of the article, all of one type, takes that type
 *       ("Simmons" inside "Phil Simmons" is a person even where the CRF said organisation);
 *   <li>where the CRF missed a later or earlier occurrence of a name it found elsewhere in the
 *       article (same capitalised words, on token boundaries, overlapping no mention), that occurrence
 *       becomes a mention of the name's type.
 * </ol>
 */
public final class LabelConsistency {
  private LabelConsistency() {}

  public static List<List<EntitySpan>> apply(String text, List<List<TokenSpan>> sentences, List<List<EntitySpan>> spans) {
    Map<String, EntityType> byName = majorityTypes(text, spans);
    passLongerTypes(byName);
    List<List<EntitySpan>> consistent = new ArrayList<>(spans.size());
    for (int s = 0; s < spans.size(); s++) {
      List<EntitySpan> sentence = new ArrayList<>();
      for (EntitySpan span : spans.get(s)) {
        sentence.add(new EntitySpan(span.start(), span.end(), byName.get(surface(text, span))));
      }
      sentence.addAll(missedOccurrences(text, sentences.get(s), sentence, byName));
      sentence.sort(Comparator.comparingInt(EntitySpan::start));
      consistent.add(sentence);
    }
    return consistent;
  }

  /** Surface -> the type most of its mentions have; on a tie the first mention's type. */
  private static Map<String, EntityType> majorityTypes(String text, List<List<EntitySpan>> spans) {
    Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
    Map<String, EntityType> first = new HashMap<>();
    for (List<EntitySpan> sentence : spans) {
      for (EntitySpan span : sentence) {
        String name = surface(text, span);
        votes.computeIfAbsent(name, k -> new EnumMap<>(EntityType.class)).merge(span.type(), 1, Integer::sum);
        first.putIfAbsent(name, span.type());
      }
    }
    Map<String, EntityType> types = new HashMap<>();
    votes.forEach((name, counts) -> {
      EntityType best = first.get(name);
      for (Map.Entry<EntityType, Integer> entry : counts.entrySet()) {
        if (entry.getValue() > counts.get(best)) {
          best = entry.getKey();
        }
      }
      types.put(name, best);
    });
    return types;
  }

  /** A name inside longer names that all have one type takes that type. */
  private static void passLongerTypes(Map<String, EntityType> byName) {
    Map<String, EntityType> passed = new HashMap<>();
    for (String name : byName.keySet()) {
      String padded = " " + name + " ";
      Set<EntityType> longer = new HashSet<>();
      for (Map.Entry<String, EntityType> other : byName.entrySet()) {
        if (other.getKey().length() > name.length() && (" " + other.getKey() + " ").contains(padded)) {
          longer.add(other.getValue());
        }
      }
      if (longer.size() == 1) {
        passed.put(name, longer.iterator().next());
      }
    }
    byName.putAll(passed);
  }

  /** Unlabelled occurrences, in this sentence, of names labelled somewhere in the article. */
  private static List<EntitySpan> missedOccurrences(
      String text, List<TokenSpan> tokens, List<EntitySpan> labelled, Map<String, EntityType> byName) {
    if (tokens.isEmpty()) {
      return List.of();
    }
    Set<Integer> starts = new HashSet<>();
    Set<Integer> ends = new HashSet<>();
    for (TokenSpan token : tokens) {
      starts.add(token.start());
      ends.add(token.end());
    }
    int from = tokens.get(0).start();
    int to = tokens.get(tokens.size() - 1).end();
    String sentence = text.substring(from, to);
    List<EntitySpan> found = new ArrayList<>();
    // longest names first, so "New York Times" is found before "New York" could take its words
    List<Map.Entry<String, EntityType>> names = new ArrayList<>(byName.entrySet());
    names.sort(Comparator.comparingInt((Map.Entry<String, EntityType> name) -> -name.getKey().length())
        .thenComparing(Map.Entry::getKey));
    for (Map.Entry<String, EntityType> name : names) {
      if (!Character.isUpperCase(name.getKey().charAt(0))) {
        continue;
      }
      for (int at = sentence.indexOf(name.getKey()); at >= 0; at = sentence.indexOf(name.getKey(), at + 1)) {
        int start = from + at;
        int end = start + name.getKey().length();
        if (starts.contains(start) && ends.contains(end) && free(start, end, labelled) && free(start, end, found)) {
          found.add(new EntitySpan(start, end, name.getValue()));
        }
      }
    }
    return found;
  }

  private static boolean free(int start, int end, List<EntitySpan> spans) {
    for (EntitySpan span : spans) {
      if (span.start() < end && start < span.end()) {
        return false;
      }
    }
    return true;
  }

  /** A mention's words with runs of white space as one space. */
  static String surface(String text, EntitySpan span) {
    return text.substring(span.start(), span.end()).replaceAll("\\s+", " ");
  }
}
