package org.corpusanalytics.pipeline.graph;

import java.util.List;
import org.corpusanalytics.model.EntityPair;
import org.corpusanalytics.model.EntityRecord;

/**
 * The file formats the co-occurrence network is written in. Both carry the same attributes:
 * nodes (id and label = the entity's canonical name) with type, mention_count, doc_count and
 * mean_sentiment; edges with scope, period, pair_count, doc_count, pmi, npmi and mean_sentiment. A
 * null value (mean_sentiment without sentiment scores, period without periods) is left out.
 */
public enum GraphFormat {
  /** GraphML, read by networkx ({@code read_graphml}), Gephi, Cytoscape, igraph and yEd. */
  GRAPHML("graphml") {
    @Override
    public String render(CooccurrenceGraph graph) {
      XmlDocument xml = new XmlDocument(GRAPHML_NAMESPACE, "graphml")
          .attribute("xsi", XSI_NAMESPACE, "schemaLocation", GRAPHML_NAMESPACE + " " + GRAPHML_SCHEMA);
      for (Attribute attribute : NODE_ATTRIBUTES) {
        xml.empty("key").attribute("id", "n_" + attribute.name()).attribute("for", "node")
            .attribute("attr.name", attribute.name()).attribute("attr.type", attribute.type());
      }
      for (Attribute attribute : EDGE_ATTRIBUTES) {
        xml.empty("key").attribute("id", "e_" + attribute.name()).attribute("for", "edge")
            .attribute("attr.name", attribute.name()).attribute("attr.type", attribute.type());
      }
      xml.start("graph").attribute("id", "cooccurrence").attribute("edgedefault", "undirected");
      for (EntityRecord node : graph.nodes()) {
        xml.start("node").attribute("id", node.getEntity());
        data(xml, "n_label", node.getEntity());
        data(xml, "n_type", node.getEntityType());
        data(xml, "n_mention_count", node.getMentionCount());
        data(xml, "n_doc_count", node.getDocCount());
        data(xml, "n_mean_sentiment", node.getMeanSentiment());
        xml.end();
      }
      int id = 0;
      for (EntityPair edge : graph.edges()) {
        xml.start("edge").attribute("id", "e" + id++)
            .attribute("source", edge.getEntityA()).attribute("target", edge.getEntityB());
        data(xml, "e_scope", edge.getScope());
        data(xml, "e_period", edge.getPeriod());
        data(xml, "e_pair_count", edge.getPairCount());
        data(xml, "e_doc_count", edge.getDocCount());
        data(xml, "e_pmi", edge.getPmi());
        data(xml, "e_npmi", edge.getNpmi());
        data(xml, "e_mean_sentiment", edge.getMeanSentiment());
        xml.end();
      }
      return xml.finish();
    }

    private void data(XmlDocument xml, String key, Object value) {
      if (value != null) {
        xml.start("data").attribute("key", key).text(value.toString()).end();
      }
    }
  },

  /**
   * GEXF 1.3, Gephi's own format (Gephi 0.9.3 and later). A pair's sentence- and article-scope
   * edges are parallel edges with the scope as their {@code kind}; {@code weight} is pair_count.
   */
  GEXF("gexf") {
    @Override
    public String render(CooccurrenceGraph graph) {
      XmlDocument xml = new XmlDocument(GEXF_NAMESPACE, "gexf")
          .attribute("xsi", XSI_NAMESPACE, "schemaLocation", GEXF_NAMESPACE + " " + GEXF_SCHEMA)
          .attribute("version", "1.3");
      xml.start("meta").start("creator").text("corpus-analytics").end()
          .start("description").text("Entity co-occurrence network: the strongest pairs of the cooccurrence "
              + "table and the entities they join").end()
          .end();
      xml.start("graph").attribute("defaultedgetype", "undirected").attribute("mode", "static");
      declare(xml, "node", NODE_ATTRIBUTES.subList(1, NODE_ATTRIBUTES.size()));
      declare(xml, "edge", EDGE_ATTRIBUTES);
      xml.start("nodes").attribute("count", Integer.toString(graph.nodes().size()));
      for (EntityRecord node : graph.nodes()) {
        xml.start("node").attribute("id", node.getEntity()).attribute("label", node.getEntity()).start("attvalues");
        value(xml, "type", node.getEntityType());
        value(xml, "mention_count", node.getMentionCount());
        value(xml, "doc_count", node.getDocCount());
        value(xml, "mean_sentiment", node.getMeanSentiment());
        xml.end().end();
      }
      xml.end();
      xml.start("edges").attribute("count", Integer.toString(graph.edges().size()));
      int id = 0;
      for (EntityPair edge : graph.edges()) {
        xml.start("edge").attribute("id", "e" + id++)
            .attribute("source", edge.getEntityA()).attribute("target", edge.getEntityB())
            .attribute("weight", Long.toString(edge.getPairCount())).attribute("kind", edge.getScope())
            .start("attvalues");
        value(xml, "scope", edge.getScope());
        value(xml, "period", edge.getPeriod());
        value(xml, "pair_count", edge.getPairCount());
        value(xml, "doc_count", edge.getDocCount());
        value(xml, "pmi", edge.getPmi());
        value(xml, "npmi", edge.getNpmi());
        value(xml, "mean_sentiment", edge.getMeanSentiment());
        xml.end().end();
      }
      return xml.finish();
    }

    private void declare(XmlDocument xml, String kind, List<Attribute> attributes) {
      xml.start("attributes").attribute("class", kind);
      for (Attribute attribute : attributes) {
        xml.empty("attribute").attribute("id", attribute.name()).attribute("title", attribute.name())
            .attribute("type", attribute.type());
      }
      xml.end();
    }

    private void value(XmlDocument xml, String attribute, Object value) {
      if (value != null) {
        xml.empty("attvalue").attribute("for", attribute).attribute("value", value.toString());
      }
    }
  };

  public static final String GRAPHML_NAMESPACE = "http://graphml.graphdrawing.org/xmlns";
  public static final String GEXF_NAMESPACE = "http://gexf.net/1.3";
  private static final String XSI_NAMESPACE = "http://www.w3.org/2001/XMLSchema-instance";
  private static final String GRAPHML_SCHEMA = "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";
  private static final String GEXF_SCHEMA = "http://gexf.net/1.3/gexf.xsd";

  /** Attribute name and type; the types (string, long, double) are named alike in GraphML and GEXF. */
  record Attribute(String name, String type) {}

  /** Node attributes; GEXF carries the label as the node's own {@code label}, not as an attribute. */
  static final List<Attribute> NODE_ATTRIBUTES = List.of(new Attribute("label", "string"),
      new Attribute("type", "string"), new Attribute("mention_count", "long"), new Attribute("doc_count", "long"),
      new Attribute("mean_sentiment", "double"));
  static final List<Attribute> EDGE_ATTRIBUTES = List.of(new Attribute("scope", "string"),
      new Attribute("period", "string"), new Attribute("pair_count", "long"), new Attribute("doc_count", "long"),
      new Attribute("pmi", "double"), new Attribute("npmi", "double"), new Attribute("mean_sentiment", "double"));

  private final String extension;

  GraphFormat(String extension) {
    this.extension = extension;
  }

  /** The file name extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** The whole document. */
  public abstract String render(CooccurrenceGraph graph);
}
