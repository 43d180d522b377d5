package org.corpusanalytics.text.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns the selected content elements into plain text: one paragraph per block, list items on
 * their own lines. Link-heavy or widget-like containers inside the content are skipped, following
 * Readability's "clean conditionally" rules.
 */
final class BlockTextCollector {

  /** Containers with this many commas read like prose and are never dropped as widgets. */
  private static final int PROSE_COMMAS = 10;

  private final BoilerplateRules rules;
  private final boolean cleanConditionally;

  BlockTextCollector(BoilerplateRules rules, boolean cleanConditionally) {
    this.rules = rules;
    this.cleanConditionally = cleanConditionally;
  }

  private record Block(String text, boolean listItem) {}

  String collect(List<Element> parts, TextStats stats) {
    List<Block> blocks = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean[] inListItem = {false};
    for (Element part : parts) {
      NodeTraversor.filter(
          new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
              if (node instanceof TextNode text) {
                appendNormalized(current, text.getWholeText());
                return FilterResult.CONTINUE;
              }
              if (!(node instanceof Element element)) {
                return FilterResult.CONTINUE; // comments and script data carry no article text
              }
              if (element != part && isJunk(element, stats)) {
                return FilterResult.SKIP_ENTIRELY;
              }
              if (element.nameIs("br")) {
                trimTrailingSpace(current);
                current.append('\n');
              } else if (BoilerplateRules.isBlock(element)) {
                flush(current, blocks, inListItem[0]);
                if (element.nameIs("li")) {
                  inListItem[0] = true;
                }
              }
              return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
              if (node instanceof Element element && BoilerplateRules.isBlock(element)) {
                flush(current, blocks, inListItem[0]);
                if (element.nameIs("li")) {
                  inListItem[0] = false;
                }
              }
              return FilterResult.CONTINUE;
            }
          },
          part);
      flush(current, blocks, false);
    }
    return join(blocks);
  }

  private boolean isJunk(Element element, TextStats stats) {
    if (element.nameIs("h1")) {
      return true; // the headline is reported as the title, not as body text
    }
    if (!cleanConditionally) {
      return false;
    }
    String tag = element.normalName();
    boolean list = tag.equals("ul") || tag.equals("ol");
    if (!list && !tag.equals("div") && !tag.equals("section") && !tag.equals("table")
        && !tag.equals("aside") && !tag.equals("dl")) {
      return false;
    }
    TextStats.Counts counts = stats.of(element);
    if (counts.commas >= PROSE_COMMAS) {
      return false;
    }
    int weight = rules.classWeight(element);
    if (weight < 0) {
      return true;
    }
    double linkDensity = counts.linkDensity();
    int paragraphs = counts.paragraphs;
    if (counts.images > 1 && paragraphs < counts.images / 2.0) {
      return true;
    }
    if (!list && counts.listItems - 100 > paragraphs) {
      return true;
    }
    if (counts.inputs > paragraphs / 3) {
      return true;
    }
    if (!list && counts.textLength < 25 && counts.images == 0 && linkDensity > 0) {
      return true;
    }
    if (weight < BoilerplateRules.CLASS_WEIGHT && linkDensity > 0.2) {
      return true;
    }
    return weight >= BoilerplateRules.CLASS_WEIGHT && linkDensity > 0.5;
  }

  private static void flush(StringBuilder current, List<Block> blocks, boolean listItem) {
    String text = current.toString().strip();
    current.setLength(0);
    if (!text.isEmpty()) {
      blocks.add(new Block(text.replaceAll(" *\n *", "\n"), listItem));
    }
  }

  private static String join(List<Block> blocks) {
    StringBuilder out = new StringBuilder();
    Block previous = null;
    for (Block block : blocks) {
      if (previous != null) {
        out.append(previous.listItem() && block.listItem() ? "\n" : "\n\n");
      }
      out.append(block.text());
      previous = block;
    }
    return out.toString();
  }

  /** Appends text collapsing whitespace runs (including NBSP) to single spaces. */
  static void appendNormalized(StringBuilder out, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        int last = out.length() - 1;
        if (last >= 0 && out.charAt(last) != ' ' && out.charAt(last) != '\n') {
          out.append(' ');
        }
      } else {
        out.append(c);
      }
    }
  }

  private static void trimTrailingSpace(StringBuilder out) {
    while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
      out.setLength(out.length() - 1);
    }
  }
}
