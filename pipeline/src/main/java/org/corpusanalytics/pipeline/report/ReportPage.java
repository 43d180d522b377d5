package org.corpusanalytics.pipeline.report;

import static org.corpusanalytics.pipeline.report.Html.count;
import static org.corpusanalytics.pipeline.report.Html.escape;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corpusanalytics.pipeline.output.CountRows;
import org.corpusanalytics.pipeline.output.RunSummary;

/**
 * The report as one HTML page: styles and the network's script inlined from this package's
 * resources, charts as inline SVG, the network's data as JSON in a non-executed script element.
 * A Content-Security-Policy forbids every fetch, so the page works offline and a stray reference to
 * anything outside it shows as a console error; another inline script records any script error on
 * the root element ({@code data-report-error}), and the network script marks the body
 * {@code data-ready="true"} when it has drawn.
 */
final class ReportPage {
  private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'";
  private static final String ERROR_HOOK = "window.addEventListener('error', function (event) {"
      + " document.documentElement.setAttribute('data-report-error', String(event.message || event)); });";

  private ReportPage() {}

  static String render(RunSummary summary, ReportData data) {
    StringBuilder page = new StringBuilder(64 * 1024);
    page.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>Corpus report</title><script>").append(ERROR_HOOK).append("</script>")
        .append("<style>").append(resource("report.css")).append("</style></head><body>\n");
    Object input = ((Map<?, ?>) summary.json().getOrDefault("options", Map.of())).get("input");
    String inputs = input instanceof List<?> list ? String.join(", ", list.stream().map(String::valueOf).toList())
        : String.valueOf(input);
    page.append("<header><h1>Corpus report</h1><p>input ").append(escape(inputs))
        .append(" \u00b7 corpus-analytics ").append(escape(String.valueOf(summary.json().get("project_version"))))
        .append("</p></header><main>\n");
    overview(page, summary);
    LanguageSection.render(page, summary);
    rejects(page, summary, data);
    sentiment(page, data);
    timeline(page, data);
    groups(page, data);
    entities(page, data);
    network(page, data);
    terms(page, data);
    page.append("</main><script>").append(resource("network.js")).append("</script></body></html>\n");
    return page.toString();
  }

  private static void overview(StringBuilder page, RunSummary summary) {
    page.append("<section id=\"overview\"><h2>Corpus overview</h2><div class=\"cards\">");
    card(page, count(summary.recordsRead()), "records read");
    card(page, count(summary.counter("filesRead")), "files read");
    card(page, count(summary.articlesWritten()), "articles");
    card(page, count(summary.rejected()), "rejected");
    card(page, count(summary.counter("duplicateCopies")) + " in " + count(summary.counter("duplicateGroups")),
        "near-duplicate copies in groups (counted once)");
    card(page, count(summary.counter("sentences")), "sentences");
    card(page, count(summary.counter("tokens")), "tokens");
    card(page, count(summary.counter(CountRows.ROWS_PREFIX + "entities")), "entities");
    card(page, count(summary.counter(CountRows.ROWS_PREFIX + "entity_mentions")), "entity mentions");
    card(page, count(summary.counter(CountRows.ROWS_PREFIX + "cooccurrence")), "entity pairs");
    card(page, String.format(Locale.ROOT, "%.1f s", ((Number) summary.json().getOrDefault("seconds", 0.0)).doubleValue()),
        "run time");
    page.append("</div>");
    List<?> stages = (List<?>) summary.json().get("stages");
    if (stages != null) {
      page.append("<details><summary>Stages: element counts, and when each count was first seen and last changed"
          + " (seconds from the start, polled every second; stages overlap)</summary><table><tr><th>stage</th>"
          + "<th class=\"num\">count</th><th class=\"num\">first</th><th class=\"num\">last change</th></tr>");
      for (Object stage : stages) {
        Map<?, ?> row = (Map<?, ?>) stage;
        page.append("<tr><td>").append(escape(String.valueOf(row.get("stage")))).append("</td><td class=\"num\">")
            .append(count(((Number) row.get("count")).longValue())).append("</td><td class=\"num\">")
            .append(seconds(row.get("first_seconds"))).append("</td><td class=\"num\">")
            .append(seconds(row.get("last_change_seconds"))).append("</td></tr>");
      }
      page.append("</table></details>");
    }
    page.append("</section>\n");
  }

