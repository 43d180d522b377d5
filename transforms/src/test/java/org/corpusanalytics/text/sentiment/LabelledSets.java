package org.corpusanalytics.text.sentiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labelled sentiment sets of {@code ../shared/data/sentiment}, read in place (never copied), as
 * one shape: units with a gold class (-1, 0, 1), a continuous gold rating where the set has one,
 * and the character spans of the target where the label is about a named target.
 *
 * <p>Units: a VADER ground-truth snippet (class: neutral when the mean rating is within ±0.5 of
 * 0 on its -4..4 scale); a NewsMTSC target in its sentence (mention plus its coreferent further
 * mentions); a PerSenT document (target spans = whole-word occurrences of the main person's full
 * name and of its last name); a FinEntity entity annotation in its snippet; a financial-news tweet.
 */
final class LabelledSets {

  static final Path ROOT = Path.of("../../shared/data/sentiment");

  /** A unit of evaluation; {@code rating} is NaN where the gold is only a class. */
  record Unit(String text, int gold, double rating, List<int[]> targets) {}

  /** A set, the domain it belongs to (for leave-one-domain-out) and whether it is news. */
  record LabelledSet(String name, String domain, boolean news, List<Unit> units) {
    boolean continuous() {
      return !units.isEmpty() && !Double.isNaN(units.get(0).rating());
    }
  }

  static final String EDITORIAL = "editorial";
  static final String SOCIAL = "social";
  static final String POLITICAL = "political";
  static final String ARTICLES = "articles";
  static final String FINANCIAL = "financial";

  private static final ObjectMapper JSON = new ObjectMapper();

  private LabelledSets() {}

  static boolean present() {
    return Files.isDirectory(ROOT);
  }

  /** Every set, in the order of the evaluation table. */
  static List<LabelledSet> all() {
    Path vader = ROOT.resolve("vader-groundtruth");
    List<SentimentEvaluation.Item> nyt = SentimentEvaluation.load(vader, "nytEditorialSnippets");
    return List.of(
        vaderSet("nyt-editorials tune 70%", EDITORIAL, true,
            SentimentEvaluation.filter(nyt, i -> SentimentEvaluation.isNytTune(i.id()))),
        vaderSet("nyt-editorials held-out 30%", EDITORIAL, true,
            SentimentEvaluation.filter(nyt, i -> !SentimentEvaluation.isNytTune(i.id()))),
        vaderSet("vader tweets", SOCIAL, false, SentimentEvaluation.load(vader, "tweets")),
        vaderSet("vader movies", SOCIAL, false,
            SentimentEvaluation.load(vader, "movieReviewSnippets")),
        vaderSet("vader amazon", SOCIAL, false,
            SentimentEvaluation.load(vader, "amazonReviewSnippets")),
        newsMtsc("newsmtsc train", "train.jsonl"),
        newsMtsc("newsmtsc devtest_mt", "devtest_mt.jsonl"),
        perSent("persent dev", "dev.csv"),
        perSent("persent random_test", "random_test.csv"),
        finEntity(),
        financialTweets("fin-tweets train", "sent_train.csv"),
        financialTweets("fin-tweets valid", "sent_valid.csv"));
  }

  private static LabelledSet vaderSet(String name, String domain, boolean news,
      List<SentimentEvaluation.Item> items) {
    List<Unit> units = new ArrayList<>();
    for (SentimentEvaluation.Item item : items) {
      int gold = Math.abs(item.mean()) < 0.5 ? 0 : (int) Math.signum(item.mean());
      units.add(new Unit(item.text(), gold, item.mean(), List.of()));
    }
    return new LabelledSet(name, domain, news, units);
  }

  private static LabelledSet newsMtsc(String name, String file) {
    List<Unit> units = new ArrayList<>();
    for (String line : lines(ROOT.resolve("newsmtsc").resolve(file))) {
      JsonNode sentence = json(line);
      String text = sentence.get("sentence_normalized").asText();
      for (JsonNode target : sentence.get("targets")) {
        List<int[]> spans = new ArrayList<>();
        spans.add(new int[] {target.get("from").asInt(), target.get("to").asInt()});
        JsonNode further = target.get("further_mentions");
        if (further != null) {
          further.forEach(m -> spans.add(new int[] {m.get("from").asInt(), m.get("to").asInt()}));
        }
        int gold = (int) Math.round((target.get("polarity").asDouble() - 4.0) / 2.0);
        units.add(new Unit(text, gold, Double.NaN, spans));
      }
    }
    return new LabelledSet(name, POLITICAL, true, units);
  }

