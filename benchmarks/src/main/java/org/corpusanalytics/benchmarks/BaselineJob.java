package org.corpusanalytics.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.corpusanalytics.entities.CooccurrencePeriod;
import org.corpusanalytics.entities.CountCooccurrences;
import org.corpusanalytics.entities.CountEntities;
import org.corpusanalytics.model.Article;
import org.corpusanalytics.model.ArticleEntities;
import org.corpusanalytics.model.ArticleRecord;
import org.corpusanalytics.model.EntityMention;
import org.corpusanalytics.model.EntityPair;
import org.corpusanalytics.model.EntityRecord;
import org.corpusanalytics.model.PairTally;
import org.corpusanalytics.model.Reject;
import org.corpusanalytics.model.SentenceRecord;
import org.corpusanalytics.model.TermCount;
import org.corpusanalytics.model.VocabularyEntry;
import org.corpusanalytics.pipeline.io.DocIds;
import org.corpusanalytics.pipeline.io.ParsedRecord;
import org.corpusanalytics.pipeline.io.RejectReason;
import org.corpusanalytics.text.ner.EntityNames;
import org.corpusanalytics.text.sentiment.SentimentMode;

/**
 * The corpus job without a framework: the practical speed limit of our own analysis code. Reads
 * JSON Lines files, keeps one article per id as the job does, then a fixed pool of threads (one per
 * core) pulls articles one at a time through {@link ArticleAnalyzer}, each thread writing its own
 * Parquet file of the per-article tables and keeping its own corpus sums; the sums are merged, and
 * the corpus tables (vocabulary, entities, entity_mentions with corpus-wide names, cooccurrence)
 * are written by the same threads. Same tables, schemas and rows as the job with its defaults
 * (NEWS_RULES sentiment, no co-occurrence periods, every pair); {@code BaselineEquivalenceTest} checks it.
 *
 * <pre>{@code
 * java -cp ... org.corpusanalytics.benchmarks.BaselineJob --output=/tmp/tables [--threads=2] corpus.jsonl.gz
 * }</pre>
 */
public final class BaselineJob {
  private final int threads;

  BaselineJob(int threads) {
    this.threads = threads;
  }