  private static void rejects(StringBuilder page, RunSummary summary, ReportData data) {
    page.append("<section id=\"rejects\"><h2>Rejects by reason</h2>");
    Map<String, Long> byReason = summary.withPrefix("rejects_");
    if (byReason.isEmpty()) {
      page.append("<p class=\"note\">No input record was rejected: every record became an article.</p></section>\n");
      return;
    }
    page.append(String.format(Locale.ROOT, "<p class=\"note\">%s of %s records (%.1f%%) produced no article; the "
            + "<code>rejects</code> table keeps each one with its reason and raw start.</p>", count(summary.rejected()),
        count(summary.recordsRead()), 100.0 * summary.rejected() / Math.max(1, summary.recordsRead())));
    List<SvgCharts.Bar> bars = new ArrayList<>();
    byReason.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).forEach(reason ->
        bars.add(new SvgCharts.Bar(reason.getKey(), reason.getValue(), count(reason.getValue()), "#c0504d",
            reason.getKey() + ": " + count(reason.getValue()) + " records")));
    page.append("<div class=\"grid2\"><div>").append(SvgCharts.bars(bars, "Rejected records by reason"))
        .append("</div><div><table><tr><th>reason</th><th>source</th><th>detail</th></tr>");
    for (ReportData.RejectExample example : data.rejectExamples()) {
      page.append("<tr><td>").append(escape(example.reason())).append("</td><td class=\"source\">")
          .append(escape(Html.shorten(example.source(), 120))).append("</td><td>")
          .append(escape(Html.shorten(example.detail(), 160))).append("</td></tr>");
    }
    page.append("</table></div></div></section>\n");
  }

  private static void sentiment(StringBuilder page, ReportData data) {
    page.append("<section id=\"sentiment\"><h2>Sentiment distribution</h2>");
    page.append(String.format(Locale.ROOT, "<p class=\"note\">Article sentiment is the mean compound score of its "
            + "sentences. Mean over %s articles: %s; %.0f%% positive (\u2265 0.05), %.0f%% negative (\u2264 \u22120.05), "
            + "the rest neutral.</p>", count(data.articles()), Html.sentiment(data.meanSentiment()),
        percent(data.positiveArticles(), data.articles()), percent(data.negativeArticles(), data.articles())));
    page.append(SvgCharts.histogram(data.sentimentBins())).append("</section>\n");
  }

  private static void timeline(StringBuilder page, ReportData data) {
    page.append("<section id=\"timeline\"><h2>Sentiment over time</h2>");
    if (data.timeline().periods().isEmpty()) {
      page.append("<p class=\"note\">No article has a publication date (<code>published_at</code>), so there is no "
          + "timeline. JSON Lines records give it as <code>published_at</code>; HTML pages as "
          + "<code>article:published_time</code>.</p></section>\n");
      return;
    }
    page.append(String.format(Locale.ROOT, "<p class=\"note\">%s of %s articles are dated; per %s, UTC.</p>",
        count(data.datedArticles()), count(data.articles()), escape(data.timeline().unit())));
    page.append(SvgCharts.timeline(data.timeline())).append("</section>\n");
  }

  private static void groups(StringBuilder page, ReportData data) {
    if (data.groups().isEmpty()) {
      return;
    }
    page.append("<section id=\"groups\"><h2>Sentiment by source folder</h2><p class=\"note\">Articles grouped by the "
        + "folder their file is in (for a URL, the last path segment before the page).</p>");
    List<SvgCharts.Bar> bars = data.groups().stream()
        .map(group -> new SvgCharts.Bar(group.name(), group.meanSentiment(),
            Html.sentiment(group.meanSentiment()) + " (" + count(group.articles()) + " articles)",
            Html.sentimentColor(group.meanSentiment()), group.name() + ": mean sentiment "
                + Html.sentiment(group.meanSentiment()) + " over " + count(group.articles()) + " articles"))
        .toList();
    page.append(SvgCharts.divergingBars(bars, "Mean article sentiment by source folder")).append("</section>\n");
  }

  private static void entities(StringBuilder page, ReportData data) {
    page.append("<section id=\"entities\"><h2>Top entities</h2><p class=\"note\">The most mentioned entities of each "
        + "type; bar length is mentions, colour the mean sentiment of the sentences mentioning them.</p>");
    legendSentiment(page);
    if (data.topEntities().isEmpty()) {
      page.append("<p class=\"note\">No entity was recognised.</p>");
    }
    page.append("<div class=\"grid2\">");
    data.topEntities().forEach((type, entities) -> {
      List<SvgCharts.Bar> bars = entities.stream()
          .map(entity -> new SvgCharts.Bar(entity.name(), entity.mentions(), count(entity.mentions()) + "  "
              + Html.sentiment(entity.meanSentiment()), Html.sentimentColor(entity.meanSentiment()), entity.name() + ": "
              + count(entity.mentions()) + " mentions in " + count(entity.documents()) + " articles, mean sentiment "
              + Html.sentiment(entity.meanSentiment())))
          .toList();
      page.append("<div><h3>").append(escape(type.toLowerCase(Locale.ROOT))).append("</h3>")
          .append(SvgCharts.bars(bars, "Most mentioned " + type)).append("</div>");
    });
    page.append("</div></section>\n");
  }

  private static void network(StringBuilder page, ReportData data) {
    page.append("<section id=\"network-section\"><h2>Co-occurrence network</h2><p class=\"note\">The ")
        .append(data.edges().size()).append(" entity pairs found together in the most sentences, among the ")
        .append(CollectReportData.NETWORK_CANDIDATES).append(" most mentioned entities. Node size: mentions; "
            + "colour: type; edge width: sentences together; edge colour: their mean sentiment. Drag nodes, drag the "
            + "background to pan, scroll to zoom, hover for numbers.</p><div class=\"legend\">");
    for (String[] type : new String[][] {{"PERSON", "#3b6fc9"}, {"ORGANIZATION", "#e08a00"}, {"LOCATION", "#1e9e50"},
        {"MISC", "#9b4dca"}}) {
      page.append("<span><i style=\"background:").append(type[1]).append("\"></i>")
          .append(type[0].toLowerCase(Locale.ROOT)).append("</span>");
    }
    page.append("</div><div class=\"network-box\"><svg id=\"network\" viewBox=\"0 0 1000 640\" role=\"img\">"
        + "<title>Entity co-occurrence network</title></svg><div id=\"network-tooltip\" hidden></div></div>");
    if (data.edges().isEmpty()) {
      page.append("<p class=\"note\">No two entities share a sentence.</p>");
    }
    page.append("<script type=\"application/json\" id=\"network-data\">").append(networkJson(data))
        .append("</script></section>\n");
  }

  private static void terms(StringBuilder page, ReportData data) {
    page.append("<section id=\"terms\"><h2>Top terms</h2><p class=\"note\">Words of three or more letters, stop words excluded. Left: in the most "
        + "articles. Right: the highest summed TF-IDF, occurrences \u00d7 ln(articles / articles containing the term), "
        + "which favours terms frequent in a few articles.</p><div class=\"grid2\"><div><h3>by document frequency</h3>");
    page.append(SvgCharts.bars(data.termsByDocuments().stream()
        .map(term -> new SvgCharts.Bar(term.term(), term.documents(), count(term.documents()), "#5a7bb5",
            term.term() + ": in " + count(term.documents()) + " articles, " + count(term.occurrences()) + " times"))
        .toList(), "Terms in the most articles"));
    page.append("</div><div><h3>by TF-IDF weight</h3>");
    page.append(SvgCharts.bars(data.termsByWeight().stream()
        .map(term -> new SvgCharts.Bar(term.term(), term.weight(), Html.number(term.weight(), 0), "#7a5ab5",
            term.term() + ": " + count(term.occurrences()) + " times in " + count(term.documents()) + " articles"))
        .toList(), "Terms with the highest TF-IDF weight"));
    page.append("</div></div>");
    if (!data.folderTerms().isEmpty()) {
      page.append("<h3>Distinctive terms by source folder</h3><p class=\"note\">Terms used far more in one folder "
          + "than in the whole corpus (score: count there \u00d7 ln of its share there over its share overall).</p>"
          + "<div class=\"grid2\">");
      data.folderTerms().forEach((folder, terms) -> {
        if (!terms.isEmpty()) {
          page.append("<div><h3>").append(escape(folder)).append("</h3>").append(SvgCharts.bars(terms.stream()
              .map(term -> new SvgCharts.Bar(term.term(), term.score(), count(term.inFolder()) + " of "
                  + count(term.inCorpus()), "#3f8f8a", term.term() + ": " + count(term.inFolder()) + " of its "
                  + count(term.inCorpus()) + " occurrences are in " + folder))
              .toList(), "Distinctive terms of " + folder)).append("</div>");
        }
      });
      page.append("</div>");
    }
    page.append("</section>\n");
  }

  /** The network as JSON, with &lt; &gt; &amp; escaped so no string can close the script element. */
  static String networkJson(ReportData data) {
    Map<String, Integer> index = new HashMap<>();
    List<Map<String, Object>> nodes = new ArrayList<>();
    for (ReportData.Entity entity : data.nodes()) {
      index.put(entity.name(), nodes.size());
      Map<String, Object> node = new LinkedHashMap<>();
      node.put("name", entity.name());
      node.put("type", entity.type());
      node.put("mentions", entity.mentions());
      node.put("documents", entity.documents());
      node.put("sentiment", entity.meanSentiment());
      nodes.add(node);
    }
    List<Map<String, Object>> edges = new ArrayList<>();
    for (ReportData.Pair pair : data.edges()) {
      Map<String, Object> edge = new LinkedHashMap<>();
      edge.put("source", index.get(pair.a()));
      edge.put("target", index.get(pair.b()));
      edge.put("count", pair.count());
      edge.put("npmi", pair.npmi());
      edge.put("sentiment", pair.meanSentiment());
      edges.add(edge);
    }
    try {
      return new ObjectMapper().writeValueAsString(Map.of("nodes", nodes, "edges", edges))
          .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("network data is plain maps and lists", e);
    }
  }

  private static void legendSentiment(StringBuilder page) {
    page.append("<div class=\"legend\">");
    for (double value : new double[] {-0.5, -0.25, 0, 0.25, 0.5}) {
      page.append("<span><i class=\"line\" style=\"background:").append(Html.sentimentColor(value)).append("\"></i>")
          .append(Html.sentiment(value)).append("</span>");
    }
    page.append("</div>");
  }

  private static void card(StringBuilder page, String value, String label) {
    page.append("<div class=\"card\"><b>").append(escape(value)).append("</b><span>").append(escape(label))
        .append("</span></div>");
  }

  private static String seconds(Object value) {
    return value == null ? "\u2013" : String.format(Locale.ROOT, "%.1f", ((Number) value).doubleValue());
  }

  private static double percent(long part, long whole) {
    return whole == 0 ? 0 : 100.0 * part / whole;
  }

  private static String resource(String name) {
    try (InputStream in = ReportPage.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " beside " + ReportPage.class.getName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