  private static LabelledSet perSent(String name, String file) {
    List<Unit> units = new ArrayList<>();
    String csv = read(ROOT.resolve("persent").resolve(file));
    List<List<String>> rows = Csv.parse(csv);
    List<String> header = rows.get(0);
    int doc = header.indexOf("DOCUMENT");
    int target = header.indexOf("TARGET_ENTITY");
    int label = header.indexOf("TRUE_SENTIMENT");
    for (List<String> row : rows.subList(1, rows.size())) {
      String text = row.get(doc);
      units.add(new Unit(text, polarity(row.get(label)), Double.NaN,
          nameSpans(text, row.get(target))));
    }
    return new LabelledSet(name, ARTICLES, true, units);
  }

  /** Whole-word occurrences of the full name, else of its last word. */
  static List<int[]> nameSpans(String text, String name) {
    String[] words = name.trim().split("\\s+");
    Map<Integer, int[]> spans = new LinkedHashMap<>();
    for (String form : List.of(name.trim(), words[words.length - 1])) {
      Matcher m = Pattern.compile("\\b" + Pattern.quote(form) + "\\b").matcher(text);
      while (m.find()) {
        boolean inside = spans.values().stream().anyMatch(s -> s[0] <= m.start() && m.end() <= s[1]);
        if (!inside) {
          spans.put(m.start(), new int[] {m.start(), m.end()});
        }
      }
    }
    return spans.values().stream().sorted((a, b) -> Integer.compare(a[0], b[0])).toList();
  }

  private static LabelledSet finEntity() {
    List<Unit> units = new ArrayList<>();
    try {
      for (JsonNode item : JSON.readTree(ROOT.resolve("finentity/FinEntity.json").toFile())) {
        String text = item.get("content").asText();
        for (JsonNode a : item.get("annotations")) {
          units.add(new Unit(text, polarity(a.get("label").asText()), Double.NaN,
              List.<int[]>of(new int[] {a.get("start").asInt(), a.get("end").asInt()})));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new LabelledSet("finentity", FINANCIAL, true, units);
  }

  private static LabelledSet financialTweets(String name, String file) {
    List<Unit> units = new ArrayList<>();
    List<List<String>> rows = Csv.parse(read(
        ROOT.resolve("twitter_financial_news_sentiment").resolve(file)));
    for (List<String> row : rows.subList(1, rows.size())) {
      // 0 bearish, 1 bullish, 2 neutral.
      int gold = switch (row.get(1).trim()) {
        case "0" -> -1;
        case "1" -> 1;
        default -> 0;
      };
      units.add(new Unit(row.get(0), gold, Double.NaN, List.of()));
    }
    return new LabelledSet(name, FINANCIAL, true, units);
  }

  private static int polarity(String label) {
    return switch (label.trim().toLowerCase()) {
      case "positive" -> 1;
      case "negative" -> -1;
      case "neutral" -> 0;
      default -> throw new IllegalArgumentException("unknown label " + label);
    };
  }

  private static JsonNode json(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file.toAbsolutePath(), e);
    }
  }

  private static List<String> lines(Path file) {
    return read(file).lines().filter(l -> !l.isBlank()).toList();
  }

  /** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
  static final class Csv {
    private Csv() {}

    static List<List<String>> parse(String text) {
      List<List<String>> rows = new ArrayList<>();
      List<String> row = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else if (c == '"') {
            quoted = false;
          } else {
            field.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          row.add(field.toString());
          field.setLength(0);
        } else if (c == '\n' || c == '\r') {
          if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
          row.add(field.toString());
          field.setLength(0);
          rows.add(row);
          row = new ArrayList<>();
        } else {
          field.append(c);
        }
      }
      if (field.length() > 0 || !row.isEmpty()) {
        row.add(field.toString());
        rows.add(row);
      }
      return rows;
    }
  }
}
