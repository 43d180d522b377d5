package org.corpusanalytics.pipeline.graph;

import java.io.IOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;
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
 * EntityRecord, as made by {@code EntityDirectory}) -> one file per {@link GraphFormat}, through
 * Beam's file systems. Selecting the strongest is a combine, so each worker holds at most
 * {@code maxEdges} pairs at once.
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
    pairs
        .apply("StrongestPairs", Top.of(maxEdges, CooccurrenceGraph.BY_STRENGTH))
        .apply("WriteGraphFiles", ParDo.of(new WriteGraphFilesFn(directory, entities)).withSideInputs(entities));
    return PDone.in(pairs.getPipeline());
  }

  /**
   * The strongest pairs (one list) -> one whole document per format, written to its file. One
   * element makes one small file per format, so it is written directly rather than through a
   * sharded sink; a retried bundle rewrites the same bytes, and the job's output directory is
   * published whole at the end of the run.
   */
  static class WriteGraphFilesFn extends DoFn<List<EntityPair>, Void> {
    private final String directory;
    private final PCollectionView<Map<String, EntityRecord>> entities;

    WriteGraphFilesFn(String directory, PCollectionView<Map<String, EntityRecord>> entities) {
      this.directory = directory;
      this.entities = entities;
    }

    @ProcessElement
    public void process(ProcessContext context) throws IOException {
      CooccurrenceGraph graph = CooccurrenceGraph.of(context.element(), context.sideInput(entities));
      for (GraphFormat format : GraphFormat.values()) {
        ResourceId file = FileSystems.matchNewResource(directory + "/" + FILE_NAME + "." + format.extension(), false);
        try (Writer out = Channels.newWriter(FileSystems.create(file, "application/xml"), StandardCharsets.UTF_8)) {
          out.write(format.render(graph));
          out.write('\n');
        }
      }
    }
  }
}
