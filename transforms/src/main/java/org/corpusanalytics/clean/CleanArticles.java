package org.corpusanalytics.clean;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.corpusanalytics.model.Article;
import org.corpusanalytics.model.Reject;
import org.corpusanalytics.text.ArticleCleaner;

/**
 * Cleans article bodies: Unicode and markup normalised, control characters removed (counted as
 * {@code controlCharsRemoved}), news boilerplate lines removed, the headline taken from the first
 * line where the reader asked for it and that line looks like one.
 *
 * <p>Article -> Article with cleaned {@code text} under {@link #CLEANED}; an article left with
 * no letter or digit goes to {@link #REJECTED} with reason {@code empty_after_cleaning} and its
 * raw text.
 *
 * <pre>{@code
 * PCollectionTuple cleaned = articles.apply("CleanText", CleanArticles.create());
 * PCollection<Article> clean = cleaned.get(CleanArticles.CLEANED);
 * PCollection<Reject> rejects = cleaned.get(CleanArticles.REJECTED);
 * }</pre>
 */
public class CleanArticles extends PTransform<PCollection<Article>, PCollectionTuple> {
  public static final TupleTag<Article> CLEANED = new TupleTag<>() {};
  public static final TupleTag<Reject> REJECTED = new TupleTag<>() {};
  public static final String STAGE = "clean";
  public static final String EMPTY_AFTER_CLEANING = "empty_after_cleaning";

  public static CleanArticles create() {
    return new CleanArticles();
  }

  @Override
  public PCollectionTuple expand(PCollection<Article> articles) {
    return articles.apply(
        "CleanArticle", ParDo.of(new CleanArticleFn()).withOutputTags(CLEANED, TupleTagList.of(REJECTED)));
  }

  /** Article -> cleaned Article, or a Reject when nothing readable is left. */
  static class CleanArticleFn extends DoFn<Article, Article> {
    private final Counter articlesCleaned = Metrics.counter(CleanArticleFn.class, "articlesCleaned");
    private final Counter emptyAfterCleaning = Metrics.counter(CleanArticleFn.class, "emptyAfterCleaning");
    private final Counter boilerplateChars = Metrics.counter(CleanArticleFn.class, "boilerplateCharsRemoved");
    private final Counter controlChars = Metrics.counter(CleanArticleFn.class, "controlCharsRemoved");
    private transient Map<String, Counter> removalsByRule;
    private transient ArticleCleaner cleaner;

    @Setup
    public void setup() {
      cleaner = ArticleCleaner.withDefaultRules();
      removalsByRule = new ConcurrentHashMap<>();
    }

    @ProcessElement
    public void process(@Element Article article, MultiOutputReceiver out) {
      ArticleCleaner.Cleaned cleaned = cleaner.clean(article.getText(), article.isTitleInFirstLine());
      articlesCleaned.inc();
      cleaned.removalsByRule().forEach((rule, lines) -> removalCounter(rule).inc(lines));
      boilerplateChars.inc(cleaned.boilerplateCharsRemoved());
      controlChars.inc(cleaned.controlCharsRemoved());
      if (!cleaned.hasWords()) {
        emptyAfterCleaning.inc();
        out.get(REJECTED).output(
            Reject.create(article.getSource(), STAGE, EMPTY_AFTER_CLEANING, cleaned.whyEmpty(), article.getText()));
        return;
      }
      String title = cleaned.title() != null ? cleaned.title() : cleaner.cleanLine(article.getTitle());
      out.get(CLEANED).output(article.toBuilder()
          .setTitle(title)
          .setText(cleaned.text())
          .setTitleInFirstLine(false)
          .setBoilerplateCharsRemoved(cleaned.boilerplateCharsRemoved())
          .build());
    }

    /** Counter "removedLines_<rule>": whole lines removed by each boilerplate rule. */
    private Counter removalCounter(String rule) {
      return removalsByRule.computeIfAbsent(rule, name -> Metrics.counter(CleanArticleFn.class, "removedLines_" + name));
    }
  }
}
