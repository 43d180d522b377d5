package org.corpusanalytics.text.ner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.corpusanalytics.text.ner.NerCorpora.GoldArticle;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Floors just under the measured accuracy (see README); skipped when the shared data is absent. The
 * CoNLL-2003 development part is in-sample for CoreNLP's CRF, which was trained on CoNLL-2003.
 */
class NerQualityTest {
  private static final Set<EntityType> NEWS = Set.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION);

  private static Path data(String relative) {
    Path path = NerEvaluation.DEFAULT_DIR.resolve(relative);
    if (!Files.exists(path)) {
      Assumptions.assumeTrue(false, path + " absent: accuracy floor not checked");
    }
    return path;
  }

  private static void atLeast(double floor, double measured, String what) {
    assertTrue(measured >= floor, what + " F1 " + measured + " fell below " + floor);
  }

  @Test
  void conllDevelopmentPartBeatsCoreNlpsOwnPipeline() {
    List<GoldArticle> dev = NerCorpora.conll(data("conll2003/dev.txt"));
    var ours = ConllEvaluation.exactSpans(dev, ConllEvaluation.ours(ArticleRecognizer.standard()), NEWS);
    atLeast(0.935, ours.get(null).f1(), "CoNLL-2003 dev, micro");
    atLeast(0.955, ours.get(EntityType.PERSON).f1(), "CoNLL-2003 dev, PERSON");
    atLeast(0.885, ours.get(EntityType.ORGANIZATION).f1(), "CoNLL-2003 dev, ORGANIZATION");
    atLeast(0.953, ours.get(EntityType.LOCATION).f1(), "CoNLL-2003 dev, LOCATION");
    CoreNlpAnchor anchor = new CoreNlpAnchor();
    double anchored = ConllEvaluation.exactSpans(dev, article -> anchor.recognize(article.text()), NEWS).get(null).f1();
    assertTrue(ours.get(null).f1() > anchored, "ours " + ours.get(null).f1() + " vs CoreNLP's pipeline " + anchored);
  }

  @Test
  void gumNewsNameSpans() {
    var scores = NerEvaluation.score(NerCorpora.gum(data("gum-wikinews"), true), NEWS);
    atLeast(0.47, scores.get(null).f1(), "GUM name spans, micro");
    atLeast(0.57, scores.get(EntityType.PERSON).f1(), "GUM name spans, PERSON");
  }

  @Test
  void gumNewsWholeMentions() {
    atLeast(0.29, NerEvaluation.score(NerCorpora.gum(data("gum-wikinews"), false), NEWS).get(null).f1(),
        "GUM whole mentions, micro");
  }

  @Test
  void wnutSocialMedia() {
    atLeast(0.31, NerEvaluation.score(NerCorpora.wnut(data("wnut17/emerging.test.annotated")),
        Set.of(EntityType.values())).get(null).f1(), "WNUT-17, micro");
  }
}
