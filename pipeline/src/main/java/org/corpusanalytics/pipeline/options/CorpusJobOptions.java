package org.corpusanalytics.pipeline.options;

import java.util.List;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.DefaultValueFactory;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.corpusanalytics.pipeline.graph.ExportCooccurrenceGraph;
import org.corpusanalytics.pipeline.io.InputFormat;
import org.corpusanalytics.pipeline.io.ReadLimits;
import org.corpusanalytics.text.TextLayout;
import org.corpusanalytics.text.sentiment.SentimentMode;

/** Options of the corpus job; every composite gets its settings from these via withX() calls. */
public interface CorpusJobOptions extends PipelineOptions {

  @Description("Input files: globs or directories (a directory means every file below it), repeatable or "
      + "comma-separated. Any Beam filesystem; .gz, .bz2, .zst and .deflate are decompressed. "
      + "Default: seeds/ (the sample corpus).")
  @Default.InstanceFactory(SeedsInput.class)
  List<String> getInput();

  void setInput(List<String> value);

  @Description("Input format: AUTO picks by file extension (.jsonl/.ndjson = JSON Lines, .html/.htm = HTML, "
      + "anything else = plain text, one article per file); TEXT, JSONL or HTML force one format.")
  @Default.Enum("AUTO")
  InputFormat getInputFormat();

  void setInputFormat(InputFormat value);

  @Description("How plain-text and JSON Lines bodies' line breaks are read: AUTO decides per article from its "
      + "line lengths and line ends; LINES takes every line as a paragraph; WRAPPED joins hard-wrapped lines "
      + "into paragraphs (marked by blank lines or indented first lines).")
  @Default.Enum("AUTO")
  TextLayout.Mode getTextLayout();

  void setTextLayout(TextLayout.Mode value);

  @Description("Glob of files not to read, repeatable (a glob without '/' matches file names, one with '/' the "
      + "end of the path; case-insensitive). In a directory input, documentation files (README, LICENSE, "
      + "LICENCE or SOURCE alone or before '.', '-' or '_', and *.md) are skipped too; --exclude= with an empty value reads them. Skipped files are listed in "
      + "_SUMMARY.json as files_skipped.")
  List<String> getExclude();

  void setExclude(List<String> value);

  @Description("Output directory; one sub-folder of Parquet files per table plus _SUMMARY.json. A new run "
      + "replaces a previous run's output whole.")
  @Default.String("output")
  String getOutput();

  void setOutput(String value);

  @Description("Sentiment scorer: NEWS_RULES (VADER without valence on names and neutral-in-news words, "
      + "plus economic direction rules; better than VADER on news), NEWS_MODEL (a model trained on news "
      + "over the same features), NEWS (VADER with an NYT-fitted lexicon) or VADER (VADER 3.3.2 as published).")
  @Default.Enum("NEWS_RULES")
  SentimentMode getSentimentMode();

  void setSentimentMode(SentimentMode value);

  @Description("What nationality adjectives and demonyms (\"Venezuelan\", \"Britons\", \"U.S.-based\") "
      + "resolve to: country (their country, as a LOCATION) or keep (themselves, as MISC).")
  @Default.String("country")
  String getDemonyms();

  void setDemonyms(String value);

  @Description("An acronym written alone (\"EC\") counts toward the long form the corpus defines it as "
      + "(\"European Community (EC)\") when at least this many articles define it so and that long form "
      + "holds two thirds of the acronym's definitions.")
  @Default.Integer(2)
  int getMinAcronymDefinitions();

  void setMinAcronymDefinitions(int value);

  @Description("Near-duplicate (syndicated) articles: flag (mark copies in articles.duplicate_of; corpus "
      + "statistics count each group once), drop (copies go to the articles table only) or off.")
  @Default.String("flag")
  String getDuplicates();

  void setDuplicates(String value);

  @Description("Split the cooccurrence table by publication period: none, day, week or month (UTC; ISO weeks). "
      + "Articles without a date fall in an empty period.")
  @Default.String("none")
  String getCooccurrencePeriod();

  void setCooccurrencePeriod(String value);

  @Description("Keep only entity pairs found together in at least this many sentences (sentence scope) or "
      + "articles (article scope). 1 keeps every pair, right for small corpora; raise it (3-5) on large ones "
      + "to drop one-off pairs, whose PMI is unreliable.")
  @Default.Long(1)
  long getMinPairCount();

