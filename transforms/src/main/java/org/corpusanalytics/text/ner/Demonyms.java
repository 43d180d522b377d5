package org.corpusanalytics.text.ner;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Nationality adjectives and nouns for people ("Venezuelan", "Britons", "U.S.-based") and the country
 * each stands for.
 *
 * <p>Tables: {@code demonyms-en.tsv} (derived from mledoze/countries, ODbL 1.0; see its header) and
 * {@code demonyms-curated-en.tsv} (irregular nouns). A regular plural ("Venezuelans") is the demonym
 * plus "s"; "X-based" stands for X's country when X is a country name, an alias of one or a demonym.
 */
public final class Demonyms {
  private static final String BASED = " based";

  private final Map<String, String> countryByDemonym;
  private final Set<String> countryKeys;

  Demonyms(Map<String, String> countryByDemonym) {
    this.countryByDemonym = countryByDemonym;
    this.countryKeys = new HashSet<>();
    countryByDemonym.values().forEach(country -> countryKeys.add(EntityNames.key(country)));
  }

  /** The shipped tables, loaded once per JVM. */
  public static Demonyms standard() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final Demonyms INSTANCE = new Demonyms(read());
  }

  private static Map<String, String> read() {
    Map<String, String> byDemonym = new HashMap<>();
    for (String resource : new String[] {"demonyms-en.tsv", "demonyms-curated-en.tsv"}) {
      for (String line : EntityNames.lines(resource)) {
        String[] columns = line.split("\t");
        if (columns.length != 2) {
          throw new IllegalStateException(resource + ": expected country<TAB>demonyms, got: " + line);
        }
        for (String demonym : columns[1].split("\\|")) {
          byDemonym.put(EntityNames.key(demonym), columns[0]);
        }
      }
    }
    return byDemonym;
  }

  /**
   * The country a demonym stands for, or null when the name is none. {@code names} resolves the X of
   * "X-based" ("U.S." -> "United States").
   */
  public String country(String name, EntityNames names) {
    String key = EntityNames.key(name);
    String country = countryByDemonym.get(key);
    if (country == null && key.endsWith("s")) {
      country = countryByDemonym.get(key.substring(0, key.length() - 1));
    }
    if (country == null && key.endsWith(BASED) && key.length() > BASED.length()) {
      String place = names.clean(name.substring(0, name.toLowerCase(Locale.ROOT).lastIndexOf("based")));
      country = countryKeys.contains(EntityNames.key(place)) ? place : countryByDemonym.get(EntityNames.key(place));
    }
    return country;
  }
}
