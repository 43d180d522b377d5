package org.corpusanalytics.text.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names whose form makes them an organisation's: a designator noun ({@code organisation-designators-en.txt})
 * followed by "of", "for", "de", "del", "des", "du" or "della" ("Cartel de los Soles", "Bank of England").
 * The CRF, which has seen few Spanish names, reads "Cartel de los Soles" as a place.
 */
public final class OrganisationNames {
  private static final Set<String> CONNECTIVES = Set.of("of", "for", "de", "del", "des", "du", "della");
  private static final Set<String> DESIGNATORS = new HashSet<>(EntityNames.lines("organisation-designators-en.txt"));

  private OrganisationNames() {}

  /** Whether a mention's words ("Cartel de los Soles") have an organisation name's form. */
  public static boolean hasOrganisationForm(String words) {
    String[] parts = words.strip().split("\\s+", 3);
    return parts.length == 3 && DESIGNATORS.contains(parts[0].toLowerCase(Locale.ROOT))
        && Character.isUpperCase(parts[0].charAt(0)) && CONNECTIVES.contains(parts[1]);
  }

  /** The spans, those of organisation form (other than MISC) labelled ORGANIZATION. */
  static List<EntitySpan> relabel(String text, List<EntitySpan> spans) {
    return spans.stream()
        .map(span -> span.type() != EntityType.MISC && span.type() != EntityType.ORGANIZATION
            && hasOrganisationForm(text.substring(span.start(), span.end()))
            ? new EntitySpan(span.start(), span.end(), EntityType.ORGANIZATION) : span)
        .toList();
  }
}
