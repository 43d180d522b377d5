package org.corpusanalytics.text.ner;

/** The CoNLL-2003 entity classes: people, organisations, places, and other names (events, nationalities, works). */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  MISC;

  /** The type for a recogniser's label, or null for "outside any entity" and labels of other schemes. */
  public static EntityType fromLabel(String label) {
    return switch (label) {
      case "PERSON", "PER" -> PERSON;
      case "ORGANIZATION", "ORG" -> ORGANIZATION;
      case "LOCATION", "LOC" -> LOCATION;
      case "MISC" -> MISC;
      default -> null;
    };
  }
}
