package org.corpusanalytics.text.lang;

import org.checkerframework.checker.nullness.qual.Nullable;

/** Which articles the English analyses (OpenNLP's English models, sentiment lexicons, the CRF) apply to. */
public final class Languages {
  public static final String ENGLISH = "en";

  private Languages() {}

  /** English, or unknown (too little text to tell, analysed as English, the job's default). */
  public static boolean isEnglish(@Nullable String language) {
    return language == null || language.equals(ENGLISH);
  }
}
