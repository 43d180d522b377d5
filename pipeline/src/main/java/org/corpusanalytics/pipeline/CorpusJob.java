package org.corpusanalytics.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.spark.SparkPipelineOptions;
import org.apache.beam.runners.spark.SparkRunner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.Partition;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.corpusanalytics.clean.CleanArticles;
import org.apache.beam.sdk.values.PCollectionView;
import org.corpusanalytics.duplicates.FlagNearDuplicates;
import org.corpusanalytics.entities.CooccurrencePeriod;
import org.corpusanalytics.entities.CountCooccurrences;
import org.corpusanalytics.entities.CountEntities;
import org.corpusanalytics.entities.EntityDirectory;
import org.corpusanalytics.entities.ExpandCorpusAcronyms;
import org.corpusanalytics.entities.ExtractEntities;
import org.corpusanalytics.entities.PairCorpusAcronyms;
import org.corpusanalytics.entities.ResolveMentions;
import org.corpusanalytics.language.IdentifyLanguage;
import org.corpusanalytics.model.Article;
import org.corpusanalytics.model.ArticleEntities;
import org.corpusanalytics.model.ArticleRecord;
import org.corpusanalytics.model.EntityMention;
import org.corpusanalytics.model.EntityPair;
import org.corpusanalytics.model.EntityRecord;
import org.corpusanalytics.model.Reject;
import org.corpusanalytics.model.SentenceRecord;
import org.corpusanalytics.model.TermCount;
import org.corpusanalytics.model.TokenizedArticle;
import org.corpusanalytics.model.VocabularyEntry;
import org.corpusanalytics.pipeline.graph.ExportCooccurrenceGraph;
import org.corpusanalytics.pipeline.io.FileExclusions;
import org.corpusanalytics.pipeline.io.InputPatterns;
import org.corpusanalytics.pipeline.io.ReadArticles;
import org.corpusanalytics.pipeline.io.WriteParquetTable;
import org.corpusanalytics.pipeline.options.CorpusJobOptions;
import org.corpusanalytics.pipeline.options.DuplicateHandling;
import org.corpusanalytics.pipeline.options.LocalRunnerChoice;
import org.corpusanalytics.pipeline.output.CountRows;
import org.corpusanalytics.pipeline.output.OutputDirectory;
import org.corpusanalytics.pipeline.output.RunProgress;
import org.corpusanalytics.pipeline.output.RunSummary;
import org.corpusanalytics.pipeline.output.WatchProgress;
import org.corpusanalytics.pipeline.report.RunReport;
import org.corpusanalytics.sentiment.ScoreSentiment;
import org.corpusanalytics.terms.BuildVocabulary;
import org.corpusanalytics.terms.CountTerms;
import org.corpusanalytics.text.ner.DemonymMode;
import org.corpusanalytics.tokenize.TokenizeArticles;

/**
 * The corpus job: read articles, clean, tokenize, score sentiment, count terms, write Parquet
 * tables and a run summary. {@code main} parses options and calls {@link #run}.
 */
public final class CorpusJob {
  /** Every table the job writes, by folder name, with the value type its schema comes from. */
  public static final Map<String, Class<?>> TABLES = tables();

  private static final String SPARK_DEFAULT_PARALLELISM = "spark.default.parallelism";

  private CorpusJob() {}

  private static Map<String, Class<?>> tables() {
    Map<String, Class<?>> tables = new LinkedHashMap<>();
    tables.put("articles", ArticleRecord.class);
    tables.put("sentences", SentenceRecord.class);
    tables.put("terms", TermCount.class);
    tables.put("vocabulary", VocabularyEntry.class);
    tables.put("entity_mentions", EntityMention.class);
    tables.put("entities", EntityRecord.class);
    tables.put("cooccurrence", EntityPair.class);
    tables.put("rejects", Reject.class);
    return java.util.Collections.unmodifiableMap(tables);
  }

  private static Schema schemaOf(Pipeline pipeline, Class<?> type) {
    try {
      return pipeline.getSchemaRegistry().getSchema(type);
    } catch (NoSuchSchemaException e) {
      throw new IllegalStateException(type.getName() + " declares a schema", e);
    }
  }

