package org.corpusanalytics.terms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.corpusanalytics.model.Sentence;
import org.corpusanalytics.model.Token;
import org.corpusanalytics.model.TermCount;
import org.corpusanalytics.model.TokenizedArticle;

/**
 * Bag of words per article, stop words excluded.
 *
 * <p>TokenizedArticle -> (doc_id, term, count), one element per distinct normalised term.
 */
public class CountTerms extends PTransform<PCollection<TokenizedArticle>, PCollection<TermCount>> {

  public static CountTerms create() {
    return new CountTerms();
  }

  @Override
  public PCollection<TermCount> expand(PCollection<TokenizedArticle> articles) {
    return articles.apply("CountTermsInArticle", ParDo.of(new CountTermsFn()));
  }

  static class CountTermsFn extends DoFn<TokenizedArticle, TermCount> {
    @ProcessElement
    public void process(@Element TokenizedArticle article, OutputReceiver<TermCount> out) {
      termsOf(article).forEach(out::output);
    }
  }

  /** An article's (doc_id, term) -> count over its non-stop-word tokens, in term order. */
  public static List<TermCount> termsOf(TokenizedArticle article) {
    Map<String, Long> counts = new TreeMap<>();
    for (Sentence sentence : article.getSentences()) {
      for (Token token : sentence.getTokens()) {
        if (!token.isStopWord()) {
          counts.merge(token.getNorm(), 1L, Long::sum);
        }
      }
    }
    String docId = article.getArticle().getDocId();
    List<TermCount> terms = new ArrayList<>(counts.size());
    counts.forEach((term, count) -> terms.add(TermCount.create(docId, term, count)));
    return terms;
  }
}
