package org.corpusanalytics.pipeline.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * A GraphML or GEXF file read back with the JDK's DOM parser (namespace-aware, so elements
 * outside the format's namespace are not found), checked for the structure its readers rely on,
 * and reduced to nodes and edges with their attributes by name.
 */
record GraphFile(Map<String, Map<String, String>> nodes, List<Edge> edges) {
  private static final Set<String> TYPES = Set.of("string", "long", "double");

  record Edge(String id, String source, String target, Map<String, String> attributes) {}

  /**
   * GraphML: every data element names a key declared before the graph for its kind of element,
   * with an attr.type networkx and Gephi read (string, long, double) and a value of that type;
   * edges join declared nodes.
   */
  static GraphFile graphml(String xml) throws Exception {
    Element root = parse(xml).getDocumentElement();
    String ns = GraphFormat.GRAPHML_NAMESPACE;
    assertEquals(ns, root.getNamespaceURI());
    assertEquals("graphml", root.getLocalName());
    Map<String, String[]> keys = new HashMap<>();
    for (Element key : children(root, ns, "key")) {
      assertTrue(TYPES.contains(key.getAttribute("attr.type")), "attr.type of " + key.getAttribute("id"));
      assertTrue(Set.of("node", "edge").contains(key.getAttribute("for")), "for of " + key.getAttribute("id"));
      assertFalse(key.getAttribute("attr.name").isEmpty());
      assertEquals(null, keys.put(key.getAttribute("id"),
          new String[] {key.getAttribute("for"), key.getAttribute("attr.name"), key.getAttribute("attr.type")}));
    }
    List<Element> graphs = children(root, ns, "graph");
    assertEquals(1, graphs.size());
    assertEquals("undirected", graphs.get(0).getAttribute("edgedefault"));
    Map<String, Map<String, String>> nodes = new LinkedHashMap<>();
    for (Element node : children(graphs.get(0), ns, "node")) {
      assertEquals(null, nodes.put(node.getAttribute("id"), data(node, "node", keys)), "unique node ids");
    }
    List<Edge> edges = new ArrayList<>();
    for (Element edge : children(graphs.get(0), ns, "edge")) {
      edges.add(new Edge(edge.getAttribute("id"), edge.getAttribute("source"), edge.getAttribute("target"),
          data(edge, "edge", keys)));
    }
    return checked(new GraphFile(nodes, edges));
  }

  private static Map<String, String> data(Element element, String kind, Map<String, String[]> keys) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Element data : children(element, GraphFormat.GRAPHML_NAMESPACE, "data")) {
      String[] key = keys.get(data.getAttribute("key"));
      assertNotNull(key, "undeclared key " + data.getAttribute("key"));
      assertEquals(kind, key[0], "key " + data.getAttribute("key") + " is for " + key[0]);
      values.put(key[1], typed(data.getTextContent(), key[2]));
    }
    return values;
  }

  /**
   * GEXF 1.3: root in the 1.3 namespace with version 1.3; meta before graph; attributes of class
   * node and edge declared before nodes and edges, with 1.3 types; every attvalue names a declared
   * attribute of its class and has a value of its type; counts match; edges join declared nodes.
   */
  static GraphFile gexf(String xml) throws Exception {
    Element root = parse(xml).getDocumentElement();
    String ns = GraphFormat.GEXF_NAMESPACE;
    assertEquals(ns, root.getNamespaceURI());
    assertEquals("gexf", root.getLocalName());
    assertEquals("1.3", root.getAttribute("version"));
    List<String> sections = new ArrayList<>();
    for (Element child : children(root, null, null)) {
      sections.add(child.getLocalName());
    }
    assertEquals(List.of("meta", "graph"), sections);
    Element graph = children(root, ns, "graph").get(0);
    assertEquals("undirected", graph.getAttribute("defaultedgetype"));
    List<String> graphSections = new ArrayList<>();
    Map<String, Map<String, String[]>> declared = new HashMap<>();
    for (Element child : children(graph, null, null)) {
      assertEquals(ns, child.getNamespaceURI());
      graphSections.add(child.getLocalName() + (child.hasAttribute("class") ? ":" + child.getAttribute("class") : ""));
      if (child.getLocalName().equals("attributes")) {
        Map<String, String[]> attributes = new HashMap<>();
        for (Element attribute : children(child, ns, "attribute")) {
          assertTrue(TYPES.contains(attribute.getAttribute("type")), "type of " + attribute.getAttribute("id"));
          attributes.put(attribute.getAttribute("id"), new String[] {attribute.getAttribute("title"),
              attribute.getAttribute("type")});
        }
        declared.put(child.getAttribute("class"), attributes);
      }
    }
    assertEquals(List.of("attributes:node", "attributes:edge", "nodes", "edges"), graphSections);
    Element nodesElement = children(graph, ns, "nodes").get(0);
    Map<String, Map<String, String>> nodes = new LinkedHashMap<>();
    for (Element node : children(nodesElement, ns, "node")) {
      Map<String, String> values = attvalues(node, declared.get("node"));
      values.put("label", node.getAttribute("label"));
      assertEquals(null, nodes.put(node.getAttribute("id"), values), "unique node ids");
    }
    assertEquals(nodes.size(), Integer.parseInt(nodesElement.getAttribute("count")));
    Element edgesElement = children(graph, ns, "edges").get(0);
    List<Edge> edges = new ArrayList<>();
    for (Element edge : children(edgesElement, ns, "edge")) {
      Map<String, String> values = attvalues(edge, declared.get("edge"));
      assertEquals(values.get("scope"), edge.getAttribute("kind"), "kind is the scope");
      assertEquals(Double.parseDouble(values.get("pair_count")), Double.parseDouble(edge.getAttribute("weight")));
      edges.add(new Edge(edge.getAttribute("id"), edge.getAttribute("source"), edge.getAttribute("target"), values));
    }
    assertEquals(edges.size(), Integer.parseInt(edgesElement.getAttribute("count")));
    return checked(new GraphFile(nodes, edges));
  }

  private static Map<String, String> attvalues(Element element, Map<String, String[]> declared) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Element attvalues : children(element, GraphFormat.GEXF_NAMESPACE, "attvalues")) {
      for (Element value : children(attvalues, GraphFormat.GEXF_NAMESPACE, "attvalue")) {
        String[] attribute = declared.get(value.getAttribute("for"));
        assertNotNull(attribute, "undeclared attribute " + value.getAttribute("for"));
        values.put(attribute[0], typed(value.getAttribute("value"), attribute[1]));
      }
    }
    return values;
  }

  private static GraphFile checked(GraphFile graph) {
    for (Edge edge : graph.edges()) {
      assertTrue(graph.nodes().containsKey(edge.source()) && graph.nodes().containsKey(edge.target()),
          "edge " + edge.id() + " joins declared nodes");
    }
    assertEquals(graph.edges().size(), graph.edges().stream().map(Edge::id).distinct().count(), "unique edge ids");
    return graph;
  }

  /** The value, after checking it reads as the declared type. */
  private static String typed(String value, String type) {
    switch (type) {
      case "long" -> Long.parseLong(value);
      case "double" -> Double.parseDouble(value);
      default -> { }
    }
    return value;
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  /** Child elements of this namespace and name (null: any). */
  private static List<Element> children(Element parent, String namespace, String name) {
    List<Element> children = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element child && (name == null
          || (name.equals(child.getLocalName()) && namespace.equals(child.getNamespaceURI())))) {
        children.add(child);
      }
    }
    return children;
  }
}
