package org.corpusanalytics.text.html;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Tag and class/id patterns that identify page furniture, loaded from a classpath resource so the
 * heuristics can be tuned as data. Immutable and therefore safe to share between threads.
 */
final class BoilerplateRules {

  static final String RESOURCE = "boilerplate-selectors.txt";

  /** Class-name weight used by Readability-style scoring; large enough to dominate short text. */
  static final int CLASS_WEIGHT = 25;

  private final Set<String> alwaysDropTags;
  private final Set<String> dropTags;
  private final Pattern unlikely;
  private final Pattern certain;
  private final Pattern maybe;
  private final Pattern positive;
  private final Pattern negative;

  private BoilerplateRules(Map<String, List<String>> rules) {
    this.alwaysDropTags = Set.copyOf(rules.get("always-drop-tag"));
    this.dropTags = Set.copyOf(rules.get("drop-tag"));
    this.unlikely = alternation(rules.get("unlikely"));
    this.certain = alternation(rules.get("certain"));
    this.maybe = alternation(rules.get("maybe"));
    this.positive = alternation(rules.get("positive"));
    this.negative = alternation(rules.get("negative"));
  }

  /** Loads the bundled rules; fails fast (naming the resource) if it is missing or malformed. */
  static BoilerplateRules loadDefault() {
    InputStream in = BoilerplateRules.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException(
          "Missing classpath resource " + BoilerplateRules.class.getPackageName().replace('.', '/')
              + "/" + RESOURCE);
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(reader.lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read resource " + RESOURCE, e);
    }
  }

  static BoilerplateRules parse(List<String> lines) {
    Map<String, List<String>> rules = new LinkedHashMap<>();
    for (String kind :
        List.of(
            "always-drop-tag", "drop-tag", "unlikely", "certain", "maybe", "positive", "negative")) {
      rules.put(kind, new ArrayList<>());
    }
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int space = line.indexOf(' ');
      List<String> target = space < 0 ? null : rules.get(line.substring(0, space));
      if (target == null) {
        throw new IllegalStateException("Malformed rule in " + RESOURCE + ": " + line);
      }
      target.add(line.substring(space + 1).strip());
    }
    for (Map.Entry<String, List<String>> entry : rules.entrySet()) {
      if (entry.getValue().isEmpty()) {
        throw new IllegalStateException("No '" + entry.getKey() + "' rules in " + RESOURCE);
      }
    }
    return new BoilerplateRules(rules);
  }

  private static Pattern alternation(List<String> parts) {
    return Pattern.compile(String.join("|", parts), Pattern.CASE_INSENSITIVE);
  }

  boolean isAlwaysDropped(Element element) {
    return alwaysDropTags.contains(element.normalName());
  }

  boolean isDroppedTag(Element element) {
    return dropTags.contains(element.normalName());
  }

  /** True for widgets such as share bars or comment threads, judged by class and id only. */
  boolean isUnlikelyCandidate(Element element) {
    return matchesUnvetoed(unlikely, element);
  }

  /** True for blocks (reader comments) that are junk however much text they hold. */
  boolean isCertainJunk(Element element) {
    return matchesUnvetoed(certain, element);
  }

  private boolean matchesUnvetoed(Pattern pattern, Element element) {
    String signature = signature(element);
    return !signature.isEmpty()
        && pattern.matcher(signature).find()
        && !maybe.matcher(signature).find();
  }

  /** Readability's class weight: positive for "article-body"-like names, negative for widgets. */
  int classWeight(Element element) {
    int weight = 0;
    for (String value : new String[] {element.className(), element.id()}) {
      if (value.isEmpty()) {
        continue;
      }
      if (negative.matcher(value).find()) {
        weight -= CLASS_WEIGHT;
      }
      if (positive.matcher(value).find()) {
        weight += CLASS_WEIGHT;
      }
    }
    return weight;
  }

  private static String signature(Element element) {
    String cls = element.className();
    String id = element.id();
    if (cls.isEmpty()) {
      return id;
    }
    return id.isEmpty() ? cls : cls + " " + id;
  }

  /** Tags whose presence as a child means an element is a container rather than a paragraph. */
  static final Set<String> BLOCK_TAGS =
      Set.of(
              "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "fieldset",
              "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
              "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "th",
              "thead", "tfoot", "tr", "ul", "center", "details", "summary", "body", "html");

  static boolean isBlock(Element element) {
    return BLOCK_TAGS.contains(element.normalName());
  }
}
