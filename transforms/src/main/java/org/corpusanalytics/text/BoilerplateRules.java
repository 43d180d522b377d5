package org.corpusanalytics.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Named line patterns that identify news boilerplate: "Also Read:" teasers, share bars, lone UI
 * glyphs, advertisement markers, subscribe and cookie prompts, photo credits.
 *
 * <p>The rules are data: {@code boilerplate-rules.tsv} on the classpath, one {@code
 * name<TAB>regex} per line, each regex matched against a whole line, case-insensitively.
 */
public final class BoilerplateRules {
  public static final String DEFAULT_RESOURCE = "boilerplate-rules.tsv";

  /** A rule: its name (used in metrics) and the pattern a whole line must match. */
  public record Rule(String name, Pattern pattern) {}

  private final List<Rule> rules;

  private BoilerplateRules(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  private static final class DefaultHolder {
    static final BoilerplateRules INSTANCE = fromResource(DEFAULT_RESOURCE);
  }

  /** The bundled rule set, loaded once per JVM. */
  public static BoilerplateRules defaults() {
    return DefaultHolder.INSTANCE;
  }

  /** Loads a rule file that sits next to this class on the classpath; fails naming it if absent. */
  public static BoilerplateRules fromResource(String resource) {
    try (InputStream in = BoilerplateRules.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Boilerplate rule resource not found: " + resource);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), resource);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read boilerplate rules " + resource, e);
    }
  }

  static BoilerplateRules parse(BufferedReader reader, String origin) throws IOException {
    List<Rule> rules = new ArrayList<>();
    String line;
    int lineNumber = 0;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab <= 0) {
        throw new IllegalArgumentException(origin + ":" + lineNumber + ": expected name<TAB>regex");
      }
      Pattern pattern =
          Pattern.compile(line.substring(tab + 1),
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
      rules.add(new Rule(line.substring(0, tab), pattern));
    }
    return new BoilerplateRules(rules);
  }

  /** The first rule that matches the whole line, if any. */
  public Optional<Rule> match(String line) {
    for (Rule rule : rules) {
      if (rule.pattern().matcher(line).matches()) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  public List<Rule> rules() {
    return rules;
  }
}
