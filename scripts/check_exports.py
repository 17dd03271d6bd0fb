#!/usr/bin/env python3
"""Load relmap's GraphML, GEXF and JSON exports with networkx and compare them with the graph.

Usage: scripts/check_exports.py GRAPH.json GRAPH.graphml GRAPH.gexf
Prints one line a format and "N passed, N failed"; exits 1 when networkx reads other nodes,
edges or weights than the JSON states.
"""
import json
import sys

import networkx as nx


def edges_of(g):
    return sorted((a, b, float(d["weight"])) for a, b, d in g.edges(data=True))


def main(json_path, graphml_path, gexf_path):
    data = json.load(open(json_path, encoding="utf-8"))
    nodes = sorted(n["id"] for n in data["nodes"])
    expected = sorted((e["source"], e["target"], float(e["weight"])) for e in data["edges"])
    # GEXF writes symmetric relations as "mutual" edges, which networkx reads as two arcs.
    expected_gexf = sorted(expected + [(e["target"], e["source"], float(e["weight"]))
                                       for e in data["edges"] if e.get("directed") is False])
    loaded = {
        "json": nx.node_link_graph(data),
        "graphml": nx.read_graphml(graphml_path, force_multigraph=True),
        "gexf": nx.read_gexf(gexf_path, version="1.3"),
    }
    passed = failed = 0
    for name, g in loaded.items():
        problems = []
        if sorted(g.nodes) != nodes:
            problems.append(f"nodes differ: {sorted(set(g.nodes) ^ set(nodes))}")
        want = expected_gexf if name == "gexf" else expected
        if edges_of(g) != want:
            problems.append(f"edges differ ({g.number_of_edges()} against {len(want)})")
        if name == "gexf":
            labels = {n["id"]: n["label"] for n in data["nodes"]}
            if any(g.nodes[n].get("label") != labels[n] for n in g.nodes):
                problems.append("labels differ")
            firsts = {(e["source"], e["target"], e["type"]): e["first"] for e in data["edges"]}
            if any(d.get("start") != firsts.get((a, b, d.get("relation")), firsts.get((b, a, d.get("relation"))))
                   for a, b, d in g.edges(data=True)):
                problems.append("edge start dates differ")
        print(f"{'PASS' if not problems else 'FAIL'} networkx reads the {name} export: "
              f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges" + ("; " + "; ".join(problems) if problems else ""))
        passed, failed = passed + (not problems), failed + bool(problems)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(*sys.argv[1:]))
