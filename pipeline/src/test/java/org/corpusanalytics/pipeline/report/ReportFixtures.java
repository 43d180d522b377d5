package org.corpusanalytics.pipeline.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small corpus for the report: dated JSON Lines news with named people, places and companies in
 * {@code world/}, undated text files in {@code business/} and {@code politics/} (the seed article),
 * and two rejects, one in a folder whose name is markup (which the page must show as text).
 */
final class ReportFixtures {
  static final String MARKUP_FOLDER = "x<img src=x onerror=alert(1)>";
  static final long ARTICLES = 10;
  static final long REJECTS = 2;

  private static final String[][] DATED = {
    {"2025-01-10", "Donald Trump met Emmanuel Macron in Paris on Monday. Trump praised France for its support. "
        + "Macron said the talks with Donald Trump were excellent and productive."},
    {"2025-01-22", "Angela Merkel criticised the plan in Berlin. Merkel warned that Germany would suffer terrible "
        + "losses if Donald Trump imposed tariffs."},
    {"2025-02-03", "Microsoft and Google announced a wonderful partnership in London. Shares in Microsoft rose "
        + "sharply after Google confirmed the deal."},
    {"2025-02-14", "Donald Trump attacked Google in a speech in Washington. Trump called the company a disaster "
        + "and said Microsoft was no better."},
    {"2025-03-08", "Emmanuel Macron and Angela Merkel met in Brussels to discuss the European Union budget. The "
        + "European Union welcomed the deal, and Macron thanked Angela Merkel."},
    {"2025-05-02", "Floods killed dozens of people in Bangladesh. The United Nations appealed for urgent help, and "
        + "Emmanuel Macron promised aid from France."},
  };

  private ReportFixtures() {}

  static Path corpus(Path directory) throws IOException {
    StringBuilder feed = new StringBuilder();
    for (int i = 0; i < DATED.length; i++) {
      feed.append("{\"id\":\"w").append(i).append("\",\"title\":\"World story ").append(i)
          .append("\",\"published_at\":\"").append(DATED[i][0]).append("\",\"text\":\"").append(DATED[i][1])
          .append("\"}\n");
    }
    feed.append("{\"id\":\"broken\",\"text\":\n");
    write(directory.resolve("world/feed.jsonl"), feed.toString());
    write(directory.resolve("business/oil.txt"), "Oil prices fall\nOil prices fell sharply in Asia on Tuesday. "
        + "Traders in Singapore blamed weak demand from China, and BP shares slumped.");
    write(directory.resolve("business/banks.txt"), "Banks gain\nBarclays and HSBC reported strong profits, and "
        + "investors in London cheered the excellent results.");
    write(directory.resolve("business/shops.txt"), "Retail sales rise\nTesco said Christmas sales were its best "
        + "in years, a welcome boost after a difficult autumn in Britain.");
    Files.createDirectories(directory.resolve("politics"));
    Files.copy(Path.of("../seeds/000_937bba91dd371ac9.txt"), directory.resolve("politics/seed.txt"));
    write(directory.resolve(MARKUP_FOLDER + "/empty.txt"), "");
    return directory;
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
