package org.corpusanalytics.pipeline.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.avro.generic.GenericRecord;
import org.corpusanalytics.model.ArticleRecord;
import org.corpusanalytics.model.EntityPair;
import org.corpusanalytics.model.EntityRecord;
import org.corpusanalytics.model.Reject;
import org.corpusanalytics.model.VocabularyEntry;

/**
 * Reads the tables of one output and aggregates what the report shows. Each table is streamed
 * once and only bounded state is kept (top-k lists, one tally per day and per source folder, pairs
 * among the {@link #NETWORK_CANDIDATES} most mentioned entities, term counts per folder, and each
 * article's folder for up to {@link #MAX_FOLDER_ARTICLES} articles), so memory does not grow with the
 * corpus beyond those bounds. Near-duplicate copies (a non-null {@code duplicate_of}) are skipped,
 * so each group counts once in the articles' tallies and the folders' terms.
 */
final class CollectReportData {
  static final int TOP_ENTITIES_PER_TYPE = 10;
  static final int NETWORK_CANDIDATES = 200;
  static final int NETWORK_EDGES = 70;
  static final int TOP_TERMS = 25;
  static final int REJECT_EXAMPLES = 15;
  /** Folders beyond this many are not tallied; the section is then left out. */
  static final int MAX_GROUPS = 40;
  /** Past this many articles the folders' distinctive terms are left out (their doc_id map is in memory). */
  static final int MAX_FOLDER_ARTICLES = 1_000_000;
  /** A timeline spanning more days than this is drawn by month. */
  static final int MAX_DAYS = 92;

  private static final Comparator<ReportData.Entity> BY_MENTIONS = Comparator
      .comparingLong(ReportData.Entity::mentions).thenComparing(ReportData.Entity::name, Comparator.reverseOrder());

  private CollectReportData() {}

  /** Aggregates the tables under {@code output} (one folder per table). */
  static ReportData from(String output) {
    Articles articles = articles(output);
    Map<String, TopK<ReportData.Entity>> byType = new TreeMap<>();
    TopK<ReportData.Entity> candidates = new TopK<>(NETWORK_CANDIDATES, BY_MENTIONS);
    ParquetTable.of(output + "/entities", EntityRecord.class,
        List.of("entity", "entity_type", "mention_count", "doc_count", "mean_sentiment")).forEach(row -> {
          ReportData.Entity entity = new ReportData.Entity(string(row, "entity"), string(row, "entity_type"),
              (Long) row.get("mention_count"), (Long) row.get("doc_count"), (Double) row.get("mean_sentiment"));
          byType.computeIfAbsent(entity.type(), type -> new TopK<>(TOP_ENTITIES_PER_TYPE, BY_MENTIONS)).add(entity);
          candidates.add(entity);
        });
    Map<String, List<ReportData.Entity>> topEntities = new TreeMap<>();
    byType.forEach((type, top) -> topEntities.put(type, top.descending()));
    Network network = network(output, candidates.descending());
    Terms terms = terms(output, articles.count);
    List<ReportData.Group> groups = articles.groups();
    Map<String, List<ReportData.DistinctiveTerm>> folderTerms =
        groups.isEmpty() || articles.folderOfDoc == null ? Map.of() : FolderTerms.from(output, articles.folderOfDoc);
    return new ReportData(articles.bins(), articles.count, articles.count == 0 ? 0 : articles.sentimentSum / articles.count,
        articles.positive, articles.negative, articles.dated, articles.timeline(), groups,
        topEntities, network.nodes, network.edges, terms.byDocuments.descending(), terms.byWeight.descending(),
        folderTerms, rejectExamples(output));
  }

  /** Sentiment bins, per-day and per-folder tallies of the articles table. */
  private static final class Articles {
    final long[] bins = new long[ReportData.BINS];
    final Map<LocalDate, double[]> days = new TreeMap<>();
    final Map<String, double[]> groups = new TreeMap<>();
    boolean tooManyGroups;
    /** doc_id -> folder, for the folders' distinctive terms; dropped (null) past MAX_FOLDER_ARTICLES. */
    Map<String, String> folderOfDoc = new HashMap<>();
    long count;
    double sentimentSum;
    long positive;
    long negative;
    long dated;

