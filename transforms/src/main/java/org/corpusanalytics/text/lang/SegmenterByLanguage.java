package org.corpusanalytics.text.lang;

import java.util.HashMap;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.corpusanalytics.text.OpenNlpSegmenter;
import org.corpusanalytics.text.TextSegmenter;

/**
 * Routes an article to the segmenter of its language: OpenNLP's English models (with the English
 * stop words) for English, and {@link BreakIteratorSegmenter} with the language's own stop words for
 * every other language. Articles whose language is unknown (too little text to tell) are segmented
 * as English, the job's default. Each segmenter is made on first use; use one instance per thread.
 */
public final class SegmenterByLanguage {
  private final TextSegmenter english = new OpenNlpSegmenter();
  private final Map<String, TextSegmenter> others = new HashMap<>();

  public TextSegmenter forLanguage(@Nullable String language) {
    return Languages.isEnglish(language) ? english : others.computeIfAbsent(language, BreakIteratorSegmenter::new);
  }
}
