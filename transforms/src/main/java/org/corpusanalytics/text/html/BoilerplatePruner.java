package org.corpusanalytics.text.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes page furniture (scripts, navigation, widgets, hidden blocks) before scoring. Apart from
 * code-like tags, nothing is removed if it holds most of the page's prose: some sites wrap the
 * whole page in a {@code <form>} or give the article wrapper a widget-sounding class.
 */
final class BoilerplatePruner {

  /** Share of the page's non-link text above which an element is never considered furniture. */
  private static final double MAX_PRUNED_SHARE = 0.5;

  private final BoilerplateRules rules;
  private final boolean stripUnlikely;

  BoilerplatePruner(BoilerplateRules rules, boolean stripUnlikely) {
    this.rules = rules;
    this.stripUnlikely = stripUnlikely;
  }

  void prune(Element body) {
    TextStats stats = TextStats.compute(body);
    int pageProse = prose(stats.of(body));
    List<Element> doomed = new ArrayList<>();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element element) || element == body) {
              return FilterResult.CONTINUE;
            }
            if (rules.isAlwaysDropped(element)
                || (isUnlikelyElement(element) && rules.isCertainJunk(element))
                || (isFurniture(element) && prose(stats.of(element)) <= MAX_PRUNED_SHARE * pageProse)) {
              doomed.add(element);
              return FilterResult.SKIP_ENTIRELY;
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            return FilterResult.CONTINUE;
          }
        },
        body);
    doomed.forEach(Element::remove);
  }

  private boolean isFurniture(Element element) {
    if (rules.isDroppedTag(element) || isHidden(element)) {
      return true;
    }
    return stripUnlikely && isUnlikelyElement(element) && rules.isUnlikelyCandidate(element);
  }

  /** Links, tables and code are judged by content, never by class name (as Readability does). */
  private static boolean isUnlikelyElement(Element element) {
    return !element.nameIs("a") && !element.nameIs("table") && !element.nameIs("code");
  }

  private static boolean isHidden(Element element) {
    if (element.hasAttr("hidden") || "true".equals(element.attr("aria-hidden"))) {
      return true;
    }
    String style = element.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String compact = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return compact.contains("display:none") || compact.contains("visibility:hidden");
  }

  private static int prose(TextStats.Counts counts) {
    return counts.textLength - counts.linkLength;
  }
}