    void add(String docId, double compound, Long publishedMillis, String source) {
      count++;
      sentimentSum += compound;
      positive += compound >= 0.05 ? 1 : 0;
      negative += compound <= -0.05 ? 1 : 0;
      int bin = (int) Math.floor((compound + 1) / 2 * ReportData.BINS);
      bins[Math.max(0, Math.min(ReportData.BINS - 1, bin))]++;
      if (publishedMillis != null) {
        dated++;
        tally(days, Instant.ofEpochMilli(publishedMillis).atZone(ZoneOffset.UTC).toLocalDate(), compound);
      }
      String group = folderOf(source);
      if (groups.containsKey(group) || groups.size() < MAX_GROUPS) {
        tally(groups, group, compound);
        if (folderOfDoc != null) {
          folderOfDoc.put(docId, group);
          folderOfDoc = folderOfDoc.size() > MAX_FOLDER_ARTICLES ? null : folderOfDoc;
        }
      } else {
        tooManyGroups = true;
      }
    }

    List<Long> bins() {
      return java.util.Arrays.stream(bins).boxed().toList();
    }

    ReportData.Timeline timeline() {
      if (days.isEmpty()) {
        return new ReportData.Timeline("day", List.of());
      }
      LocalDate first = days.keySet().iterator().next();
      LocalDate last = ((TreeMap<LocalDate, double[]>) days).lastKey();
      boolean byMonth = ChronoUnit.DAYS.between(first, last) > MAX_DAYS;
      Map<String, double[]> periods = new TreeMap<>();
      days.forEach((day, sums) -> {
        double[] period = periods.computeIfAbsent(byMonth ? day.toString().substring(0, 7) : day.toString(),
            label -> new double[2]);
        period[0] += sums[0];
        period[1] += sums[1];
      });
      List<ReportData.Period> points = new ArrayList<>();
      periods.forEach((label, sums) -> points.add(new ReportData.Period(label, (long) sums[0], sums[1] / sums[0])));
      return new ReportData.Timeline(byMonth ? "month" : "day", points);
    }

    List<ReportData.Group> groups() {
      if (tooManyGroups || groups.size() < 2) {
        return List.of();
      }
      List<ReportData.Group> result = new ArrayList<>();
      groups.forEach((name, sums) -> result.add(new ReportData.Group(name, (long) sums[0], sums[1] / sums[0])));
      return result;
    }

    private static <K> void tally(Map<K, double[]> tallies, K key, double compound) {
      double[] sums = tallies.computeIfAbsent(key, k -> new double[2]);
      sums[0]++;
      sums[1] += compound;
    }
  }

  private static Articles articles(String output) {
    Articles articles = new Articles();
    ParquetTable.of(output + "/articles", ArticleRecord.class,
        List.of("doc_id", "source", "published_at", "sentiment_compound", "duplicate_of")).forEach(row -> {
          if (row.get("duplicate_of") != null) {
            return;
          }
          Double compound = (Double) row.get("sentiment_compound");
          articles.add(string(row, "doc_id"), compound == null ? 0 : compound, (Long) row.get("published_at"),
              string(row, "source"));
        });
    return articles;
  }

  /**
   * The folder an article's source is in: for a path ({@code corpus/sport/012.txt}, or
   * {@code feed.jsonl:17}) or a URL, the last segment before the file name; otherwise the source.
   */
  static String folderOf(String source) {
    String path = source.replaceFirst(":\\d+$", "").replaceAll("[/\\\\]+$", "");
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    if (slash <= 0) {
      return path;
    }
    String parent = path.substring(0, slash);
    return parent.substring(Math.max(parent.lastIndexOf('/'), parent.lastIndexOf('\\')) + 1);
  }

  private record Network(List<ReportData.Entity> nodes, List<ReportData.Pair> edges) {}

