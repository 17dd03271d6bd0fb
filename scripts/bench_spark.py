#!/usr/bin/env python3
"""The Spark job's overhead on one machine: spark/relmap_spark.py in local[2] against plain
`relmap extract` on both cores, over the synthetic bench corpus (../shared/bench/gen_corpus.py).

Usage: scripts/bench_spark.py [ARTICLES]   (default 20000; builds relmap in release mode first)
Prints the seconds and MB/s of each, and the job's relations and edges.
"""
import json
import os
import subprocess
import sys
import tempfile
import time

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.normpath(os.path.join(here, ".."))
sys.path.insert(0, here)
from check_spark import articles_of  # noqa: E402


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    subprocess.run(["bash", "scripts/build_release.sh"], cwd=root, check=True, stdout=subprocess.DEVNULL)
    relmap = os.path.join(root, ".build", "release", "relmap")
    with tempfile.TemporaryDirectory() as d:
        corpus = os.path.join(d, "corpus")
        subprocess.run([sys.executable, os.path.join(root, "..", "shared", "bench", "gen_corpus.py"), "--articles", str(n), "--out-dir", corpus],
                       check=True, stdout=subprocess.DEVNULL)
        truth = os.path.join(corpus, "truth.jsonl")
        if os.path.exists(truth):
            os.remove(truth)
        jsonl = os.path.join(d, "articles.jsonl")
        with open(jsonl, "w", encoding="utf-8") as f:
            for a in articles_of(corpus):
                f.write(json.dumps(a, ensure_ascii=False) + "\n")
        mb = os.path.getsize(jsonl) / 1e6
        start = time.perf_counter()
        subprocess.run([relmap, "extract", jsonl, "--threads", "2", "-o", os.path.join(d, "plain.jsonl")], check=True)
        plain = time.perf_counter() - start
        start = time.perf_counter()
        subprocess.run([sys.executable, os.path.join(root, "spark", "relmap_spark.py"), "--master", "local[2]", "--input", jsonl,
                        "--out", os.path.join(d, "out"), "--relmap", relmap, "--partitions", "2"], check=True)
        spark = time.perf_counter() - start
        print(f"articles={n} input_mb={mb:.1f}")
        print(f"relmap-extract-2-threads seconds={plain:.2f} MB/s={mb / plain:.1f}")
        print(f"spark-local[2] seconds={spark:.2f} MB/s={mb / spark:.1f} overhead={spark / plain:.2f}x")


if __name__ == "__main__":
    main()
