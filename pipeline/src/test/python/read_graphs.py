"""Reads a job's co-occurrence network files with networkx and prints, as JSON, what it saw:

  {"graphml" | "gexf": {"class", "nodes", "edges",
                        "node_attributes" | "edge_attributes": {attribute: [Python classes of its values]}}}

Usage: read_graphs.py OUTPUT_DIR
"""
import json
import sys
from pathlib import Path

import networkx as nx


def describe_graph(graph):
    """Nodes, edges, and the Python classes each attribute's values have."""
    def classes(items):
        seen = {}
        for attributes in items:
            for key, value in attributes.items():
                seen.setdefault(key, set()).add(type(value).__name__)
        return {key: sorted(names) for key, names in seen.items()}

    return {"class": type(graph).__name__, "nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(),
            "node_attributes": classes(attributes for _, attributes in graph.nodes(data=True)),
            "edge_attributes": classes(attributes for _, _, attributes in graph.edges(data=True))}


def main(output):
    graphs = output / "graph"
    print(json.dumps({"graphml": describe_graph(nx.read_graphml(graphs / "cooccurrence.graphml")),
                      "gexf": describe_graph(nx.read_gexf(graphs / "cooccurrence.gexf"))}, indent=1))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