  public static void main(String[] args) {
    if (Arrays.stream(args).anyMatch(arg -> arg.equals("--help") || arg.equals("-h"))) {
      PipelineOptionsFactory.printHelp(System.out, CorpusJobOptions.class);
      return;
    }
    PipelineOptionsFactory.register(CorpusJobOptions.class);
    CorpusJobOptions options = PipelineOptionsFactory.fromArgs(args).withValidation().as(CorpusJobOptions.class);
    disableDirectRunnerChecksUnlessAsked(options, args);
    cacheSerializedOnSparkUnlessAsked(options, args);
    try {
      InputPatterns.Resolved inputs = resolveInputs(options);
      if (!given(args, "runner")) {
        chooseLocalRunner(options, inputs, given(args, "sparkMaster"), given(args, "parallelism"));
      }
      RunSummary summary = run(options, inputs);
      System.out.print(summary.toText());
      if (options.getReport()) {
        System.out.println("report            " + options.getOutput().replaceAll("/+$", "") + "/" + RunReport.FILE);
      }
    } catch (JobFailure failure) {
      System.err.println("corpus-analytics: " + failure.getMessage());
      System.exit(failure.exitCode());
    }
  }

  /** Whether the command line sets an option, as --name=value or --name value. */
  private static boolean given(String[] args, String name) {
    return Arrays.stream(args).anyMatch(arg -> arg.equals("--" + name) || arg.startsWith("--" + name + "="));
  }

  /** A command naming no runner gets one by input size: see {@link LocalRunnerChoice}. */
  private static void chooseLocalRunner(CorpusJobOptions options, InputPatterns.Resolved inputs,
      boolean sparkMasterGiven, boolean parallelismGiven) {
    LocalRunnerChoice choice = LocalRunnerChoice.choose(inputs.plainBytes(), inputs.compressedBytes(),
        options.getSparkFromBytes(), LocalRunnerChoice.sparkOnClasspath(), Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory());
    System.err.println("runner: " + choice.reason() + " (--runner overrides)");
    if (choice.spark()) {
      options.setRunner(SparkRunner.class);
      if (!sparkMasterGiven) {
        options.as(SparkPipelineOptions.class).setSparkMaster(choice.sparkMaster());
      }
      if (!parallelismGiven) {
        options.setParallelism(choice.partitions());
      }
      // The runner's context reads spark.* system properties: its shuffles get as many partitions
      // as the job's own buckets, unless the user set them.
      if (System.getProperty(SPARK_DEFAULT_PARALLELISM) == null) {
        System.setProperty(SPARK_DEFAULT_PARALLELISM, String.valueOf(options.getParallelism()));
      }
    }
  }

  /**
   * The DirectRunner's immutability and encodability checks re-encode every element: right for
   * tests, which keep them, and a large cost for production runs, which skip them unless asked.
   */
  private static void disableDirectRunnerChecksUnlessAsked(CorpusJobOptions options, String[] args) {
    DirectOptions direct = options.as(DirectOptions.class);
    if (!given(args, "enforceImmutability")) {
      direct.setEnforceImmutability(false);
    }
    if (!given(args, "enforceEncodability")) {
      direct.setEnforceEncodability(false);
    }
  }

  /**
   * Spark keeps a collection read by several steps (tokenized articles feed five, entities three) in
   * memory, by default as Java objects that are recomputed, NLP included, when they do not fit.
   * Stored as encoded bytes that spill to disk, they take a fraction of the heap and are never
   * recomputed, so large corpora run in a bounded heap.
   */
  private static void cacheSerializedOnSparkUnlessAsked(CorpusJobOptions options, String[] args) {
    if (!given(args, "storageLevel")) {
      options.as(SparkPipelineOptions.class).setStorageLevel("MEMORY_AND_DISK_SER");
    }
  }

  /** Runs the job to completion and returns its summary; the output is in place when it returns. */
  public static RunSummary run(CorpusJobOptions options) {
    return run(options, resolveInputs(options));
  }

  /** The files --input names, less the excluded ones: listed, and checked, before any work. */
  private static InputPatterns.Resolved resolveInputs(CorpusJobOptions options) {
    // Registers the filesystems the options configure (hdfs:// from --hdfsConfiguration or
    // HADOOP_CONF_DIR) before the inputs are listed, which happens before the pipeline exists.
    FileSystems.setDefaultPipelineOptions(options);
    return InputPatterns.resolve(options.getInput(), FileExclusions.fromOption(options.getExclude()));
  }

