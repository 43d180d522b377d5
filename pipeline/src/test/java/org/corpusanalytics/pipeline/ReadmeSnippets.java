package org.corpusanalytics.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The ```sql blocks of a Markdown document, in order. */
final class ReadmeSnippets {
  private static final Pattern SQL_BLOCK = Pattern.compile("```sql\\n(.*?)```", Pattern.DOTALL);

  private ReadmeSnippets() {}

  static List<String> sqlBlocks(String markdown) {
    List<String> blocks = new ArrayList<>();
    Matcher matcher = SQL_BLOCK.matcher(markdown);
    while (matcher.find()) {
      blocks.add(matcher.group(1).strip());
    }
    return blocks;
  }
}
