#!/usr/bin/env python3
"""Time relmap's in-process rendering against the `dot` command on the same DOT file.

Usage: scripts/bench_render.py [--sizes 100,1000,10000] [--relmap PATH]

For each size: a random actor graph (../shared/bench/gen_graph.py), its styled DOT source written
by `relmap export`, then the best of three runs of `relmap render g.dot -o g.svg` (reading the DOT
through cgraph, layout and SVG in-process) and of `dot -K<engine> -Tsvg g.dot` (Debian's graphviz
package), with the engine relmap picks for that size (neato up to 300 nodes, sfdp above).
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

here = os.path.dirname(os.path.abspath(__file__))
bench = os.path.join(here, "..", "..", "shared", "bench")


def best(args, runs=3):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return min(times)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--sizes", default="100,1000,10000")
    p.add_argument("--relmap", default=os.path.join(here, "..", ".build", "release", "relmap"))
    o = p.parse_args()
    if shutil.which("dot") is None:
        print("needs the dot command: apt-get install graphviz", file=sys.stderr)
        return 1
    if not os.path.exists(o.relmap):
        subprocess.run(["bash", "scripts/build_release.sh"], check=True, cwd=os.path.join(here, ".."))
    print("seconds: relmap whole process, relmap one render in-process (layout + SVG, input already read), dot whole process")
    print(f"{'nodes':>7} {'edges':>7} {'engine':>7} {'relmap':>9} {'in-proc':>9} {'dot':>9} {'in-proc/dot':>12}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in [int(x) for x in o.sizes.split(",")]:
            csv, dot = os.path.join(tmp, f"g{n}.csv"), os.path.join(tmp, f"g{n}.dot")
            subprocess.run([sys.executable, os.path.join(bench, "gen_graph.py"), "--nodes", str(n), "--out", csv],
                           check=True, stdout=subprocess.DEVNULL)
            subprocess.run([o.relmap, "export", csv, "-o", dot], check=True)
            edges = sum(1 for _ in open(csv)) - 1
            engine = "neato" if n <= 300 else "sfdp"
            r = best([o.relmap, "render", dot, "--engine", engine, "-o", os.path.join(tmp, "r.svg")])
            d = best(["dot", f"-K{engine}", "-Tsvg", dot, "-o", os.path.join(tmp, "d.svg")])
            rep = subprocess.run([o.relmap, "render", dot, "--engine", engine, "--repeat", "4", "-o", os.devnull],
                                 check=True, capture_output=True, text=True).stderr
            inproc = float(rep.split("render seconds=")[1].split()[0])
            print(f"{n:>7} {edges:>7} {engine:>7} {r:9.3f} {inproc:9.3f} {d:9.3f} {inproc / d:12.2f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