  private static RunSummary run(CorpusJobOptions options, InputPatterns.Resolved inputs) {
    long started = System.nanoTime();
    FileExclusions exclusions = FileExclusions.fromOption(options.getExclude());
    ReadArticles read = readArticles(inputs.patterns(), options).withExclusions(exclusions);
    OutputDirectory output = OutputDirectory.prepare(options.getOutput(), UUID.randomUUID().toString());
    try {
      Pipeline pipeline = Pipeline.create(options);
      buildPipeline(pipeline, read, options, output);
      // run() then returns at once on the DirectRunner too (as on Spark), so the run can be watched.
      options.as(DirectOptions.class).setBlockOnRun(false);
      PipelineResult result = pipeline.run();
      RunProgress progress = WatchProgress.until(result, RunProgress.forTables(TABLES.keySet()), System.err,
          options.getProgressSeconds(), started);
      result.waitUntilFinish();
      RunSummary summary = RunSummary.from(result)
          .describe(version(), describeOptions(options), (System.nanoTime() - started) / 1e9, TABLES.keySet())
          .withFilesSkipped(inputs.skippedFiles())
          .withStages(progress);
      for (Map.Entry<String, Class<?>> table : TABLES.entrySet()) {
        WriteParquetTable.ensureTableExists(output.tablePath(table.getKey()), schemaOf(pipeline, table.getValue()));
      }
      summary.writeTo(output.workingPath());
      // Both checks leave the complete output unpublished beside --output so it can be inspected.
      summary.requireReconciled(output.workingPath());
      summary.requireRejectsAtMost(options.getMaxRejectFraction(), output.workingPath());
      if (options.getReport()) {
        RunReport.write(output, summary);
      }
      output.commit();
      return summary;
    } catch (RuntimeException e) {
      if (!(e instanceof JobFailure failure && failure.exitCode() >= JobFailure.COUNTS_DO_NOT_RECONCILE)) {
        output.abandon();
      }
      throw e instanceof JobFailure ? e : new JobFailure(JobFailure.RUN_FAILED, "the run failed: " + e);
    }
  }

