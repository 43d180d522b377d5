package org.corpusanalytics.pipeline.io;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which matched files are not read. A glob without '/' is matched against the file's name, one
 * with '/' against the end of its path from a segment boundary ({@code drafts/**} skips every file
 * below any folder named drafts); '*' and '?' stay within a path segment, '**' crosses them,
 * {@code [abc]} and {@code {a,b}} work as in shells; matching ignores case. In a directory input
 * (a pattern ending in "**"), files named like documentation ({@link #DOCUMENTATION}) are skipped
 * too unless the defaults are turned off.
 */
public final class FileExclusions implements Serializable {
  /**
   * Names of the files that data sets ship beside their records: README, LICENSE (or LICENCE) and
   * SOURCE, alone or before a '.', '-' or '_' ("README.TXT", "LICENSE-data", not "sources.txt"),
   * and Markdown files.
   */
  public static final List<String> DOCUMENTATION =
      List.of("{README,LICENSE,LICENCE,SOURCE}", "{README,LICENSE,LICENCE,SOURCE}[-._]*", "*.md");

  public static final FileExclusions NONE = new FileExclusions(List.of(), false);

  private final List<String> globs;
  private final boolean skipDocumentation;
  private transient List<Pattern> compiled;
  private transient List<Pattern> documentation;

  private FileExclusions(List<String> globs, boolean skipDocumentation) {
    this.globs = List.copyOf(globs);
    this.skipDocumentation = skipDocumentation;
  }

  /**
   * From {@code --exclude} values: null (not given) keeps the documentation defaults; an empty
   * value among them turns the defaults off; every other value is a glob.
   */
  public static FileExclusions fromOption(List<String> values) {
    if (values == null) {
      return new FileExclusions(List.of(), true);
    }
    List<String> globs = new ArrayList<>();
    boolean defaults = true;
    for (String value : values) {
      if (value == null || value.isBlank()) {
        defaults = false;
      } else {
        globs.add(value.strip());
      }
    }
    return new FileExclusions(globs, defaults);
  }

  /** Whether the file at {@code path}, matched by {@code pattern}, is left unread. */
  public boolean excludes(String pattern, String path) {
    if (compiled == null) {
      compiled = globs.stream().map(FileExclusions::toRegex).toList();
      documentation = DOCUMENTATION.stream().map(FileExclusions::toRegex).toList();
    }
    String name = path.substring(path.lastIndexOf('/') + 1);
    if (matchesAny(compiled, globs, path, name)) {
      return true;
    }
    return skipDocumentation && pattern.endsWith("**") && matchesAny(documentation, DOCUMENTATION, path, name);
  }

  private static boolean matchesAny(List<Pattern> patterns, List<String> globs, String path, String name) {
    for (int i = 0; i < patterns.size(); i++) {
      if (patterns.get(i).matcher(globs.get(i).contains("/") ? path : name).matches()) {
        return true;
      }
    }
    return false;
  }

  /** A shell glob as a case-insensitive regular expression. */
  static Pattern toRegex(String glob) {
    StringBuilder regex = new StringBuilder();
    boolean inGroup = false;
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      switch (c) {
        case '*' -> {
          if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
            regex.append(".*");
            i++;
          } else {
            regex.append("[^/]*");
          }
        }
        case '?' -> regex.append("[^/]");
        case '[' -> {
          int close = glob.indexOf(']', i + 1);
          if (close < 0) {
            regex.append("\\[");
          } else {
            String members = glob.substring(i + 1, close);
            regex.append('[').append(members.startsWith("!") ? "^" + members.substring(1) : members).append(']');
            i = close;
          }
        }
        case '{' -> {
          regex.append("(?:");
          inGroup = true;
        }
        case '}' -> {
          regex.append(inGroup ? ")" : "\\}");
          inGroup = false;
        }
        case ',' -> regex.append(inGroup ? "|" : ",");
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    String anchored = glob.contains("/") ? "(?:.*/)?" + regex : regex.toString();
    return Pattern.compile(anchored, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  @Override
  public String toString() {
    return globs + (skipDocumentation ? " and documentation files in directories " + DOCUMENTATION : "");
  }
}
