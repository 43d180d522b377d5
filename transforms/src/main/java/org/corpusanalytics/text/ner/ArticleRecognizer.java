package org.corpusanalytics.text.ner;

import java.util.ArrayList;
import java.util.List;
import org.corpusanalytics.text.TokenSpan;

/**
 * Recognises the entities of one whole article: each sentence goes to the cased recogniser, or to
 * the caseless one when it is an ALL-CAPS line ({@link CapsLines}); names of an organisation's form
 * become organisations ({@link OrganisationNames}); then the article's labels are made consistent
 * ({@link LabelConsistency}).
 *
 * <p>(text, [sentence -> [token]]) -> [sentence -> [span]], spans as offsets into text.
 */
public final class ArticleRecognizer {
  private final EntityRecognizer cased;
  private final EntityRecognizer caseless;
  private final boolean consistent;

  /**
   * @param caseless the recogniser for ALL-CAPS lines; the cased one reads them too when it is the same
   * @param consistent whether labels are made consistent across the article
   */
  public ArticleRecognizer(EntityRecognizer cased, EntityRecognizer caseless, boolean consistent) {
    this.cased = cased;
    this.caseless = caseless;
    this.consistent = consistent;
  }

  /** CoreNLP's cased and caseless CoNLL 4-class CRFs, with consistent labels. */
  public static ArticleRecognizer standard() {
    return new ArticleRecognizer(CrfEntityRecognizer.shared(), CrfEntityRecognizer.caseless(), true);
  }

  public List<List<EntitySpan>> recognize(String text, List<List<TokenSpan>> sentences) {
    List<List<EntitySpan>> spans = new ArrayList<>(sentences.size());
    for (List<TokenSpan> tokens : sentences) {
      EntityRecognizer recognizer = CapsLines.isCaps(text, tokens) ? caseless : cased;
      spans.add(OrganisationNames.relabel(text, recognizer.recognize(text, tokens)));
    }
    return consistent ? LabelConsistency.apply(text, spans) : spans;
  }
}
