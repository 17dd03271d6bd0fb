#!/usr/bin/env python3
"""Compute the expected centrality values that RelmapGraphTests compares against.

Usage: scripts/networkx_expected.py > Tests/RelmapGraphTests/Fixtures/networkx_expected.json

Four small graphs: weighted undirected and not connected (the fixture of shared/notes/CENTRALITY.md),
directed and weighted with a dangling node, Zachary's karate club (unweighted), and a random
graph whose weights are powers of two (so that tied path lengths compare exactly, as networkx
compares them). Values come from networkx with the definitions relmap follows: distance = 1/weight.
"""
import json
import random

import networkx as nx


def undirected_values(g):
    for a, b, d in g.edges(data=True):
        d["distance"] = 1.0 / d["weight"]
    ev = nx.eigenvector_centrality(g, weight="weight", max_iter=100000, tol=1e-15)
    hubs, auths = nx.hits(g, max_iter=100000, tol=1e-14)
    return {
        "degree": nx.degree_centrality(g),
        "strength": dict(g.degree(weight="weight")),
        "betweenness": nx.betweenness_centrality(g, weight="distance", normalized=True),
        "closeness": nx.closeness_centrality(g, distance="distance", wf_improved=True),
        "eigenvector": {k: abs(v) for k, v in ev.items()},
        "pagerank": nx.pagerank(g, alpha=0.85, weight="weight", tol=1e-14, max_iter=10000),
        "hub": hubs,
        "authority": auths,
    }


def directed_values(g):
    for a, b, d in g.edges(data=True):
        d["distance"] = 1.0 / d["weight"]
    hubs, auths = nx.hits(g, max_iter=100000, tol=1e-14)
    return {
        "in-degree": nx.in_degree_centrality(g),
        "out-degree": nx.out_degree_centrality(g),
        "in-strength": dict(g.in_degree(weight="weight")),
        "out-strength": dict(g.out_degree(weight="weight")),
        "betweenness": nx.betweenness_centrality(g, weight="distance", normalized=True),
        "closeness": nx.closeness_centrality(g, distance="distance", wf_improved=True),
        "pagerank": nx.pagerank(g, alpha=0.85, weight="weight", tol=1e-14, max_iter=10000),
        "hub": hubs,
        "authority": auths,
    }


def record(name, g, values):
    edges = [[a, b, d["weight"]] for a, b, d in g.edges(data=True)]
    return {"name": name, "directed": g.is_directed(), "nodes": list(g.nodes), "edges": edges,
            "values": {m: {k: float(v) for k, v in vals.items()} for m, vals in values.items()}}


graphs = []

g = nx.Graph()
for a, b, w in [("A", "B", 3), ("A", "C", 1), ("B", "C", 2), ("C", "D", 1), ("D", "E", 4), ("F", "G", 2)]:
    g.add_edge(a, b, weight=float(w))
graphs.append(record("weighted-disconnected", g, undirected_values(g)))

d = nx.DiGraph()
for a, b, w in [("A", "B", 1), ("B", "C", 2), ("C", "A", 1), ("C", "D", 4), ("D", "B", 1), ("E", "D", 2), ("B", "F", 1), ("E", "A", 1)]:
    d.add_edge(a, b, weight=float(w))
graphs.append(record("directed-dangling", d, directed_values(d)))

k = nx.karate_club_graph()
k = nx.relabel_nodes(k, {n: f"K{n:02d}" for n in k.nodes})
for a, b in k.edges:
    k[a][b]["weight"] = 1.0
graphs.append(record("karate-unweighted", k, undirected_values(k)))

rnd = random.Random(7)
r = nx.gnm_random_graph(40, 120, seed=7)
r = nx.relabel_nodes(r, {n: f"R{n:02d}" for n in r.nodes})
for a, b in r.edges:
    r[a][b]["weight"] = float(rnd.choice([1, 2, 4, 8]))
graphs.append(record("random-power-of-two", r, undirected_values(r)))

print(json.dumps({"generator": f"networkx {nx.__version__}", "graphs": graphs}, indent=1, sort_keys=True))
