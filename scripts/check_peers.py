#!/usr/bin/env python3
"""Check relmap's centrality against networkx on a random actor graph, within a tolerance.

Usage: scripts/check_peers.py [--nodes 2000] [--tolerance 1e-4] [--relmap .build/debug/relmap]

Generates a graph with ../shared/bench/gen_graph.py, computes every measure that
../shared/bench/peers.py knows with networkx, computes the same with `relmap rank` on the CSV,
and compares node by node. Prints one line a measure and "N passed, N failed"; exits 1 on a mismatch.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
bench = os.path.join(here, "..", "..", "shared", "bench")
MEASURES = ["degree", "strength", "betweenness", "closeness", "pagerank", "eigenvector"]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--nodes", type=int, default=2000)
    p.add_argument("--tolerance", type=float, default=1e-4)
    p.add_argument("--relmap", default=os.path.join(here, "..", ".build", "debug", "relmap"))
    o = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        csv = os.path.join(tmp, "g.csv")
        subprocess.run([sys.executable, os.path.join(bench, "gen_graph.py"), "--nodes", str(o.nodes), "--out", csv],
                       check=True, stdout=subprocess.DEVNULL)
        expected_path = os.path.join(tmp, "nx.json")
        subprocess.run([sys.executable, os.path.join(bench, "peers.py"), csv, "--lib", "networkx",
                        "--measures", ",".join(MEASURES), "--out", expected_path], check=True, stdout=subprocess.DEVNULL)
        expected = json.load(open(expected_path))
        args = [o.relmap, "rank", csv, "--format", "json", "--no-blocs"] + [x for m in MEASURES for x in ("--measure", m)]
        rows = json.loads(subprocess.run(args, check=True, capture_output=True, text=True).stdout)
    got = {m: {r["id"]: r[m] for r in rows} for m in MEASURES}
    passed = failed = 0
    for m in MEASURES:
        worst, where = 0.0, None
        for node, value in expected[m].items():
            diff = abs(got[m].get(node, float("nan")) - value)
            if not diff <= worst:
                worst, where = diff, node
        ok = worst <= o.tolerance
        print(f"{'PASS' if ok else 'FAIL'} {m}: {len(expected[m])} nodes, largest difference {worst:.2e}"
              + ("" if ok else f" at {where}"))
        passed, failed = passed + ok, failed + (not ok)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
