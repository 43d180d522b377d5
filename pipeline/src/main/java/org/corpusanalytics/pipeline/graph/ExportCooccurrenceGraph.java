package org.corpusanalytics.pipeline.graph;

import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Top;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.PDone;
import org.corpusanalytics.model.EntityPair;
import org.corpusanalytics.model.EntityRecord;

/**
 * Writes the co-occurrence network as {@code <directory>/cooccurrence.graphml} and
 * {@code <directory>/cooccurrence.gexf}.
 *
 * <p>EntityPair rows -> the {@code maxEdges} strongest ({@link CooccurrenceGraph#BY_STRENGTH}:
 * highest pair_count, then npmi, at either scope) -> one graph whose nodes are the entities of
 * those edges, with their rows of the entities side input (key of {@code EntityNames.key} ->
 * EntityRecord, as made by {@code EntityDirectory}) -> one file per {@link GraphFormat}. Selecting
 * the strongest is a combine, so only {@code maxEdges} pairs per worker are ever held at once.
 *
 * <pre>{@code
 * pairs.apply("ExportGraph", ExportCooccurrenceGraph.to("out/graph").withEntities(entityNames).withMaxEdges(500));
 * }</pre>
 */
public class ExportCooccurrenceGraph extends PTransform<PCollection<EntityPair>, PDone> {
  public static final String FILE_NAME = "cooccurrence";
  public static final int DEFAULT_MAX_EDGES = 2000;

  private final String directory;
  private final PCollectionView<Map<String, EntityRecord>> entities;
  private final int maxEdges;

  private ExportCooccurrenceGraph(String directory, PCollectionView<Map<String, EntityRecord>> entities,
      int maxEdges) {
    this.directory = directory;
    this.entities = entities;
    this.maxEdges = maxEdges;
  }

  public static ExportCooccurrenceGraph to(String directory) {
    return new ExportCooccurrenceGraph(directory, null, DEFAULT_MAX_EDGES);
  }

  /** The corpus's entities, as {@code EntityDirectory} makes them; required. */
  public ExportCooccurrenceGraph withEntities(PCollectionView<Map<String, EntityRecord>> entities) {
    return new ExportCooccurrenceGraph(directory, entities, maxEdges);
  }

  /** Most edges written (the strongest); at least 1. */
  public ExportCooccurrenceGraph withMaxEdges(int maxEdges) {
    if (maxEdges < 1) {
      throw new IllegalArgumentException("maxEdges must be at least 1, not " + maxEdges);
    }
    return new ExportCooccurrenceGraph(directory, entities, maxEdges);
  }

  @Override
  public PDone expand(PCollection<EntityPair> pairs) {
    if (entities == null) {
      throw new IllegalStateException("ExportCooccurrenceGraph needs withEntities(...)");
    }
    PCollection<List<EntityPair>> strongest = pairs.apply("StrongestPairs", Top.of(maxEdges, CooccurrenceGraph.BY_STRENGTH));
    for (GraphFormat format : GraphFormat.values()) {
      String name = format.name().charAt(0) + format.name().substring(1).toLowerCase(java.util.Locale.ROOT);
      strongest
          .apply("Render" + name, ParDo.of(new RenderFn(format, entities)).withSideInputs(entities))
          .setCoder(StringUtf8Coder.of())
          .apply("Write" + name, TextIO.write()
              .to(directory + "/" + FILE_NAME)
              .withSuffix("." + format.extension())
              .withoutSharding());
    }
    return PDone.in(pairs.getPipeline());
  }

  /** The strongest pairs (one list) -> the whole document in one format. */
  static class RenderFn extends DoFn<List<EntityPair>, String> {
    private final GraphFormat format;
    private final PCollectionView<Map<String, EntityRecord>> entities;

    RenderFn(GraphFormat format, PCollectionView<Map<String, EntityRecord>> entities) {
      this.format = format;
      this.entities = entities;
    }

    @ProcessElement
    public void process(ProcessContext context) {
      context.output(format.render(CooccurrenceGraph.of(context.element(), context.sideInput(entities))));
    }
  }
}
