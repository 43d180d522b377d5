package org.corpusanalytics.text.duplicates;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Connected components of an undirected graph given edge by edge, over string node ids.
 *
 * <p>Each component's root is its smallest id (in {@link String#compareTo} order), so the result
 * does not depend on the order in which edges arrive or on how partial structures are merged.
 * Memory is one map entry per node that has an edge; nodes without edges are not stored.
 */
public final class UnionFind {
  /** node -> parent; a root is absent or maps to itself. */
  private final Map<String, String> parent;

  public UnionFind() {
    this(new HashMap<>());
  }

  private UnionFind(Map<String, String> parent) {
    this.parent = parent;
  }

  /** A structure over the given node -> parent links, as {@link #links()} returned them. */
  public static UnionFind ofLinks(Map<String, String> links) {
    return new UnionFind(new HashMap<>(links));
  }

  public void union(String a, String b) {
    String rootA = find(a);
    String rootB = find(b);
    int order = rootA.compareTo(rootB);
    if (order < 0) {
      parent.put(rootB, rootA);
    } else if (order > 0) {
      parent.put(rootA, rootB);
    }
  }

  /** Adds every link of {@code other} to this structure. */
  public void addAll(UnionFind other) {
    other.parent.forEach(this::union);
  }

  /** The root of {@code node}'s component, halving the path on the way. */
  public String find(String node) {
    parent.putIfAbsent(node, node);
    String current = node;
    while (true) {
      String up = parent.get(current);
      if (up.equals(current)) {
        return current;
      }
      String grandparent = parent.get(up);
      parent.put(current, grandparent);
      current = grandparent;
    }
  }

  /** The node -> parent links, enough to rebuild the structure. */
  public Map<String, String> links() {
    return new TreeMap<>(parent);
  }

  /** Every node -> the smallest id of its component, in node order. */
  public Map<String, String> components() {
    Map<String, String> components = new TreeMap<>();
    for (String node : new java.util.ArrayList<>(parent.keySet())) {
      components.put(node, find(node));
    }
    return components;
  }
}
