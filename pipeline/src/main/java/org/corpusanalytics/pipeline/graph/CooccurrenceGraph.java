package org.corpusanalytics.pipeline.graph;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corpusanalytics.model.EntityPair;
import org.corpusanalytics.model.EntityRecord;
import org.corpusanalytics.text.ner.EntityNames;

/**
 * The co-occurrence network as exported: edges are rows of the {@code cooccurrence} table (one
 * per pair, scope and period, so a pair found at sentence and at article scope has two parallel
 * edges told apart by {@code scope}); nodes are the entities those edges join, with their row of
 * the {@code entities} table. Pure Java: the Beam step that selects the edges is
 * {@link ExportCooccurrenceGraph}.
 */
public final class CooccurrenceGraph {
  /**
   * Orders pairs from weakest to strongest: by pair_count, then npmi; remaining ties go to the
   * alphabetically first scope, period and names, so the strongest N are the same on every runner.
   */
  public static final ByStrength BY_STRENGTH = new ByStrength();

  private final List<EntityRecord> nodes;
  private final List<EntityPair> edges;

  private CooccurrenceGraph(List<EntityRecord> nodes, List<EntityPair> edges) {
    this.nodes = List.copyOf(nodes);
    this.edges = List.copyOf(edges);
  }

  /**
   * The graph of these pairs (strongest first) and the entities they name, looked up in
   * {@code entitiesByKey} (key of {@link EntityNames#key} -> entities row). Nodes are ordered by
   * mention count, most mentioned first.
   */
  public static CooccurrenceGraph of(Collection<EntityPair> pairs, Map<String, EntityRecord> entitiesByKey) {
    List<EntityPair> edges = new ArrayList<>(pairs);
    edges.sort(BY_STRENGTH.reversed());
    Map<String, EntityRecord> nodes = new LinkedHashMap<>();
    for (EntityPair edge : edges) {
      for (String name : List.of(edge.getEntityA(), edge.getEntityB())) {
        nodes.computeIfAbsent(name, unused -> entity(name, entitiesByKey));
      }
    }
    List<EntityRecord> ordered = new ArrayList<>(nodes.values());
    ordered.sort(Comparator.comparingLong(EntityRecord::getMentionCount).reversed()
        .thenComparing(EntityRecord::getEntity));
    return new CooccurrenceGraph(ordered, edges);
  }

  private static EntityRecord entity(String name, Map<String, EntityRecord> entitiesByKey) {
    EntityRecord entity = entitiesByKey.get(EntityNames.key(name));
    if (entity == null || !entity.getEntity().equals(name)) {
      // Pairs are named through the same directory, so this is a bug, not bad input.
      throw new IllegalStateException("The pair entity '" + name + "' is not in the entities table");
    }
    return entity;
  }

  /** The entities joined by at least one edge, most mentioned first. */
  public List<EntityRecord> nodes() {
    return nodes;
  }

  /** The pairs, strongest first. */
  public List<EntityPair> edges() {
    return edges;
  }

  /** The order of {@link #BY_STRENGTH}; a named class because Beam's {@code Top} needs it serializable. */
  public static final class ByStrength implements Comparator<EntityPair>, Serializable {
    private static final long serialVersionUID = 1L;

    private ByStrength() {}

    @Override
    public int compare(EntityPair left, EntityPair right) {
      int byCount = Long.compare(left.getPairCount(), right.getPairCount());
      if (byCount != 0) {
        return byCount;
      }
      int byNpmi = Double.compare(left.getNpmi(), right.getNpmi());
      if (byNpmi != 0) {
        return byNpmi;
      }
      return tieBreak(right).compareTo(tieBreak(left));
    }

    private static String tieBreak(EntityPair pair) {
      String period = pair.getPeriod() == null ? "" : pair.getPeriod();
      return pair.getScope() + '\u0000' + period + '\u0000' + pair.getEntityA() + '\u0000' + pair.getEntityB();
    }
  }
}
