package org.corpusanalytics.text.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Readability-style candidate scoring: every paragraph-like block adds a score (commas and length)
 * to its nearest ancestors, the score is discounted by link density, and the best ancestor wins.
 */
final class ContentScorer {

  /** Ancestors beyond this distance are too generic (page wrappers) to receive a score. */
  private static final int ANCESTOR_LEVELS = 5;

  private static final int TOP_CANDIDATES = 5;

  /** How far above the best chunk to look for the container of all its look-alike chunks. */
  private static final int CLIMB_LEVELS = 5;

  /** Look-alike chunks must add this much prose before a wider root is worth the extra risk. */
  private static final double CLIMB_RATIO = 1.3;

  private final BoilerplateRules rules;
  private final boolean weighClasses;

  ContentScorer(BoilerplateRules rules, boolean weighClasses) {
    this.rules = rules;
    this.weighClasses = weighClasses;
  }

  /** The chosen content root plus sibling blocks that belong to the article, in document order. */
  List<Element> select(Element body, TextStats stats) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    NodeTraversor.traverse(
        (node, depth) -> {
          if (node instanceof Element element && isScorable(element)) {
            scoreBlock(element, stats.of(element), scores);
          }
        },
        body);
    if (scores.isEmpty()) {
      return List.of(body);
    }
    List<Element> ranked = new ArrayList<>(scores.keySet());
    Map<Element, Double> finals = new IdentityHashMap<>();
    for (Element candidate : ranked) {
      finals.put(candidate, scores.get(candidate) * (1 - stats.of(candidate).linkDensity()));
    }
    ranked.sort((a, b) -> Double.compare(finals.get(b), finals.get(a)));
    Element top = climbToFullArticle(promoteToCommonAncestor(ranked, finals), stats);
    double topScore = Math.max(finals.getOrDefault(top, 0.0), finals.get(ranked.get(0)));
    return withSiblings(top, topScore, finals, stats);
  }

  /** Blocks that can hold paragraph text; containers only count their own, not nested, text. */
  private static boolean isScorable(Element element) {
    return switch (element.normalName()) {
      case "p", "pre", "td", "blockquote", "div", "section", "article", "main", "center", "dd" ->
          true;
      default -> false;
    };
  }

  private void scoreBlock(Element block, TextStats.Counts counts, Map<Element, Double> scores) {
    if (counts.ownTextLength < TextStats.MIN_PROSE_LENGTH || counts.ownLinkDensity() > 0.5) {
      return;
    }
    double score = 1 + counts.ownCommas + Math.min(3, counts.ownTextLength / 100);
    // Text runs directly inside a container (between its child blocks) are paragraphs of that
    // container, so the container itself is their first ancestor; a leaf block's is its parent.
    Element ancestor = isParagraphTag(block) || !hasBlockChild(block) ? block.parent() : block;
    for (int level = 0; ancestor != null && level < ANCESTOR_LEVELS; level++) {
      if (ancestor.nameIs("body") || ancestor.nameIs("html")) {
        break;
      }
      double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
      double base = scores.computeIfAbsent(ancestor, this::initialScore);
      scores.put(ancestor, base + score / divider);
      ancestor = ancestor.parent();
    }
  }

  private static boolean isParagraphTag(Element element) {
    return element.nameIs("p") || element.nameIs("pre") || element.nameIs("td")
        || element.nameIs("blockquote");
  }

  private static boolean hasBlockChild(Element element) {
    for (Element child : element.children()) {
      if (BoilerplateRules.isBlock(child)) {
        return true;
      }
    }
    return false;
  }

  private double initialScore(Element element) {
    double score =
        switch (element.normalName()) {
          case "div", "article", "main" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    return weighClasses ? score + rules.classWeight(element) : score;
  }

  /**
   * When several strong candidates sit under one ancestor, the article is usually split into
   * sections and that ancestor is the real root.
   */
  private static Element promoteToCommonAncestor(List<Element> ranked, Map<Element, Double> finals) {
    Element top = ranked.get(0);
    double topScore = finals.get(top);
    List<Element> alternatives = new ArrayList<>();
    for (int i = 1; i < Math.min(ranked.size(), TOP_CANDIDATES); i++) {
      if (finals.get(ranked.get(i)) >= 0.75 * topScore) {
        alternatives.add(ranked.get(i));
      }
    }
    if (alternatives.size() < 3) {
      return top;
    }
    for (Element ancestor = top.parent();
        ancestor != null && !ancestor.nameIs("body");
        ancestor = ancestor.parent()) {
      int contained = 0;
      for (Element alternative : alternatives) {
        if (alternative != ancestor && isAncestor(ancestor, alternative)) {
          contained++;
        }
      }
      if (contained >= 3) {
        return ancestor;
      }
    }
    return top;
  }

  /**
   * Articles interrupted by ads or embeds are often split into several chunks that share the same
   * markup, so the best single chunk misses most of the text. Move up to the nearest ancestor whose
   * look-alike chunks hold clearly more prose; teaser lists around the article do not count because
   * they are built from different markup.
   */
  private static Element climbToFullArticle(Element top, TextStats stats) {
    Element current = top;
    while (!current.className().isEmpty()) {
      int prose = stats.of(current).proseLength;
      Element next = null;
      Element ancestor = current.parent();
      for (int level = 0; level < CLIMB_LEVELS && ancestor != null; level++) {
        if (ancestor.nameIs("body") || ancestor.nameIs("html")) {
          break;
        }
        if (lookAlikeProse(ancestor, current, stats) >= CLIMB_RATIO * prose) {
          next = ancestor;
          break;
        }
        ancestor = ancestor.parent();
      }
      if (next == null) {
        return current;
      }
      current = next;
    }
    return current;
  }

  /** Prose inside {@code scope} held by elements with the same tag and class as {@code chunk}. */
  private static int lookAlikeProse(Element scope, Element chunk, TextStats stats) {
    int[] total = {0};
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof Element element
                && element.normalName().equals(chunk.normalName())
                && element.className().equals(chunk.className())) {
              total[0] += stats.of(element).proseLength;
              return FilterResult.SKIP_CHILDREN;
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            return FilterResult.CONTINUE;
          }
        },
        scope);
    return total[0];
  }

  private static boolean isAncestor(Element ancestor, Element node) {
    for (Element e = node.parent(); e != null; e = e.parent()) {
      if (e == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** Siblings that score well, share the root's class, or are clean prose paragraphs. */
  private static List<Element> withSiblings(
      Element top, double topScore, Map<Element, Double> finals, TextStats stats) {
    Element parent = top.parent();
    if (parent == null) {
      return List.of(top);
    }
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> parts = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        parts.add(sibling);
        continue;
      }
      double bonus =
          !top.className().isEmpty() && top.className().equals(sibling.className())
              ? topScore * 0.2
              : 0;
      Double score = finals.get(sibling);
      if (score != null && score + bonus >= threshold) {
        parts.add(sibling);
      } else if (sibling.nameIs("p") && isProse(stats.of(sibling), sibling)) {
        parts.add(sibling);
      }
    }
    return parts;
  }

  private static boolean isProse(TextStats.Counts counts, Element paragraph) {
    if (counts.textLength > 80) {
      return counts.linkDensity() < 0.25;
    }
    return counts.textLength > 0
        && counts.linkLength == 0
        && paragraph.text().matches("(?s).*\\.( |$).*");
  }
}
