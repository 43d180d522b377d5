package org.corpusanalytics.language;

import java.io.Serializable;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.corpusanalytics.model.Article;
import org.corpusanalytics.text.lang.LanguageAssignment;
import org.corpusanalytics.text.lang.LanguageIdentifier;
import org.corpusanalytics.text.lang.CloseLanguageIdentifier;

/**
 * Gives every cleaned article its language: the input's, normalised to an ISO 639-1 code, or else
 * the one identified from its text (by default OpenNLP's language model, refined within groups of
 * close languages by {@link CloseLanguageIdentifier}).
 *
 * <p>Article -> the same Article with {@code language} and {@code languageSource} ({@code input} or
 * {@code detected}; both null when the text is too short to tell). Counters: articles by source,
 * undetermined ones, and strong disagreements between the input's language and the text's.
 *
 * <pre>{@code
 * PCollection<Article> withLanguage = cleaned.apply("IdentifyLanguage", IdentifyLanguage.create());
 * }</pre>
 */
public class IdentifyLanguage extends PTransform<PCollection<Article>, PCollection<Article>> {

  /** Makes the identifier on each worker; a model-backed one should be shared per JVM. */
  @FunctionalInterface
  public interface IdentifierFactory extends Serializable {
    LanguageIdentifier create();
  }

  private final IdentifierFactory identifiers;

  private IdentifyLanguage(IdentifierFactory identifiers) {
    this.identifiers = identifiers;
  }

  /** With OpenNLP's 103-language model, refined within groups of close languages. */
  public static IdentifyLanguage create() {
    return new IdentifyLanguage(CloseLanguageIdentifier::shared);
  }

  /** With another identifier. */
  public IdentifyLanguage withIdentifier(IdentifierFactory identifiers) {
    return new IdentifyLanguage(identifiers);
  }

  @Override
  public PCollection<Article> expand(PCollection<Article> articles) {
    return articles.apply("AssignLanguage", ParDo.of(new IdentifyLanguageFn(identifiers)))
        .setCoder(articles.getCoder());
  }

  static class IdentifyLanguageFn extends DoFn<Article, Article> {
    private final Counter fromInput = Metrics.counter(IdentifyLanguageFn.class, "languageFromInput");
    private final Counter detected = Metrics.counter(IdentifyLanguageFn.class, "languageDetected");
    private final Counter undetermined = Metrics.counter(IdentifyLanguageFn.class, "languageUndetermined");
    private final Counter disagreements = Metrics.counter(IdentifyLanguageFn.class, "languageDisagreements");
    private final IdentifierFactory identifiers;
    private transient LanguageIdentifier identifier;

    IdentifyLanguageFn(IdentifierFactory identifiers) {
      this.identifiers = identifiers;
    }

    @Setup
    public void setup() {
      identifier = identifiers.create();
    }

    @ProcessElement
    public void process(@Element Article article, OutputReceiver<Article> out) {
      LanguageAssignment.Decision decision =
          LanguageAssignment.decide(article.getLanguage(), article.getText(), identifier);
      if (decision.source() == null) {
        undetermined.inc();
      } else if (decision.source().equals(LanguageAssignment.FROM_INPUT)) {
        fromInput.inc();
      } else {
        detected.inc();
      }
      if (decision.disagreement()) {
        disagreements.inc();
      }
      out.output(article.toBuilder()
          .setLanguage(decision.language())
          .setLanguageSource(decision.source())
          .build());
    }
  }
}
