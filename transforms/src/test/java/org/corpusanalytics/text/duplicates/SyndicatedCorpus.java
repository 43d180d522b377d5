package org.corpusanalytics.text.duplicates;

import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A labelled near-duplicate corpus generated, at test time, from the shared BBC News articles
 * (never stored in the repository).
 *
 * <p>Sources: the articles of some topic folders, without exact copies (same words) and without
 * the few pairs the BBC set itself holds of one story in two versions (8-word shingle Jaccard of at
 * least 0.5, found by brute force), which would be unlabelled duplicates. One source in seven is
 * held back as filler text and never appears itself.
 *
 * <p>Positives: 40% of sources get 1 to 3 syndicated copies, each with at least two of: lines re-wrapped, a paragraph dropped, a paragraph added, a dateline and credit line, a
 * few words changed. Hard negatives: one source in ten gets a template block (two paragraphs shared
 * by the five sources of its template group); 15% of sources get a follow-up story that quotes one
 * or two of their paragraphs in an otherwise different article (filler text). A story is a source
 * with its copies; every other pair of documents is a negative.
 */
public final class SyndicatedCorpus {
  public static final Path BBC = Path.of("../../shared/data/corpus/bbc-news");
  public static final List<String> TUNE_FOLDERS = List.of("business", "politics");
  public static final List<String> TEST_FOLDERS = List.of("entertainment", "sport", "tech");

  private static final List<String> DATELINES = List.of("LONDON (Wire) - ", "NEW YORK, March 3 (Agency) -- ",
      "(Newswire) ", "PARIS — ");
  private static final List<String> CREDITS = List.of("Reporting by staff; editing by the news desk.",
      "Copyright 2005 Wire Service. All rights reserved.", "Additional reporting by our correspondents.",
      "This story has been corrected to show the right date.");

  /** One source article: id (folder/file), headline and body paragraphs. */
  public record Source(String id, String headline, List<String> paragraphs) {
    String body() {
      return String.join("\n\n", paragraphs);
    }
  }

  /** Generated documents and, for each, its story (the source id it derives from). */
  public record Labelled(List<NearDuplicateFinder.Document> documents, Map<String, String> storyOf) {
    /** Duplicate pairs "a|b" (a < b) of the truth. */
    Set<String> truePairs() {
      return pairsWithin(documents.stream().collect(Collectors.groupingBy(doc -> storyOf.get(doc.docId()),
          Collectors.mapping(NearDuplicateFinder.Document::docId, Collectors.toList()))).values());
    }
  }

  private SyndicatedCorpus() {}

  public static boolean isPresent() {
    return Files.isDirectory(BBC.resolve("business"));
  }

