package org.corpusanalytics.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON Lines news corpus with what the analysis queries and the graph export need: dated
 * articles over three months (and one undated), named people, places and organisations that occur
 * together in sentences and articles, positive and negative sentences, a word ("said") in every
 * article, and one malformed line, rejected.
 */
public final class DatedNewsCorpus {
  public static final long ARTICLES = 6;
  public static final long DATED_ARTICLES = 5;
  public static final long REJECTS = 1;
  /** The months (UTC) of the dated articles, in order. */
  public static final List<String> MONTHS = List.of("2025-01", "2025-02", "2025-03");

  private DatedNewsCorpus() {}

  /** Writes the corpus as {@code news.jsonl} in {@code directory} and returns the file's path. */
  public static Path write(Path directory) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(article("n1", "2025-01-06T09:00:00Z", "Trump weighs options on Venezuela",
        "President Donald Trump is weighing new options against the government of Nicolás Maduro, officials said. "
            + "The New York Times reported that the options range from further sanctions to a wider naval presence "
            + "in the Caribbean.\n\nSecretary of State Marco Rubio said the United States would keep working with "
            + "partners in the region."));
    lines.add(article("n2", "2025-01-20T14:30:00Z", "Maduro rejects accusations",
        "Nicolás Maduro rejected the accusations and accused the United States of preparing an intervention. "
            + "In a televised address from Caracas, Maduro said Venezuela would defend its sovereignty. "
            + "Supporters cheered the wonderful, hopeful speech."));
    lines.add(article("n3", "2025-02-03T08:15:00Z", "Oil prices climb on Venezuela crisis",
        "Analysts said the crisis in Venezuela could push oil prices higher. Venezuela holds the largest proven "
            + "crude reserves, according to the Energy Information Administration. Traders in London feared a "
            + "terrible shock and a painful recession."));
    lines.add(article("n4", "2025-02-17T17:45:00Z", "Rubio meets allies in Brussels",
        "Marco Rubio met European allies in Brussels on Monday. Rubio said the State Department had briefed NATO "
            + "on Venezuela. The talks were friendly and productive, and the ministers were delighted."));
    lines.add(article("n5", "2025-03-10T11:00:00Z", "Trump and Rubio differ on sanctions",
        "Donald Trump and Marco Rubio disagreed about sanctions on Venezuela, The New York Times reported. "
            + "Trump said the policy was a great success. Critics said it was a disastrous failure."));
    lines.add(article("n6", null, "Markets calm",
        "Stocks in Tokyo and London were calm on Friday. Investors at Goldman Sachs said the outlook was "
            + "uncertain."));
    lines.add("{\"id\":\"broken\",\"text\":");
    Files.createDirectories(directory);
    Path file = directory.resolve("news.jsonl");
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  private static String article(String id, String publishedAt, String title, String text) throws IOException {
    Map<String, String> record = new LinkedHashMap<>();
    record.put("id", id);
    record.put("title", title);
    record.put("text", text);
    if (publishedAt != null) {
      record.put("published_at", publishedAt);
    }
    return new ObjectMapper().writeValueAsString(record);
  }
}
