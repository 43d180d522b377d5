package org.corpusanalytics.pipeline.report;

import static org.corpusanalytics.pipeline.report.Html.count;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corpusanalytics.pipeline.output.RunSummary;

/** The report's "Articles by language" section, from the run summary's counts. */
final class LanguageSection {
  private LanguageSection() {}

  static void render(StringBuilder page, RunSummary summary) {
    page.append("<section id=\"languages\"><h2>Articles by language</h2>");
    Map<String, Long> byLanguage = summary.withPrefix("articles_");
    page.append(String.format("<p class=\"note\">Language given by the input for %s articles, identified from the "
            + "text for %s, too little text to tell for %s (<code>und</code>). Sentiment, entities and English stop "
            + "words apply to English articles only; %s articles gave their language and the text strongly "
            + "disagreed.</p>", count(summary.counter("languageFromInput")), count(summary.counter("languageDetected")),
        count(summary.counter("languageUndetermined")), count(summary.counter("languageDisagreements"))));
    List<SvgCharts.Bar> bars = new ArrayList<>();
    byLanguage.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).forEach(language ->
        bars.add(new SvgCharts.Bar(language.getKey(), language.getValue(), count(language.getValue()), "#4f81bd",
            language.getKey() + ": " + count(language.getValue()) + " articles")));
    if (!bars.isEmpty()) {
      page.append(SvgCharts.bars(bars, "Articles by language"));
    }
    page.append("</section>\n");
  }
}
