package org.corpusanalytics.text.ner;

import java.util.Locale;

/** What a nationality adjective or demonym ("Venezuelan", "Britons") resolves to. */
public enum DemonymMode {
  /** Its country, as a LOCATION ("Venezuelan" counts toward Venezuela). */
  COUNTRY,
  /** Itself, as MISC. */
  KEEP;

  /** "country" or "keep", any case. */
  public static DemonymMode parse(String value) {
    try {
      return valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("demonyms must be country or keep, got: " + value, e);
    }
  }
}
