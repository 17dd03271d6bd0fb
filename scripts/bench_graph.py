#!/usr/bin/env python3
"""Time relmap's centrality against igraph and networkx (../shared/bench/peers.py).

Usage: scripts/bench_graph.py [--sizes 2000,20000,100000] [--slow] [--relmap PATH]

For each size, a graph from ../shared/bench/gen_graph.py; for each measure, one process per tool
and measure: the computation alone (as each tool reports it) and the whole process (wall clock,
loading included). networkx runs at 2,000 nodes, and at 20,000 for the linear-time measures only;
betweenness and closeness (O(n·m)) run at 100,000 nodes only with --slow. Prints a table with
the ratios (peer time / relmap time: above 1, relmap is faster). igraph installs with
`python3 -m pip install igraph`.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import time

here = os.path.dirname(os.path.abspath(__file__))
bench = os.path.join(here, "..", "..", "shared", "bench")
MEASURES = ["degree", "strength", "pagerank", "eigenvector", "betweenness", "closeness"]
SLOW = {"betweenness", "closeness"}


def timed(args):
    start = time.perf_counter()
    p = subprocess.run(args, capture_output=True, text=True)
    whole = time.perf_counter() - start
    if p.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed: {p.stderr.strip()[-400:]}")
    return whole, p.stdout + p.stderr


def relmap(binary, csv, measure):
    whole, out = timed([binary, "rank", csv, "--measure", measure, "--timings", "--no-blocs", "-o", os.devnull])
    return float(re.search(rf"relmap {measure} ([0-9.]+)", out).group(1)), whole


def peer(lib, csv, measure):
    whole, out = timed([sys.executable, os.path.join(bench, "peers.py"), csv, "--lib", lib, "--measures", measure])
    return float(re.search(rf"{lib} {measure} ([0-9.]+)", out).group(1)), whole


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--sizes", default="2000,20000,100000")
    p.add_argument("--slow", action="store_true", help="also betweenness and closeness at 100,000 nodes")
    p.add_argument("--relmap", default=os.path.join(here, "..", ".build", "release", "relmap"))
    o = p.parse_args()
    if not os.path.exists(o.relmap):
        subprocess.run(["swift", "build", "-c", "release", "--product", "relmap"], check=True, cwd=os.path.join(here, ".."))
    try:
        import igraph  # noqa: F401
        have_igraph = True
    except ImportError:
        have_igraph = False
        print("igraph is not installed (python3 -m pip install igraph): its columns stay empty")
    print(f"cores: {os.cpu_count()}; times in seconds; ratio = peer / relmap (computation alone)")
    header = f"{'nodes':>7} {'measure':<12} {'relmap':>9} {'(whole)':>9} {'igraph':>9} {'(whole)':>9} {'networkx':>9} {'(whole)':>9} {'vs igraph':>10} {'vs nx':>8}"
    print(header)
    with tempfile.TemporaryDirectory() as tmp:
        for n in [int(x) for x in o.sizes.split(",")]:
            csv = os.path.join(tmp, f"g{n}.csv")
            subprocess.run([sys.executable, os.path.join(bench, "gen_graph.py"), "--nodes", str(n), "--out", csv],
                           check=True, stdout=subprocess.DEVNULL)
            for m in MEASURES:
                if n >= 100000 and m in SLOW and not o.slow:
                    print(f"{n:>7} {m:<12} {'(skipped: O(n·m), run with --slow)':>40}")
                    continue
                r, rw = relmap(o.relmap, csv, m)
                ig = peer("igraph", csv, m) if have_igraph else None
                nx_ok = n <= 2000 or (n <= 20000 and m not in SLOW)
                nx = peer("networkx", csv, m) if nx_ok else None
                def cell(v):
                    if v is None:
                        return f"{'-':>9}"
                    return f"{v:9.4f}" if v >= 0.001 else f"{v:9.1e}"
                def ratio(v):
                    return f"{v / r:9.1f}x" if v is not None and r > 0 else f"{'-':>10}"
                print(f"{n:>7} {m:<12} {cell(r)} {cell(rw)} {cell(ig[0] if ig else None)} {cell(ig[1] if ig else None)} "
                      f"{cell(nx[0] if nx else None)} {cell(nx[1] if nx else None)} {ratio(ig[0] if ig else None)} "
                      f"{ratio(nx[0] if nx else None).rjust(8)}", flush=True)


if __name__ == "__main__":
    main()