  public static List<Source> read(List<String> folders) throws IOException {
    List<Source> sources = new ArrayList<>();
    for (String folder : folders) {
      try (Stream<Path> files = Files.list(BBC.resolve(folder))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
              .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString().replace("\r", "");
          String[] parts = text.split("\n", 2);
          List<String> paragraphs = parts.length < 2 ? List.of() : Stream.of(parts[1].split("\n\\s*\n"))
              .map(String::strip).filter(p -> !p.isEmpty()).toList();
          if (!paragraphs.isEmpty()) {
            sources.add(new Source(folder + "/" + file.getFileName(), parts[0].strip(), paragraphs));
          }
        }
      }
    }
    return withoutNaturalDuplicates(sources);
  }

  /** Drops exact copies, and both articles of any pair with 8-word shingle Jaccard of 0.5 or more. */
  private static List<Source> withoutNaturalDuplicates(List<Source> sources) {
    Map<Integer, List<Integer>> byShingle = new HashMap<>();
    List<int[]> shingles = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      shingles.add(WordShingles.of(sources.get(i).body(), 8));
      for (int shingle : shingles.get(i)) {
        byShingle.computeIfAbsent(shingle, s -> new ArrayList<>()).add(i);
      }
    }
    Set<Integer> dropped = new HashSet<>();
    Set<Integer> exactCopies = new HashSet<>();
    for (List<Integer> sharing : byShingle.values()) {
      for (int a = 0; a < sharing.size(); a++) {
        for (int b = a + 1; b < sharing.size(); b++) {
          int first = sharing.get(a);
          int second = sharing.get(b);
          double similarity = Jaccard.of(shingles.get(first), shingles.get(second));
          if (similarity == 1.0) {
            exactCopies.add(second);
          } else if (similarity >= 0.5) {
            dropped.add(first);
            dropped.add(second);
          }
        }
      }
    }
    List<Source> kept = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      if (!dropped.contains(i) && !exactCopies.contains(i)) {
        kept.add(sources.get(i));
      }
    }
    return kept;
  }

  public static Labelled generate(List<Source> sources, long seed) {
    Random random = new Random(seed);
    List<Source> filler = new ArrayList<>();
    List<Source> stories = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      (i % 7 == 6 ? filler : stories).add(sources.get(i));
    }
    List<NearDuplicateFinder.Document> documents = new ArrayList<>();
    Map<String, String> storyOf = new HashMap<>();
    int nextFiller = 0;
    List<String> template = List.of();
    for (int i = 0; i < stories.size(); i++) {
      Source source = stories.get(i);
      List<String> paragraphs = new ArrayList<>(source.paragraphs());
      if (i % 50 < 5) {
        if (i % 50 == 0) {
          Source block = filler.get(random.nextInt(filler.size()));
          template = block.paragraphs().subList(0, Math.min(2, block.paragraphs().size()));
        }
        paragraphs.addAll(template);
      }
      add(documents, storyOf, source.id(), source.id(), String.join("\n\n", paragraphs));
      if (random.nextDouble() < 0.4) {
        int copies = 1 + random.nextInt(3);
        for (int c = 0; c < copies; c++) {
          add(documents, storyOf, source.id() + "#copy" + c, source.id(), syndicate(paragraphs, filler, random));
        }
      }
      if (random.nextDouble() < 0.15 && nextFiller < filler.size()) {
        List<String> followUp = new ArrayList<>(filler.get(nextFiller++).paragraphs());
        int quoted = Math.min(paragraphs.size(), 1 + random.nextInt(2));
        followUp.addAll(1, paragraphs.subList(0, quoted));
        String id = source.id() + "#follow-up";
        add(documents, storyOf, id, id, String.join("\n\n", followUp));
      }
    }
    return new Labelled(documents, storyOf);
  }

  private static void add(List<NearDuplicateFinder.Document> documents, Map<String, String> storyOf, String docId,
      String story, String text) {
    documents.add(new NearDuplicateFinder.Document(docId, null, text));
    storyOf.put(docId, story);
  }

  /**
   * A syndicated copy's body: at least two edits. (Its new headline would be the article's title,
   * which the job keeps apart from the text that is shingled, so it is not generated.)
   */
  private static String syndicate(List<String> original, List<Source> filler, Random random) {
    List<String> paragraphs = new ArrayList<>(original);
    boolean[] edits = new boolean[5];
    while (countTrue(edits) < 2) {
      edits[random.nextInt(edits.length)] = true;
    }
    if (edits[0] && paragraphs.size() >= 4) {
      paragraphs.remove(1 + random.nextInt(paragraphs.size() - 1));
    }
    if (edits[1]) {
      List<String> extra = filler.get(random.nextInt(filler.size())).paragraphs();
      paragraphs.add(random.nextInt(paragraphs.size() + 1), extra.get(random.nextInt(extra.size())));
    }
    if (edits[2]) {
      paragraphs.set(0, DATELINES.get(random.nextInt(DATELINES.size())) + paragraphs.get(0));
      paragraphs.add(CREDITS.get(random.nextInt(CREDITS.size())));
    }
    if (edits[3]) {
      changeWords(paragraphs, 3 + random.nextInt(4), random);
    }
    return edits[4] ? wrap(paragraphs, 55 + random.nextInt(25)) : String.join("\n\n", paragraphs);
  }

  private static int countTrue(boolean[] flags) {
    int count = 0;
    for (boolean flag : flags) {
      count += flag ? 1 : 0;
    }
    return count;
  }

  /** Replaces {@code count} words, each by another word of the same article. */
  private static void changeWords(List<String> paragraphs, int count, Random random) {
    for (int n = 0; n < count; n++) {
      int p = random.nextInt(paragraphs.size());
      String[] words = paragraphs.get(p).split(" ");
      String[] donor = paragraphs.get(random.nextInt(paragraphs.size())).split(" ");
      words[random.nextInt(words.length)] = donor[random.nextInt(donor.length)];
      paragraphs.set(p, String.join(" ", words));
    }
  }

  /** Hard line breaks at about {@code width} characters, paragraphs still separated by a blank line. */
  private static String wrap(List<String> paragraphs, int width) {
    return paragraphs.stream().map(paragraph -> {
      StringBuilder wrapped = new StringBuilder();
      int lineLength = 0;
      for (String word : paragraph.split(" ")) {
        if (lineLength > 0 && lineLength + word.length() + 1 > width) {
          wrapped.append('\n');
          lineLength = 0;
        } else if (lineLength > 0) {
          wrapped.append(' ');
          lineLength++;
        }
        wrapped.append(word);
        lineLength += word.length();
      }
      return wrapped.toString();
    }).collect(Collectors.joining("\n\n"));
  }

  /** Every pair "a|b" (a < b) of the given groups. */
  static Set<String> pairsWithin(Iterable<? extends List<String>> groups) {
    Set<String> pairs = new HashSet<>();
    for (List<String> group : groups) {
      List<String> sorted = group.stream().sorted().toList();
      for (int i = 0; i < sorted.size(); i++) {
        for (int j = i + 1; j < sorted.size(); j++) {
          pairs.add(sorted.get(i) + "|" + sorted.get(j));
        }
      }
    }
    return pairs;
  }
}
