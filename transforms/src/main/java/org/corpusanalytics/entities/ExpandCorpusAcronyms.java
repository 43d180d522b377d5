package org.corpusanalytics.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.corpusanalytics.model.ArticleEntities;
import org.corpusanalytics.model.ArticleEntitiesCoder;
import org.corpusanalytics.model.EntityMention;
import org.corpusanalytics.text.ner.AcronymPairing;

/**
 * Mentions of an acronym the corpus pairs with a long form ({@link PairCorpusAcronyms}) stand for that
 * long form: "EC" in an article that never defines it counts toward "European Community".
 *
 * <p>ArticleEntities -> the same, a mention whose article-level name is a paired acronym ("EC") named
 * by its long form, its type kept (the entity's type is its mentions' majority, {@link CountEntities}).
 * An article that defines the acronym itself has already resolved it to its own long form.
 *
 * <pre>{@code
 * PCollection<ArticleEntities> expanded = entities.apply("ExpandCorpusAcronyms", ExpandCorpusAcronyms.using(acronyms));
 * }</pre>
 */
public class ExpandCorpusAcronyms extends PTransform<PCollection<ArticleEntities>, PCollection<ArticleEntities>> {
  private final PCollectionView<Map<String, String>> acronyms;

  private ExpandCorpusAcronyms(PCollectionView<Map<String, String>> acronyms) {
    this.acronyms = acronyms;
  }

  public static ExpandCorpusAcronyms using(PCollectionView<Map<String, String>> acronyms) {
    return new ExpandCorpusAcronyms(acronyms);
  }

  @Override
  public PCollection<ArticleEntities> expand(PCollection<ArticleEntities> articles) {
    return articles.apply("ExpandAcronyms", ParDo.of(new ExpandAcronymsFn(acronyms)).withSideInputs(acronyms))
        .setCoder(ArticleEntitiesCoder.of());
  }

  /** (article, [mention]) + acronym key -> long form -> (article, [mention, acronyms expanded]). */
  static class ExpandAcronymsFn extends DoFn<ArticleEntities, ArticleEntities> {
    private final Counter expanded = Metrics.counter(ExpandAcronymsFn.class, "mentionsExpanded");
    private final PCollectionView<Map<String, String>> acronyms;

    ExpandAcronymsFn(PCollectionView<Map<String, String>> acronyms) {
      this.acronyms = acronyms;
    }

    @ProcessElement
    public void process(@Element ArticleEntities article, OutputReceiver<ArticleEntities> out, ProcessContext context) {
      Map<String, String> paired = context.sideInput(acronyms);
      if (paired.isEmpty()) {
        out.output(article);
        return;
      }
      List<EntityMention> mentions = new ArrayList<>(article.getMentions().size());
      int changed = 0;
      for (EntityMention mention : article.getMentions()) {
        String longForm = AcronymPairing.longForm(mention.getEntity(), paired);
        if (longForm != null) {
          mention = mention.withEntity(longForm, mention.getEntityType());
          changed++;
        }
        mentions.add(mention);
      }
      expanded.inc(changed);
      out.output(changed == 0 ? article : article.withMentions(mentions));
    }
  }
}