  /** The job's steps, as a chain of named composites. */
  static void buildPipeline(Pipeline pipeline, ReadArticles readArticles, CorpusJobOptions options,
      OutputDirectory output) {
    // 1. Files -> article records with unique ids, or rejects (bad bytes, malformed JSON, empty
    //    files, over a size limit, duplicate ids).
    PCollectionTuple read = pipeline.apply("ReadArticles", readArticles);

    // 2. Article -> cleaned Article (boilerplate removed), or a reject when nothing is left.
    PCollectionTuple cleaned = read.get(ReadArticles.ARTICLES).apply("CleanText", CleanArticles.create());

    // 3. Article -> the same with its language (the input's, or identified) and where it came from,
    //    marked when it is a near-duplicate copy of its group's representative.
    DuplicateHandling duplicates = duplicateHandling(options);
    PCollection<Article> articles = cleaned.get(CleanArticles.CLEANED).apply("IdentifyLanguage", IdentifyLanguage.create());
    if (duplicates != DuplicateHandling.OFF) {
      articles = articles.apply("FlagNearDuplicates", FlagNearDuplicates.create().withBuckets(options.getParallelism()));
    }

    // 4. Article -> (article, [sentence, [token]]): English models for English, ICU's rules for the rest.
    // 5. -> the same with sentence and article sentiment (English articles only).
    PCollection<TokenizedArticle> tokenized = articles
        .apply("Tokenize", TokenizeArticles.create())
        .apply("ScoreSentiment", ScoreSentiment.create().withMode(options.getSentimentMode()));

    // Corpus statistics count each near-duplicate group once, through its representative. Copies
    // feed the per-article tables under `flag` and only `articles` under `drop`.
    PCollection<TokenizedArticle> counted = tokenized;
    PCollection<TokenizedArticle> copies = null;
    if (duplicates != DuplicateHandling.OFF) {
      PCollectionList<TokenizedArticle> split = tokenized.apply("SeparateCopies",
          Partition.of(2, (TokenizedArticle article, int parts) -> article.getArticle().isDuplicateCopy() ? 1 : 0));
      counted = split.get(0);
      copies = duplicates == DuplicateHandling.FLAG ? split.get(1) : null;
    }
    PCollection<TokenizedArticle> perArticle = duplicates == DuplicateHandling.FLAG ? tokenized : counted;

    // 6. (doc_id, term) -> count, and term -> (term_count, doc_count).
    PCollection<TermCount> terms = perArticle.apply("CountTerms", CountTerms.create());

    // 7. English article -> (doc_id, [mention, sentence, article-level canonical name]); then entity key ->
    //    corpus statistics, and (scope, period, entity a, entity b) -> pair statistics.
    //    Acronyms the corpus defines often enough (acronym -> long form) name their undefined uses too.
    ExtractEntities extractEntities = ExtractEntities.create().withDemonyms(demonyms(options));
    PCollection<ArticleEntities> recognized = counted.apply("ExtractEntities", extractEntities);
    PCollectionView<Map<String, String>> corpusAcronyms = recognized.apply("PairCorpusAcronyms",
        PairCorpusAcronyms.create().withMinArticles(minAcronymDefinitions(options)));
    PCollection<ArticleEntities> entities =
        recognized.apply("ExpandCorpusAcronyms", ExpandCorpusAcronyms.using(corpusAcronyms));
    PCollection<EntityRecord> entityRows =
        entities.apply("CountEntities", CountEntities.create().withBuckets(options.getParallelism()));
    PCollectionView<Map<String, EntityRecord>> entityNames = entityRows.apply("ViewEntities", EntityDirectory.view());
    PCollectionList<ArticleEntities> mentionSources = PCollectionList.of(entities);
    if (copies != null) {
      mentionSources = mentionSources.and(copies.apply("ExtractEntitiesOfCopies", extractEntities)
          .apply("ExpandCorpusAcronymsOfCopies", ExpandCorpusAcronyms.using(corpusAcronyms)));
    }

    // 8. Tables.
    tokenized
        .apply("ToArticleRows", MapElements.into(TypeDescriptor.of(ArticleRecord.class)).via(ArticleRecord::of))
        .apply("CountArticles", CountRows.byKey("articles", ArticleRecord::languageOrUndetermined))
        .apply("WriteArticles", writeTable(output, "articles", options));
    perArticle
        .apply("ToSentenceRows", FlatMapElements.into(TypeDescriptor.of(SentenceRecord.class))
            .via((TokenizedArticle article) -> article.getSentences().stream()
                .map(sentence -> SentenceRecord.of(article.getArticle().getDocId(), sentence))
                .toList()))
        .apply("CountSentences", CountRows.of("sentences"))
        .apply("WriteSentences", writeTable(output, "sentences", options));
    terms
        .apply("CountTermRows", CountRows.of("terms"))
        .apply("WriteTerms", writeTable(output, "terms", options));
    // The vocabulary counts the terms again rather than reading `terms`: Spark caches a collection
    // that two steps read, and encoding, storing and decoding every (doc_id, term) row (3.1 million
    // at 20k articles) costs far more than counting the words of the tokenized articles twice.
    counted
        .apply("CountTermsForVocabulary", CountTerms.create())
        .apply("BuildVocabulary", BuildVocabulary.create().withBuckets(options.getParallelism()))
        .apply("CountVocabulary", CountRows.of("vocabulary"))
        .apply("WriteVocabulary", writeTable(output, "vocabulary", options));
    mentionSources
        .apply("GatherEntitiesOfArticles", Flatten.pCollections())
        .apply("ResolveMentions", ResolveMentions.using(entityNames))
        .apply("CountMentions", CountRows.of("entity_mentions"))
        .apply("WriteEntityMentions", writeTable(output, "entity_mentions", options));
    entityRows
        .apply("CountEntityRows", CountRows.of("entities"))
        .apply("WriteEntities", writeTable(output, "entities", options));
    PCollection<EntityPair> pairs = entities
        .apply("CountCooccurrences", CountCooccurrences.using(entityNames)
            .withPeriod(CooccurrencePeriod.parse(options.getCooccurrencePeriod()))
            .withMinPairCount(options.getMinPairCount())
            .withBuckets(options.getParallelism()));
    pairs
        .apply("CountPairs", CountRows.of("cooccurrence"))
        .apply("WriteCooccurrence", writeTable(output, "cooccurrence", options));
    PCollectionList.of(read.get(ReadArticles.REJECTS))
        .and(cleaned.get(CleanArticles.REJECTED))
        .apply("GatherRejects", Flatten.pCollections())
        .apply("CountRejects", CountRows.byKey("rejects", Reject::getReason))
        .apply("WriteRejects", writeTable(output, "rejects", options));

    // 9. The strongest pairs and their entities -> graph/cooccurrence.graphml and .gexf.
    if (options.getGraphExport()) {
      pairs.apply("ExportGraph", ExportCooccurrenceGraph.to(output.workingPath() + "/graph")
          .withEntities(entityNames)
          .withMaxEdges(options.getGraphMaxEdges()));
    }
  }

