#!/usr/bin/env python3
"""Load a relmap graph JSON with networkx and compare it with the file's own content.

Usage: check_networkx.py GRAPH.json
Exits 1 when networkx reads different nodes, edges or weights than the file states.
"""
import json
import sys

import networkx as nx

path = sys.argv[1]
data = json.load(open(path, encoding="utf-8"))
g = nx.node_link_graph(data)
assert g.is_directed() and g.is_multigraph(), "expected a directed multigraph"
ids = {n["id"] for n in data["nodes"]}
assert set(g.nodes) == ids, f"nodes differ: {set(g.nodes) ^ ids}"
assert g.number_of_edges() == len(data["edges"]), "edge count differs"
for e in data["edges"]:
    got = g.get_edge_data(e["source"], e["target"], key=e["type"])
    assert got is not None, f"missing edge {e['source']} -> {e['target']} {e['type']}"
    assert got["weight"] == e["weight"], f"weight differs on {e['source']} -> {e['target']}"
print(f"networkx: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges, weights match")
