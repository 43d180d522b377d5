package org.corpusanalytics.pipeline.report;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.corpusanalytics.model.TermCount;

/**
 * The terms that set each source folder's articles apart from the whole corpus (for a corpus
 * filed by topic, each topic's vocabulary). A term's score in folder g is its share of g's
 * term occurrences against its share of the corpus's, weighted by its count in g:
 * {@code c_g(t) * ln((c_g(t) / N_g) / (c(t) / N))}, its contribution to the divergence of the
 * folder's term distribution from the corpus's. Terms seen fewer than {@link #MIN_COUNT} times in
 * the folder are left out, as their ratios are noise.
 */
final class FolderTerms {
  static final int PER_FOLDER = 8;
  static final long MIN_COUNT = 5;

  private FolderTerms() {}

  /** From the terms table, with each article's folder ({@code doc_id -> folder}). */
  static Map<String, List<ReportData.DistinctiveTerm>> from(String output, Map<String, String> folderOfDoc) {
    Map<String, Map<String, long[]>> byFolder = new TreeMap<>();
    Map<String, long[]> corpus = new HashMap<>();
    ParquetTable.of(output + "/terms", TermCount.class, List.of("doc_id", "term", "count")).forEach(row -> {
      String folder = folderOfDoc.get(row.get("doc_id").toString());
      String term = row.get("term").toString();
      if (folder == null || !CollectReportData.isRankedWord(term)) {
        return;
      }
      long count = (Long) row.get("count");
      byFolder.computeIfAbsent(folder, f -> new HashMap<>()).computeIfAbsent(term, t -> new long[1])[0] += count;
      corpus.computeIfAbsent(term, t -> new long[1])[0] += count;
    });
    double total = corpus.values().stream().mapToLong(count -> count[0]).sum();
    Map<String, List<ReportData.DistinctiveTerm>> distinctive = new TreeMap<>();
    byFolder.forEach((folder, counts) -> {
      double inFolder = counts.values().stream().mapToLong(count -> count[0]).sum();
      TopK<ReportData.DistinctiveTerm> top = new TopK<>(PER_FOLDER, Comparator
          .comparingDouble(ReportData.DistinctiveTerm::score)
          .thenComparing(ReportData.DistinctiveTerm::term, Comparator.reverseOrder()));
      counts.forEach((term, count) -> {
        long everywhere = corpus.get(term)[0];
        double score = count[0] * Math.log((count[0] / inFolder) / (everywhere / total));
        if (count[0] >= MIN_COUNT && score > 0) {
          top.add(new ReportData.DistinctiveTerm(term, count[0], everywhere, score));
        }
      });
      distinctive.put(folder, top.descending());
    });
    return distinctive;
  }
}
