package org.corpusanalytics.text.html;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Per-element text statistics computed in a single iterative pass, so scoring never calls
 * {@code Element.text()} repeatedly (quadratic on deep trees) and never recurses.
 */
final class TextStats {

  /** Counters for one element's subtree; "own" counters cover text not inside a nested block. */
  static final class Counts {
    int textLength;
    int linkLength;
    int commas;
    int paragraphs;
    int listItems;
    int images;
    int inputs;
    int ownTextLength;
    int ownLinkLength;
    int ownCommas;
    /** Text of prose-like blocks (long enough, few links) anywhere in the subtree. */
    int proseLength;

    double linkDensity() {
      return textLength == 0 ? 0 : (double) linkLength / textLength;
    }

    double ownLinkDensity() {
      return ownTextLength == 0 ? 0 : (double) ownLinkLength / ownTextLength;
    }
  }

  /** Blocks shorter than this are labels, buttons or captions rather than prose. */
  static final int MIN_PROSE_LENGTH = 25;

  private static final Counts EMPTY = new Counts();

  private final Map<Element, Counts> counts;

  private TextStats(Map<Element, Counts> counts) {
    this.counts = counts;
  }

  Counts of(Element element) {
    return counts.getOrDefault(element, EMPTY);
  }

  static TextStats compute(Element root) {
    Map<Element, Counts> counts = new IdentityHashMap<>();
    Deque<Counts> blocks = new ArrayDeque<>();
    int[] linkDepth = {0};
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
              Element parent = (Element) node.parentNode();
              int length = visibleLength(text);
              if (length == 0 || parent == null) {
                return;
              }
              int commas = countCommas(text.getWholeText());
              Counts own = counts.computeIfAbsent(parent, e -> new Counts());
              own.textLength += length;
              own.commas += commas;
              if (linkDepth[0] > 0) {
                own.linkLength += length;
              }
              Counts block = blocks.peek();
              if (block != null) {
                block.ownTextLength += length;
                block.ownCommas += commas;
                if (linkDepth[0] > 0) {
                  block.ownLinkLength += length;
                }
              }
            } else if (node instanceof Element element) {
              Counts own = counts.computeIfAbsent(element, e -> new Counts());
              if (BoilerplateRules.isBlock(element)) {
                blocks.push(own);
              }
              if (element.nameIs("a")) {
                linkDepth[0]++;
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (!(node instanceof Element element)) {
              return;
            }
            Counts own = counts.get(element);
            if (BoilerplateRules.isBlock(element)) {
              blocks.pop();
              if (own.ownTextLength >= MIN_PROSE_LENGTH && own.ownLinkDensity() <= 0.5) {
                own.proseLength += own.ownTextLength;
              }
            }
            switch (element.normalName()) {
              case "a" -> linkDepth[0]--;
              case "p" -> own.paragraphs++;
              case "li" -> own.listItems++;
              case "img" -> own.images++;
              case "input", "select", "textarea" -> own.inputs++;
              default -> { }
            }
            Element parent = element.parent();
            if (parent != null && element != root) {
              Counts up = counts.computeIfAbsent(parent, e -> new Counts());
              up.textLength += own.textLength;
              up.linkLength += own.linkLength;
              up.commas += own.commas;
              up.paragraphs += own.paragraphs;
              up.listItems += own.listItems;
              up.images += own.images;
              up.proseLength += own.proseLength;
              up.inputs += own.inputs;
            }
          }
        },
        root);
    return new TextStats(counts);
  }

  /** Length of the text with runs of whitespace counted once and edges ignored. */
  static int visibleLength(TextNode text) {
    String raw = text.getWholeText();
    int length = 0;
    boolean pendingSpace = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        pendingSpace = length > 0;
      } else {
        length += pendingSpace ? 2 : 1;
        pendingSpace = false;
      }
    }
    return length;
  }

  private static int countCommas(String text) {
    int commas = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '\uff0c' || c == '\u060c') {
        commas++;
      }
    }
    return commas;
  }
}
