#!/usr/bin/env python3
"""Time relmap's centrality against igraph and networkx (../shared/bench/peers.py).

Usage: scripts/bench_graph.py [--sizes 2000,20000,100000] [--slow] [--samples 500]
                              [--measures pagerank,...] [--no-json] [--relmap PATH]

For each size, a graph from ../shared/bench/gen_graph.py; for each measure, one process per tool
and measure: the computation alone (as each tool reports it), the whole process (wall clock,
loading included) and the whole process's CPU time (user + system, all threads: on a machine
shared with other work, CPU time is the fairer comparison; the load average is printed). networkx
runs at 2,000 nodes, and at 20,000 for the linear-time measures only.

Betweenness and closeness (O(n·m)) run at 100,000 nodes only with --slow, and then from
--samples sources on both sides (relmap `rank --samples K`; igraph `betweenness(sources=K
nodes)` and `closeness(vertices=K nodes)`): K shortest-path searches each, like for like (the
same number of sources, not the same nodes), since a full run takes igraph hours. relmap runs
them on all cores; the `1 core` column is relmap pinned to one core (taskset), as igraph runs.

Each size also ranks the graph JSON of the same graph (`relmap export`), the `(json)` rows:
relmap reads the JSON; the peer reads it with Python's json module, as node_link_graph would,
and builds the same graph.

Prints a table with the ratios (peer / relmap: above 1, relmap is faster) of the computation and
of the whole process's CPU time. igraph installs with `python3 -m pip install igraph`.
"""
import argparse
import gc
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time

here = os.path.dirname(os.path.abspath(__file__))
bench = os.path.join(here, "..", "..", "shared", "bench")
MEASURES = ["degree", "strength", "pagerank", "eigenvector", "betweenness", "closeness"]
SLOW = {"betweenness", "closeness"}
JSON_MEASURES = ["pagerank", "eigenvector"]


