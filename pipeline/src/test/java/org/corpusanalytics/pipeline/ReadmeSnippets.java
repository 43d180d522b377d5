package org.corpusanalytics.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The fenced code blocks of a Markdown document in one language, in order. */
public final class ReadmeSnippets {
  private ReadmeSnippets() {}

  static List<String> sqlBlocks(String markdown) {
    return blocks(markdown, "sql");
  }

  /** The ```bash blocks. */
  static List<String> bashBlocks(String markdown) {
    return blocks(markdown, "bash");
  }

  /** The ```python blocks. */
  public static List<String> pythonBlocks(String markdown) {
    return blocks(markdown, "python");
  }

  private static List<String> blocks(String markdown, String language) {
    Matcher matcher = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
    List<String> blocks = new ArrayList<>();
    while (matcher.find()) {
      blocks.add(matcher.group(1).strip());
    }
    return blocks;
  }
}