  /**
   * Sentence-scope pairs among the candidates, summed over periods, then the most frequent; their
   * entities are the nodes. npmi is kept only when a pair has one row (no periods).
   */
  private static Network network(String output, List<ReportData.Entity> candidates) {
    Map<String, ReportData.Entity> byName = new HashMap<>();
    candidates.forEach(entity -> byName.put(entity.name(), entity));
    Map<List<String>, double[]> pairs = new HashMap<>();
    ParquetTable.of(output + "/cooccurrence", EntityPair.class,
        List.of("entity_a", "entity_b", "scope", "pair_count", "npmi", "mean_sentiment")).forEach(row -> {
          String a = string(row, "entity_a");
          String b = string(row, "entity_b");
          if (!"sentence".equals(string(row, "scope")) || !byName.containsKey(a) || !byName.containsKey(b)) {
            return;
          }
          long count = (Long) row.get("pair_count");
          Double sentiment = (Double) row.get("mean_sentiment");
          // count, sentiment * count, count with a sentiment, npmi, rows
          double[] sums = pairs.computeIfAbsent(List.of(a, b), key -> new double[5]);
          sums[0] += count;
          sums[1] += sentiment == null ? 0 : sentiment * count;
          sums[2] += sentiment == null ? 0 : count;
          sums[3] = (Double) row.get("npmi");
          sums[4]++;
        });
    TopK<ReportData.Pair> top = new TopK<>(NETWORK_EDGES, Comparator.comparingLong(ReportData.Pair::count)
        .thenComparing(pair -> pair.a() + "\t" + pair.b(), Comparator.reverseOrder()));
    pairs.forEach((key, sums) -> top.add(new ReportData.Pair(key.get(0), key.get(1), (long) sums[0],
        sums[4] > 1 ? null : sums[3], sums[2] == 0 ? null : sums[1] / sums[2])));
    List<ReportData.Pair> edges = top.descending();
    List<ReportData.Entity> nodes = candidates.stream()
        .filter(entity -> edges.stream().anyMatch(edge -> edge.a().equals(entity.name()) || edge.b().equals(entity.name())))
        .toList();
    return new Network(nodes, edges);
  }

  private record Terms(TopK<ReportData.Term> byDocuments, TopK<ReportData.Term> byWeight) {}

  private static Terms terms(String output, long articles) {
    Terms terms = new Terms(
        new TopK<>(TOP_TERMS, Comparator.comparingLong(ReportData.Term::documents)
            .thenComparing(ReportData.Term::term, Comparator.reverseOrder())),
        new TopK<>(TOP_TERMS, Comparator.comparingDouble(ReportData.Term::weight)
            .thenComparing(ReportData.Term::term, Comparator.reverseOrder())));
    ParquetTable.of(output + "/vocabulary", VocabularyEntry.class, List.of("term", "term_count", "doc_count"))
        .forEach(row -> {
          String term = string(row, "term");
          if (!isRankedWord(term)) {
            return;
          }
          long documents = (Long) row.get("doc_count");
          long occurrences = (Long) row.get("term_count");
          double weight = occurrences * Math.log((double) Math.max(articles, documents) / documents);
          ReportData.Term entry = new ReportData.Term(term, documents, occurrences, weight);
          terms.byDocuments.add(entry);
          terms.byWeight.add(entry);
        });
    return terms;
  }

  /**
   * Words of three or more letters, as notebooks/queries.sql ranks them: no numbers, no units such as
   * the "m" of "£5m", no "mr".
   */
  static boolean isRankedWord(String term) {
    return term.codePointCount(0, term.length()) >= 3 && term.codePoints().allMatch(Character::isLetter);
  }

  private static List<ReportData.RejectExample> rejectExamples(String output) {
    TopK<ReportData.RejectExample> first = new TopK<>(REJECT_EXAMPLES, Comparator
        .comparing(ReportData.RejectExample::reason).thenComparing(ReportData.RejectExample::source).reversed());
    ParquetTable.of(output + "/rejects", Reject.class, List.of("source", "reason", "detail")).forEach(row ->
        first.add(new ReportData.RejectExample(string(row, "source"), string(row, "reason"), string(row, "detail"))));
    return first.descending();
  }

  private static String string(GenericRecord row, String column) {
    Object value = row.get(column);
    return value == null ? "" : value.toString();
  }
}