  /** The reader as the options configure it; bad limits fail here, before any work. */
  private static ReadArticles readArticles(java.util.List<String> patterns, CorpusJobOptions options) {
    duplicateHandling(options);
    double maxRejectFraction = options.getMaxRejectFraction();
    if (!(maxRejectFraction >= 0 && maxRejectFraction <= 1)) {
      throw new JobFailure(JobFailure.USAGE, "--maxRejectFraction must be between 0 and 1, not " + maxRejectFraction);
    }
    if (options.getGraphMaxEdges() < 1) {
      throw new JobFailure(JobFailure.USAGE, "--graphMaxEdges must be at least 1, not " + options.getGraphMaxEdges());
    }
    try {
      return ReadArticles.from(patterns)
          .withFormat(options.getInputFormat())
          .withTextLayout(options.getTextLayout())
          .withParallelism(options.getParallelism())
          .withMaxLineBytes(options.getMaxLineBytes())
          .withMaxFileBytes(options.getMaxFileBytes())
          .withMaxArticleChars(options.getMaxArticleChars())
          .withMaxTokenChars(options.getMaxTokenChars());
    } catch (IllegalArgumentException e) {
      throw new JobFailure(JobFailure.USAGE, "bad option: " + e.getMessage());
    }
  }

  private static int minAcronymDefinitions(CorpusJobOptions options) {
    if (options.getMinAcronymDefinitions() < 1) {
      throw new JobFailure(JobFailure.USAGE,
          "--minAcronymDefinitions must be at least 1, not " + options.getMinAcronymDefinitions());
    }
    return options.getMinAcronymDefinitions();
  }

  private static DemonymMode demonyms(CorpusJobOptions options) {
    try {
      return DemonymMode.parse(options.getDemonyms());
    } catch (IllegalArgumentException e) {
      throw new JobFailure(JobFailure.USAGE, "--" + e.getMessage());
    }
  }

  private static DuplicateHandling duplicateHandling(CorpusJobOptions options) {
    try {
      return DuplicateHandling.parse(options.getDuplicates());
    } catch (IllegalArgumentException e) {
      throw new JobFailure(JobFailure.USAGE, e.getMessage());
    }
  }

  private static <T> WriteParquetTable<T> writeTable(OutputDirectory output, String table, CorpusJobOptions options) {
    return WriteParquetTable.<T>to(output.tablePath(table)).withNumShards(options.getNumShards());
  }

  private static Map<String, Object> describeOptions(CorpusJobOptions options) {
    Map<String, Object> described = new LinkedHashMap<>();
    described.put("input", options.getInput());
    described.put("input_format", options.getInputFormat().name());
    described.put("text_layout", options.getTextLayout().name());
    described.put("exclude", options.getExclude());
    described.put("output", options.getOutput());
    described.put("runner", options.getRunner().getSimpleName());
    described.put("spark_from_bytes", options.getSparkFromBytes());
    described.put("sentiment_mode", options.getSentimentMode().name());
    described.put("duplicates", DuplicateHandling.parse(options.getDuplicates()).optionValue());
    described.put("cooccurrence_period", options.getCooccurrencePeriod());
    described.put("min_pair_count", options.getMinPairCount());
    described.put("graph_export", options.getGraphExport());
    described.put("graph_max_edges", options.getGraphMaxEdges());
    described.put("parallelism", options.getParallelism());
    described.put("num_shards", options.getNumShards());
    described.put("max_line_bytes", options.getMaxLineBytes());
    described.put("max_file_bytes", options.getMaxFileBytes());
    described.put("max_article_chars", options.getMaxArticleChars());
    described.put("max_token_chars", options.getMaxTokenChars());
    described.put("max_reject_fraction", options.getMaxRejectFraction());
    described.put("report", options.getReport());
    return described;
  }

  /** The project version, from the build. */
  static String version() {
    try (InputStream in = CorpusJob.class.getResourceAsStream("corpus-analytics.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
