package org.corpusanalytics.text.ner;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The anchor of the NER evaluation: Stanford CoreNLP's own {@code StanfordCoreNLP} pipeline
 * (tokenize, ssplit, ner) with the same cased CoNLL 4-class CRF, given the gold tokens (split on
 * white space, one sentence per line), as a user of CoreNLP would run it. No numeric classifiers,
 * SUTime or fine-grained rules: they add no PERSON, LOCATION, ORGANIZATION or MISC labels.
 */
final class CoreNlpAnchor {
  private final StanfordCoreNLP pipeline;

  CoreNlpAnchor() {
    Properties properties = new Properties();
    properties.setProperty("annotators", "tokenize,ssplit,ner");
    properties.setProperty("tokenize.whitespace", "true");
    properties.setProperty("ssplit.eolonly", "true");
    properties.setProperty("ner.model", CrfEntityRecognizer.MODEL);
    properties.setProperty("ner.applyNumericClassifiers", "false");
    properties.setProperty("ner.useSUTime", "false");
    properties.setProperty("ner.applyFineGrained", "false");
    pipeline = new StanfordCoreNLP(properties);
  }

  /** Mentions of a text whose lines are sentences of white-space separated tokens. */
  List<EntitySpan> recognize(String text) {
    Annotation document = new Annotation(text);
    pipeline.annotate(document);
    List<EntitySpan> spans = new ArrayList<>();
    for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
      EntityType open = null;
      int start = 0;
      int end = 0;
      for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        EntityType type = EntityType.fromLabel(token.ner());
        if (type != open && open != null) {
          spans.add(new EntitySpan(start, end, open));
        }
        if (type != null && type != open) {
          start = token.beginPosition();
        }
        open = type;
        end = token.endPosition();
      }
      if (open != null) {
        spans.add(new EntitySpan(start, end, open));
      }
    }
    return spans;
  }
}
