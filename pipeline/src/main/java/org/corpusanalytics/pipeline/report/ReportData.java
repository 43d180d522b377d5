package org.corpusanalytics.pipeline.report;

import java.util.List;
import java.util.Map;

/**
 * What the run report shows, aggregated from the job's tables: small lists, ready to draw. Every
 * string in it comes from the data and is escaped when the page is written.
 *
 * @param sentimentBins articles per bin of {@code sentiment_compound}, {@link #BINS} equal bins over [-1, 1]
 * @param articles articles in the table
 * @param meanSentiment mean article {@code sentiment_compound}
 * @param positiveArticles articles with compound at least 0.05
 * @param negativeArticles articles with compound at most -0.05
 * @param datedArticles articles with a {@code published_at}
 * @param timeline mean article sentiment per day or month, in order (empty when no article is dated)
 * @param groups mean article sentiment per source folder (empty when there are fewer than 2 or too many)
 * @param topEntities the most mentioned entities of each type, by type
 * @param nodes entities of the network's edges
 * @param edges the sentence-scope pairs found together most often, among the most mentioned entities
 * @param termsByDocuments terms in the most articles
 * @param termsByWeight terms with the highest summed TF-IDF: {@code term_count * ln(articles / doc_count)}
 * @param folderTerms the most distinctive terms of each source folder (empty when {@code groups} is)
 * @param rejectExamples a few rejected records, by reason then source
 */
record ReportData(
    List<Long> sentimentBins,
    long articles,
    double meanSentiment,
    long positiveArticles,
    long negativeArticles,
    long datedArticles,
    Timeline timeline,
    List<Group> groups,
    Map<String, List<Entity>> topEntities,
    List<Entity> nodes,
    List<Pair> edges,
    List<Term> termsByDocuments,
    List<Term> termsByWeight,
    Map<String, List<DistinctiveTerm>> folderTerms,
    List<RejectExample> rejectExamples) {

  static final int BINS = 20;

  /** Mean sentiment per period; {@code unit} is "day" or "month". */
  record Timeline(String unit, List<Period> periods) {}

  record Period(String label, long articles, double meanSentiment) {}

  record Group(String name, long articles, double meanSentiment) {}

  /** {@code meanSentiment} is null when no scored sentence mentions it. */
  record Entity(String name, String type, long mentions, long documents, Double meanSentiment) {}

  /** {@code npmi} is null when the pair's count is summed over periods. */
  record Pair(String a, String b, long count, Double npmi, Double meanSentiment) {}

  record Term(String term, long documents, long occurrences, double weight) {}

  /** A term of one folder: occurrences there and in the whole corpus, and its {@link FolderTerms} score. */
  record DistinctiveTerm(String term, long inFolder, long inCorpus, double score) {}

  record RejectExample(String source, String reason, String detail) {}
}
