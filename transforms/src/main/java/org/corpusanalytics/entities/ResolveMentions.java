package org.corpusanalytics.entities;

import java.util.Map;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.corpusanalytics.model.ArticleEntities;
import org.corpusanalytics.model.EntityMention;
import org.corpusanalytics.model.EntityRecord;
import org.corpusanalytics.text.ner.EntityNames;

/**
 * Rows of the {@code entity_mentions} table: every mention with its entity's corpus-wide name and
 * type.
 *
 * <p>ArticleEntities -> EntityMention, given the entities view of {@link EntityDirectory#view}.
 * A mention of an entity the view lacks keeps its article-level name and type: near-duplicate
 * copies, whose entities the corpus statistics count only through their representative, can name
 * one their representative does not.
 */
public class ResolveMentions extends PTransform<PCollection<ArticleEntities>, PCollection<EntityMention>> {
  private final PCollectionView<Map<String, EntityRecord>> entities;

  private ResolveMentions(PCollectionView<Map<String, EntityRecord>> entities) {
    this.entities = entities;
  }

  public static ResolveMentions using(PCollectionView<Map<String, EntityRecord>> entities) {
    return new ResolveMentions(entities);
  }

  @Override
  public PCollection<EntityMention> expand(PCollection<ArticleEntities> articles) {
    return articles
        .apply("NameMentions", ParDo.of(new NameMentionsFn(entities)).withSideInputs(entities))
        .setCoder(Schemas.coder(articles, EntityMention.class));
  }

  /** (article, [mention with article-level name]) -> mentions with corpus-wide names. */
  static class NameMentionsFn extends DoFn<ArticleEntities, EntityMention> {
    private final PCollectionView<Map<String, EntityRecord>> entities;

    NameMentionsFn(PCollectionView<Map<String, EntityRecord>> entities) {
      this.entities = entities;
    }

    @ProcessElement
    public void process(@Element ArticleEntities article, OutputReceiver<EntityMention> out, ProcessContext context) {
      Map<String, EntityRecord> byKey = context.sideInput(entities);
      for (EntityMention mention : article.getMentions()) {
        EntityRecord entity = byKey.get(EntityNames.key(mention.getEntity()));
        out.output(entity == null ? mention : mention.withEntity(entity.getEntity(), entity.getEntityType()));
      }
    }
  }
}
