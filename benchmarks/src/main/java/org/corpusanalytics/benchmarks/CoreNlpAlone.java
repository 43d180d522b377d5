package org.corpusanalytics.benchmarks;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.corpusanalytics.text.ner.CrfEntityRecognizer;

/**
 * What a user would run instead of the job for its NLP part alone: Stanford CoreNLP's own
 * multi-threaded pipeline with the annotators equivalent to our segmentation and recognition
 * (tokenize, ssplit, and ner with the same CoNLL 4-class CRF; no numeric classifiers, SUTime or
 * fine-grained rules, so no POS tagger or lemmatizer is needed) over the article texts of a JSON
 * Lines corpus. No cleaning, sentiment, counting or output.
 *
 * <pre>{@code
 * java -cp ... org.corpusanalytics.benchmarks.CoreNlpAlone [--threads=2] corpus.jsonl.gz
 * }</pre>
 */
public final class CoreNlpAlone {
  private CoreNlpAlone() {}

  static Properties properties(int threads) {
    Properties properties = new Properties();
    properties.setProperty("annotators", "tokenize,ssplit,ner");
    properties.setProperty("tokenize.language", "en");
    properties.setProperty("ner.model", CrfEntityRecognizer.MODEL);
    properties.setProperty("ner.applyNumericClassifiers", "false");
    properties.setProperty("ner.useSUTime", "false");
    properties.setProperty("ner.applyFineGrained", "false");
    properties.setProperty("threads", Integer.toString(threads));
    return properties;
  }

  public static void main(String[] args) throws Exception {
    int threads = 2;
    List<Path> inputs = new ArrayList<>();
    for (String arg : args) {
      if (arg.startsWith("--threads=")) {
        threads = Integer.parseInt(arg.substring("--threads=".length()));
      } else {
        inputs.add(Path.of(arg));
      }
    }
    long started = System.nanoTime();
    List<Annotation> documents = new ArrayList<>();
    JsonLinesInput reader = new JsonLinesInput();
    for (Path input : inputs) {
      reader.read(input, record -> {
        if (record.article() != null) {
          documents.add(new Annotation(record.article().getText()));
        }
      });
    }
    StanfordCoreNLP pipeline = new StanfordCoreNLP(properties(threads));
    AtomicLong sentences = new AtomicLong();
    AtomicLong tokens = new AtomicLong();
    AtomicLong mentions = new AtomicLong();
    pipeline.annotate(documents, threads, done -> {
      sentences.addAndGet(done.get(CoreAnnotations.SentencesAnnotation.class).size());
      tokens.addAndGet(done.get(CoreAnnotations.TokensAnnotation.class).size());
      mentions.addAndGet(done.get(CoreAnnotations.MentionsAnnotation.class).size());
    });
    System.out.printf("corenlp: %d threads, %.1f s%n", threads, (System.nanoTime() - started) / 1e9);
    System.out.printf("  articles  %,d%n  sentences %,d%n  tokens    %,d%n  mentions  %,d%n",
        documents.size(), sentences.get(), tokens.get(), mentions.get());
  }
}