def timed(args):
    """Runs `args`: (wall seconds, CPU seconds of the process and its children, output)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    p = subprocess.run(args, capture_output=True, text=True)
    whole = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if p.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed: {p.stderr.strip()[-400:]}")
    return whole, cpu, p.stdout + p.stderr


def relmap(binary, path, measure, samples=None, one_core=False):
    args = [binary, "rank", path, "--measure", measure, "--timings", "--no-blocs", "-o", os.devnull]
    if samples:
        args += ["--samples", str(samples)]
    if one_core:
        args = ["taskset", "-c", "0"] + args
    whole, cpu, out = timed(args)
    return float(re.search(rf"relmap {measure} ([0-9.]+)", out).group(1)), whole, cpu


def peer(lib, path, measure, samples=None):
    if path.endswith(".json") or samples:
        args = [sys.executable, os.path.abspath(__file__), "--peer", path, "--lib", lib, "--measures", measure]
        if samples:
            args += ["--samples", str(samples)]
    else:
        args = [sys.executable, os.path.join(bench, "peers.py"), path, "--lib", lib, "--measures", measure]
    whole, cpu, out = timed(args)
    return float(re.search(rf"{lib} {measure} ([0-9.]+)", out).group(1)), whole, cpu


def run_peer(o):
    """The peer side of a JSON or sampled row: loads the graph as peers.py does (from the CSV, or
    from node-link JSON with the json module), then times the measure with igraph."""
    sys.path.insert(0, bench)
    import peers
    t = time.perf_counter()
    if o.peer.endswith(".json"):
        with open(o.peer) as f:
            data = json.load(f)
        w = {}
        for e in data.get("edges", data.get("links", [])):
            a, b = str(e["source"]), str(e["target"])
            if a == b:
                continue
            k = (a, b) if a < b else (b, a)
            w[k] = w.get(k, 0.0) + float(e.get("weight", 1))
        # The parsed document dropped before timing: Python's collector would otherwise walk its
        # millions of objects while igraph's results are built, and charge it to the measure.
        del data
        gc.collect()
    else:
        w = peers.load(o.peer)
    print(f"{o.lib} load {time.perf_counter() - t:.4f}")
    m = o.measures
    if not o.samples:
        _, times = peers.run_igraph(w, [m])
        print(f"{o.lib} {m} {times[m]:.4f}")
        return
    import igraph as ig
    names = sorted({x for k in w for x in k})
    idx = {n: i for i, n in enumerate(names)}
    g = ig.Graph(n=len(names), edges=[(idx[a], idx[b]) for a, b in w], directed=False)
    dist = [1.0 / x for x in w.values()]
    sources = random.Random(42).sample(range(len(names)), min(o.samples, len(names)))
    t = time.perf_counter()
    if m == "betweenness":
        g.betweenness(sources=sources, weights=dist)
    else:
        g.closeness(vertices=sources, weights=dist)
    print(f"{o.lib} {m} {time.perf_counter() - t:.4f}")


def load_average():
    try:
        return os.getloadavg()[0]
    except OSError:
        return float("nan")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--sizes", default="2000,20000,100000")
    p.add_argument("--measures", default=",".join(MEASURES))
    p.add_argument("--slow", action="store_true", help="also betweenness and closeness at 100,000 nodes (sampled)")
    p.add_argument("--samples", type=int, help="sources for the sampled 100,000-node runs (default 500)")
    p.add_argument("--no-json", action="store_true", help="leave out the graph JSON rows")
    p.add_argument("--relmap", default=os.path.join(here, "..", ".build", "release", "relmap"))
    p.add_argument("--peer", help=argparse.SUPPRESS)
    p.add_argument("--lib", default="igraph", help=argparse.SUPPRESS)
    o = p.parse_args()
    if o.peer:
        o.measures = o.measures.split(",")[0]
        return run_peer(o)
    if not os.path.exists(o.relmap):
        subprocess.run(["bash", "scripts/build_release.sh"], check=True, cwd=os.path.join(here, ".."))
    try:
        import igraph  # noqa: F401
        have_igraph = True
    except ImportError:
        have_igraph = False
        print("igraph is not installed (python3 -m pip install igraph): its columns stay empty")
    pin = shutil.which("taskset") is not None
    print(f"cores: {os.cpu_count()}; load average at start: {load_average():.1f}; times in seconds; "
          "compute = the measure alone; wall and cpu = the whole process; ratio = peer / relmap")
    cols = ["nodes", "measure", "relmap", "wall", "cpu", "1 core", "igraph", "wall", "cpu", "networkx", "wall",
            "vs igraph", "cpu vs ig", "load"]
    print("| " + " | ".join(cols) + " |")
    print("|" + "---|" * len(cols))

    def cell(v):
        if v is None:
            return "-"
        return f"{v:.4f}" if v >= 0.001 else f"{v:.1e}"

    def ratio(a, b):
        return f"{a / b:.1f}x" if a is not None and b else "-"

    def row(n, label, r, one, ig, nx):
        print("| " + " | ".join([
            f"{n:,}", label, cell(r[0]), cell(r[1]), cell(r[2]), cell(one[0] if one else None),
            cell(ig[0] if ig else None), cell(ig[1] if ig else None), cell(ig[2] if ig else None),
            cell(nx[0] if nx else None), cell(nx[1] if nx else None),
            ratio(ig[0] if ig else None, r[0]), ratio(ig[2] if ig else None, r[2]), f"{load_average():.1f}"]) + " |",
            flush=True)

    with tempfile.TemporaryDirectory() as tmp:
        for n in [int(x) for x in o.sizes.split(",")]:
            csv = os.path.join(tmp, f"g{n}.csv")
            subprocess.run([sys.executable, os.path.join(bench, "gen_graph.py"), "--nodes", str(n), "--out", csv],
                           check=True, stdout=subprocess.DEVNULL)
            for m in o.measures.split(","):
                sampled = n >= 100000 and m in SLOW
                if sampled and not o.slow:
                    print(f"| {n:,} | {m} | (skipped: O(n·m), run with --slow) |" + " |" * (len(cols) - 3))
                    continue
                k = (o.samples or 500) if sampled else None
                r = relmap(o.relmap, csv, m, samples=k)
                one = relmap(o.relmap, csv, m, samples=k, one_core=True) if m in SLOW and pin else None
                ig = peer("igraph", csv, m, samples=k) if have_igraph else None
                nx_ok = n <= 2000 or (n <= 20000 and m not in SLOW)
                nx = peer("networkx", csv, m) if nx_ok else None
                row(n, m + (f" ({k} sources)" if k else ""), r, one, ig, nx)
            if o.no_json:
                continue
            js = os.path.join(tmp, f"g{n}.json")
            subprocess.run([o.relmap, "export", csv, "-o", js], check=True)
            for m in JSON_MEASURES:
                if m not in o.measures.split(","):
                    continue
                r = relmap(o.relmap, js, m)
                ig = peer("igraph", js, m) if have_igraph else None
                row(n, f"{m} (json)", r, None, ig, None)


if __name__ == "__main__":
    main()