  /** Table -> rows written. */
  Map<String, Long> run(List<Path> inputs, Path output) throws IOException, InterruptedException {
    if (Files.exists(output)) {
      throw new IllegalArgumentException("output exists: " + output);
    }
    List<Reject> readRejects = new ArrayList<>();
    List<Article> articles = readUnique(inputs, readRejects);
    Map<String, Long> rows = new LinkedHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      AtomicInteger next = new AtomicInteger();
      List<Future<Worker>> running = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Worker worker = new Worker(output, t, threads);
        running.add(pool.submit(() -> worker.analyzeAll(articles, next)));
      }
      List<Worker> workers = new ArrayList<>();
      CorpusTallies totals = new CorpusTallies();
      for (Future<Worker> worker : running) {
        workers.add(get(worker));
        totals.addAll(workers.get(workers.size() - 1).tallies);
      }
      try (ParquetShard<Reject> rejects = new ParquetShard<>(output, "rejects", Reject.class, threads, threads + 1)) {
        rejects.writeAll(readRejects);
      }
      Map<String, EntityRecord> entities = new HashMap<>();
      totals.entities.forEach((key, tally) -> entities.put(key, CountEntities.toRecord(tally)));
      List<Map.Entry<String, PairTally>> pairs = new ArrayList<>(totals.pairs.entrySet());
      List<Future<?>> writing = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int shard = t;
        writing.add(pool.submit(() -> workers.get(shard).writeCorpusTables(totals, entities, pairs)));
      }
      for (Future<?> done : writing) {
        get(done);
      }
      for (String table : Worker.TABLES) {
        rows.put(table, workers.stream().mapToLong(w -> w.rows.getOrDefault(table, 0L)).sum());
      }
      rows.merge("rejects", (long) readRejects.size(), Long::sum);
      rows.put("tokens", workers.stream().mapToLong(w -> w.tokens).sum());
      return rows;
    } finally {
      pool.shutdown();
    }
  }

  public static void main(String[] args) throws Exception {
    Path output = null;
    int threads = Runtime.getRuntime().availableProcessors();
    List<Path> inputs = new ArrayList<>();
    for (String arg : args) {
      if (arg.startsWith("--output=")) {
        output = Path.of(arg.substring("--output=".length()));
      } else if (arg.startsWith("--threads=")) {
        threads = Integer.parseInt(arg.substring("--threads=".length()));
      } else {
        inputs.add(Path.of(arg));
      }
    }
    if (output == null || inputs.isEmpty()) {
      System.err.println("usage: BaselineJob --output=DIR [--threads=N] FILE.jsonl[.gz]...");
      System.exit(2);
    }
    long started = System.nanoTime();
    Map<String, Long> rows = new BaselineJob(threads).run(inputs, output);
    System.out.printf("baseline: %d threads, %.1f s%n", threads, (System.nanoTime() - started) / 1e9);
    rows.forEach((table, count) -> System.out.printf("  %-16s %,d%n", table, count));
  }

  private static <T> T get(Future<T> future) throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("baseline worker failed", e.getCause());
    }
  }

  /**
   * Every record of the inputs; of articles sharing an id, the one whose source sorts first (ties:
   * a digest of text and title) is kept and the others are duplicate_id rejects, as in the job.
   */
  static List<Article> readUnique(List<Path> inputs, List<Reject> rejects) throws IOException {
    Map<String, Article> kept = new LinkedHashMap<>();
    List<Article> duplicates = new ArrayList<>();
    JsonLinesInput reader = new JsonLinesInput();
    for (Path input : inputs) {
      reader.read(input, (ParsedRecord record) -> {
        if (record.article() == null) {
          rejects.add(record.reject());
          return;
        }
        Article article = record.article();
        Article other = kept.putIfAbsent(article.getDocId(), article);
        if (other != null && orderKey(article).compareTo(orderKey(other)) < 0) {
          kept.put(article.getDocId(), article);
          duplicates.add(other);
        } else if (other != null) {
          duplicates.add(article);
        }
      });
    }
    for (Article duplicate : duplicates) {
      rejects.add(ParsedRecord.rejected(duplicate.getSource(), RejectReason.DUPLICATE_ID, "doc_id "
          + duplicate.getDocId() + " is also the id of " + kept.get(duplicate.getDocId()).getSource(),
          duplicate.getText()).reject());
    }
    return new ArrayList<>(kept.values());
  }

  private static String orderKey(Article article) {
    return article.getSource() + "\u0000" + DocIds.of(article.getText(), article.getTitle() == null ? 0
        : article.getTitle().hashCode());
  }

  /** One thread's analyzer, its shard of every table, its sums and its articles' entities. */
  private static final class Worker {
    static final List<String> TABLES = List.of("articles", "sentences", "terms", "vocabulary", "entity_mentions",
        "entities", "cooccurrence", "rejects");
    private final Path output;
    private final int shard;
    private final int shards;
    private final ArticleAnalyzer analyzer = new ArticleAnalyzer(SentimentMode.NEWS_RULES);
    private final CorpusTallies tallies = new CorpusTallies();
    private final List<ArticleEntities> entities = new ArrayList<>();
    private final Map<String, Long> rows = new HashMap<>();
    private long tokens;

    Worker(Path output, int shard, int shards) {
      this.output = output;
      this.shard = shard;
      this.shards = shards;
    }

    Worker analyzeAll(List<Article> articles, AtomicInteger next) {
      try (ParquetShard<ArticleRecord> articleRows = shard("articles", ArticleRecord.class);
          ParquetShard<SentenceRecord> sentenceRows = shard("sentences", SentenceRecord.class);
          ParquetShard<TermCount> termRows = shard("terms", TermCount.class);
          ParquetShard<Reject> rejectRows = new ParquetShard<>(output, "rejects", Reject.class, shard, shards + 1)) {
        for (int i = next.getAndIncrement(); i < articles.size(); i = next.getAndIncrement()) {
          ArticleAnalyzer.Analyzed analyzed = analyzer.analyze(articles.get(i));
          if (analyzed == null) {
            rejectRows.write(analyzer.rejectOf(articles.get(i)));
            continue;
          }
          articleRows.write(analyzed.article());
          sentenceRows.writeAll(analyzed.sentences());
          termRows.writeAll(analyzed.terms());
          tallies.addTerms(analyzed.terms());
          tallies.addEntities(analyzed.entities(), CooccurrencePeriod.NONE);
          entities.add(analyzed.entities());
          tokens += analyzed.tokens();
        }
        count(articleRows, sentenceRows, termRows, rejectRows);
      }
      return this;
    }

    /** This thread's share: its articles' mentions, and every {@code shards}-th entity, term and pair. */
    Void writeCorpusTables(CorpusTallies totals, Map<String, EntityRecord> byKey,
        List<Map.Entry<String, PairTally>> pairs) {
      try (ParquetShard<EntityMention> mentionRows = shard("entity_mentions", EntityMention.class);
          ParquetShard<EntityRecord> entityRows = shard("entities", EntityRecord.class);
          ParquetShard<VocabularyEntry> vocabularyRows = shard("vocabulary", VocabularyEntry.class);
          ParquetShard<EntityPair> pairRows = shard("cooccurrence", EntityPair.class)) {
        for (ArticleEntities article : entities) {
          for (EntityMention mention : article.getMentions()) {
            EntityRecord entity = byKey.get(EntityNames.key(mention.getEntity()));
            mentionRows.write(mention.withEntity(entity.getEntity(), entity.getEntityType()));
          }
        }
        totals.entities.keySet().stream().filter(this::mine).forEach(key -> entityRows.write(byKey.get(key)));
        totals.vocabulary.forEach((term, entry) -> {
          if (mine(term)) {
            vocabularyRows.write(entry);
          }
        });
        for (int i = shard; i < pairs.size(); i += shards) {
          pairRows.write(CountCooccurrences.score(pairs.get(i).getKey(), pairs.get(i).getValue(), byKey, totals.units));
        }
        count(mentionRows, entityRows, vocabularyRows, pairRows);
      }
      return null;
    }

    private boolean mine(String key) {
      return Math.floorMod(key.hashCode(), shards) == shard;
    }

    private <T> ParquetShard<T> shard(String table, Class<T> type) {
      return new ParquetShard<>(output, table, type, shard, shards);
    }

    private void count(ParquetShard<?>... written) {
      for (ParquetShard<?> table : written) {
        rows.merge(table.table(), table.rows(), Long::sum);
      }
    }
  }
}
