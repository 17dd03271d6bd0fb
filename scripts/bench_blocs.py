#!/usr/bin/env python3
"""Time bloc detection (Louvain) in `relmap rank`, and check what it finds.

Usage: scripts/bench_blocs.py [--ring 50000] [--random 33334] [--relmap PATH] [--before PATH]

Graphs: a ring of --ring actors (each tied to the next, the case where rounding once made Louvain
move nodes back and forth for a minute), and a random graph from ../shared/bench/gen_graph.py with
--random actors and three ties each (about 100,000 edges): its types give each tie a polarity (the
codebook's: protest, defection, attack, sanction and threat hostile), so that its blocs come from
signed modularity; and the same graph with every tie cooperative (a polarity column), whose blocs
are plain Louvain's. For each graph and binary: the whole
`rank` with blocs, the same with --no-blocs, bloc detection alone (relmap's --timings line
`relmap blocs`, or the difference of the two when the binary has none), the number of blocs and
their modularity (computed here from the edge list, as networkx's `community.modularity`, or
signed as Gómez, Jensen & Arenas 2009 when the graph has hostile ties).
--before runs a second binary (an older build) on the same graphs, to compare.
"""
import argparse
import collections
import csv
import os
import re
import subprocess
import sys
import tempfile

from bench_graph import timed  # the wall clock of one process, and its output

here = os.path.dirname(os.path.abspath(__file__))
bench = os.path.join(here, "..", "..", "shared", "bench")


HOSTILE = {"protest", "attack", "sanction", "threat", "defection"}


def modularity(edges_csv, blocs):
    """Modularity of `blocs` (id -> bloc) on the undirected, summed graph: networkx
    community.modularity, or signed (hostile ties negative; Gómez, Jensen & Arenas 2009) when the
    graph has hostile ties (by its polarity column, else by the codebook's polarity of its types),
    as relmap computes it."""
    pair = collections.defaultdict(float)
    total = {1: 0.0, -1: 0.0}
    degree = {1: collections.defaultdict(float), -1: collections.defaultdict(float)}
    with open(edges_csv) as f:
        for row in csv.DictReader(f):
            a, b = row["source"], row["target"]
            if a != b:
                w = float(row.get("weight") or 1)
                sign = -1 if (row.get("polarity") or ("hostile" if row["type"] in HOSTILE else "")) == "hostile" else 1
                pair[(min(a, b), max(a, b))] += sign * w
                total[sign] += w
                degree[sign][blocs[a]] += w
                degree[sign][blocs[b]] += w
    m = total[1] + total[-1]
    inside = collections.defaultdict(float)
    for (a, b), w in pair.items():
        if blocs[a] == blocs[b]:
            inside[blocs[a]] += w
    q = 0.0
    for c in set(blocs.values()):
        q += inside[c] / m
        for sign in (1, -1):
            if total[sign] > 0:
                q -= sign * (degree[sign][c] / (2 * total[sign])) ** 2 * total[sign] / m
    return q


def run(binary, graph, tmp):
    out = os.path.join(tmp, "rank.csv")
    whole, err = timed([binary, "rank", graph, "--measure", "degree", "--timings", "--format", "csv", "-o", out])
    bare, _ = timed([binary, "rank", graph, "--measure", "degree", "--no-blocs", "-o", os.devnull])
    found = re.search(r"relmap blocs ([0-9.]+)", err)
    alone = float(found.group(1)) if found else whole - bare
    with open(out) as f:
        blocs = {row["id"]: row["bloc"] for row in csv.DictReader(f)}
    return whole, bare, alone, len(set(blocs.values())), modularity(graph, blocs)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--ring", type=int, default=50000)
    p.add_argument("--random", type=int, default=33334)
    p.add_argument("--relmap", default=os.path.join(here, "..", ".build", "release", "relmap"))
    p.add_argument("--before", help="a second relmap binary to compare with")
    o = p.parse_args()
    if not os.path.exists(o.relmap):
        subprocess.run(["bash", "scripts/build_release.sh"], check=True, cwd=os.path.join(here, ".."))
    binaries = [("relmap", o.relmap)] + ([("before", o.before)] if o.before else [])
    print(f"cores: {os.cpu_count()}; times in seconds (wall clock)")
    print(f"{'graph':<24} {'binary':<7} {'rank':>8} {'no-blocs':>9} {'blocs':>8} {'count':>6} {'modularity':>11}")
    with tempfile.TemporaryDirectory() as tmp:
        graphs = []
        if o.ring:
            ring = os.path.join(tmp, "ring.csv")
            with open(ring, "w") as f:
                f.write("source,target,type,weight\n")
                for i in range(o.ring):
                    f.write(f"N{i:06d},N{(i + 1) % o.ring:06d},alliance,1\n")
            graphs.append((f"ring {o.ring}", ring))
        if o.random:
            rnd = os.path.join(tmp, "random.csv")
            subprocess.run([sys.executable, os.path.join(bench, "gen_graph.py"), "--nodes", str(o.random), "--out", rnd],
                           check=True, stdout=subprocess.DEVNULL)
            with open(rnd) as f:
                edges = sum(1 for _ in f) - 1
            graphs.append((f"random {o.random}/{edges}", rnd))
            friendly = os.path.join(tmp, "cooperative.csv")
            with open(rnd) as f, open(friendly, "w") as out:
                out.write("source,target,type,weight,polarity\n")
                for row in csv.DictReader(f):
                    out.write(f"{row['source']},{row['target']},{row['type']},{row['weight']},cooperative\n")
            graphs.append((f"cooperative {o.random}", friendly))
        for name, graph in graphs:
            for label, binary in binaries:
                whole, bare, alone, count, q = run(binary, graph, tmp)
                print(f"{name:<24} {label:<7} {whole:8.2f} {bare:9.2f} {alone:8.2f} {count:6d} {q:11.6f}", flush=True)


if __name__ == "__main__":
    main()