  void setMinPairCount(long value);

  @Description("Write the co-occurrence network as graph/cooccurrence.graphml (networkx, Gephi) and "
      + "graph/cooccurrence.gexf (Gephi) under --output.")
  @Default.Boolean(true)
  boolean getGraphExport();

  void setGraphExport(boolean value);

  @Description("Most edges in the exported network: the cooccurrence rows with the highest pair_count, then "
      + "npmi, at either scope; its nodes are the entities of those edges. At least 1.")
  @Default.Integer(ExportCooccurrenceGraph.DEFAULT_MAX_EDGES)
  int getGraphMaxEdges();

  void setGraphMaxEdges(int value);

  @Description("Number of groups that files, articles and vocabulary terms are spread over between steps. "
      + "The DirectRunner pays a fixed cost per group and step: a few per core suit it; on a cluster use at "
      + "least the total number of executor cores.")
  @Default.Integer(8)
  int getParallelism();

  void setParallelism(int value);

  @Description("When the command names no --runner: an input of at least this many bytes (compressed files "
      + "counted 3 times their size) runs on Spark in this JVM, local[cores], whose memory stays bounded as the "
      + "corpus grows, if Spark is on the classpath (scripts/run-local.sh puts it there); a smaller one runs on "
      + "the DirectRunner, which starts faster but holds the whole corpus in memory. The choice and its reason "
      + "are printed. An explicit --runner is always obeyed.")
  @Default.Long(4_000_000L)
  long getSparkFromBytes();

  void setSparkFromBytes(long value);

  @Description("Number of Parquet files written per table.")
  @Default.Integer(1)
  int getNumShards();

  void setNumShards(int value);

  @Description("Longest JSON Lines line read, in bytes; a longer line is rejected as too_large without "
      + "being held in memory.")
  @Default.Integer(ReadLimits.DEFAULT_MAX_LINE_BYTES)
  int getMaxLineBytes();

  void setMaxLineBytes(int value);

  @Description("Most bytes read after decompression from one file held in memory whole (text, HTML), or from "
      + "one web archive record's payload (the decompression-bomb guard, and the bound on the memory one file "
      + "takes); a larger one is rejected as too_large. JSON Lines files are streamed line by line (see "
      + "maxLineBytes) and have no size limit.")
  @Default.Long(ReadLimits.DEFAULT_MAX_FILE_BYTES)
  long getMaxFileBytes();

  void setMaxFileBytes(long value);

  @Description("Longest article text, in characters, as read; a longer article is rejected as too_large "
      + "(never truncated, so every article written is whole).")
  @Default.Integer(ReadLimits.DEFAULT_MAX_ARTICLE_CHARS)
  int getMaxArticleChars();

  void setMaxArticleChars(int value);

  @Description("Longest token (run of non-space characters), in characters; an article holding a longer "
      + "one is rejected as token_too_long before it reaches the sentence and token models.")
  @Default.Integer(ReadLimits.DEFAULT_MAX_TOKEN_CHARS)
  int getMaxTokenChars();

  void setMaxTokenChars(int value);

  @Description("Largest share of records that may be rejected (0 to 1). Above it the run fails with exit "
      + "code 4 after writing every table, rejects included, beside --output for inspection; the previous "
      + "output is left in place.")
  @Default.Double(0.5)
  double getMaxRejectFraction();

  void setMaxRejectFraction(double value);

  @Description("Write OUTPUT/report.html at the end of a successful run: one offline page with the corpus "
      + "overview, rejects, sentiment charts, top entities and terms, and the co-occurrence network. "
      + "Set --report=false to skip it.")
  @Default.Boolean(true)
  boolean getReport();

  void setReport(boolean value);

  @Description("Print a progress line (files read, articles per stage, elapsed time) to stderr every this many "
      + "seconds while the job runs; 0 prints none. The per-stage summary at the end is printed either way.")
  @Default.Integer(10)
  int getProgressSeconds();

  void setProgressSeconds(int value);

  /** The sample corpus shipped with the project, relative to the working directory. */
  class SeedsInput implements DefaultValueFactory<List<String>> {
    @Override
    public List<String> create(PipelineOptions options) {
      return List.of("seeds/");
    }
  }
}
