#!/usr/bin/env python3
"""Run a render under valgrind and fail on memory that relmap's Graphviz layer loses.

Usage: scripts/check_leaks.py [--relmap .build/release/relmap] [INPUT]

valgrind 3.19 cannot read the DWARF 5 of Swift binaries, so the binary is stripped into a
temporary folder (with its resource bundles) first. Every "definitely lost" block is classified
by its allocation stack: inside Graphviz's layout engines (gvLayout's own leaks in Graphviz 2.42:
the neato router, HTML label sizing) or the font libraries (fontconfig, pango caches) is reported
as third-party; anything else, for example a graph never closed (agopen), a render buffer never
freed (gvRenderData) or a DOT text parsed and kept (agmemread), is relmap's and fails the check.
"""
import argparse
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
THIRD_PARTY = ("gvLayout", "libfontconfig", "libpango", "libcairo", "libglib", "libexpat", "libharfbuzz", "libfreetype")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--relmap", default=os.path.join(here, "..", ".build", "release", "relmap"))
    p.add_argument("input", nargs="?", default=os.path.join(here, "..", "Tests", "Fixtures", "corpus"))
    o = p.parse_args()
    if shutil.which("valgrind") is None:
        print("SKIP leak check: valgrind not installed")
        print("0 passed, 0 failed")
        return 0
    if not os.path.exists(o.relmap):
        subprocess.run(["bash", "scripts/build_release.sh"], check=True, cwd=os.path.join(here, ".."))
    with tempfile.TemporaryDirectory() as tmp:
        binary = os.path.join(tmp, "relmap")
        subprocess.run(["strip", "-o", binary, o.relmap], check=True)
        for bundle in glob.glob(os.path.join(os.path.dirname(o.relmap), "*.resources")):
            shutil.copytree(bundle, os.path.join(tmp, os.path.basename(bundle)))
        log = os.path.join(tmp, "valgrind.log")
        run = subprocess.run(["valgrind", "--leak-check=full", "--show-leak-kinds=definite", "--num-callers=40",
                              f"--log-file={log}", binary, "render", o.input, "-o", os.path.join(tmp, "map.svg")])
        if run.returncode != 0:
            print(f"FAIL render under valgrind exited {run.returncode}")
            print("0 passed, 1 failed")
            return 1
        text = open(log).read()
    ours, theirs = [], 0
    for block in re.split(r"==\d+== \n", text):
        if "definitely lost in loss record" not in block:
            continue
        size = int(re.search(r"([\d,]+) (?:\([^)]*\) )?bytes in", block).group(1).replace(",", ""))
        frames = re.findall(r"(?:at|by) 0x[0-9A-F]+: (\S+) \(in ([^)]+)\)", block)
        if any(fn in THIRD_PARTY or any(t in lib for t in THIRD_PARTY) for fn, lib in frames):
            theirs += size
        else:
            ours.append((size, " <- ".join(f"{fn}@{os.path.basename(lib)}" for fn, lib in frames[:8])))
    errors = re.search(r"ERROR SUMMARY: (\d+) errors", text)
    print(f"third-party definite leaks (Graphviz layout internals, font caches): {theirs} bytes")
    for size, stack in ours:
        print(f"  relmap-owned leak: {size} bytes: {stack}")
    # Invalid reads and writes, and uses of uninitialised memory outside the Swift runtime's
    # metadata initialisation (a known valgrind false positive: swift_initStructMetadata).
    invalid = []
    for block in re.split(r"==\d+== \n", text):
        if "Invalid read" in block or "Invalid write" in block or "Invalid free" in block:
            invalid.append(block)
        elif ("depends on uninitialised" in block or "Use of uninitialised value" in block) \
                and "swift_initStructMetadata" not in block and "swift_getGenericMetadata" not in block:
            invalid.append(block)
    for block in invalid[:3]:
        print("  " + "\n  ".join(block.strip().splitlines()[:6]))
    ok = not ours and not invalid
    print(f"{'PASS' if ok else 'FAIL'} render runs clean under valgrind: {len(ours)} relmap-owned leaks, "
          f"{len(invalid)} invalid accesses ({errors.group(1) if errors else '?'} errors in all)")
    print(f"{int(ok)} passed, {int(not ok)} failed")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
