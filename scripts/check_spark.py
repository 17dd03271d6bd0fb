#!/usr/bin/env python3
"""The Spark job (spark/relmap_spark.py) against `relmap build`: same edges, weights and dates.

For each corpus folder given, writes its articles as one JSONL file (ids, dates and languages from
the folder's index.jsonl or the Markdown front matter), runs the job on it in Spark's local mode
(local[2], two partitions at least) and `relmap build` on the same file, and compares every edge:
(source, target, type) -> weight, directed, mentions, articles, first, last. Also checks a yearly
window against `relmap build --since/--until`.

Usage: scripts/check_spark.py RELMAP FOLDER...   (exit 1 on a difference)
"""
import glob
import json
import os
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
job = os.path.join(here, "..", "spark", "relmap_spark.py")


def articles_of(folder):
    """The articles of `folder` (.txt and .md, recursively) as JSON objects, in path order."""
    out = []
    indexes = {}

    def index_of(folder):
        """The folder's index.jsonl by article id, read once."""
        if folder not in indexes:
            indexes[folder] = {}
            index_path = os.path.join(folder, "index.jsonl")
            if os.path.exists(index_path):
                for line in open(index_path, encoding="utf-8"):
                    if line.strip():
                        o = json.loads(line)
                        indexes[folder][str(o["id"])] = o
        return indexes[folder]

    for path in sorted(glob.glob(os.path.join(folder, "**", "*"), recursive=True)):
        if not path.endswith((".txt", ".md")):
            continue
        index = index_of(os.path.dirname(path))
        text = open(path, encoding="utf-8").read()
        stem = os.path.splitext(os.path.basename(path))[0]
        a = {"id": stem}
        if path.endswith(".md") and text.startswith("---\n"):
            end = text.index("\n---", 4)
            for line in text[4:end].splitlines():
                key, _, value = line.partition(":")
                if key.strip() in ("id", "title", "date", "lang", "source", "url"):
                    a[key.strip()] = value.strip().strip('"').strip("'")
            text = text[end + 4:].lstrip("\n")
        for key in ("date", "lang", "source", "title", "url"):
            if key in index.get(a["id"], {}) and key not in a:
                a[key] = index[a["id"]][key]
        a["text"] = text
        out.append(a)
    return out


def relmap_edges(relmap, jsonl, extra=()):
    with tempfile.TemporaryDirectory() as d:
        g = os.path.join(d, "g.json")
        subprocess.run([relmap, "build", jsonl, "-o", g, *extra], check=True, stderr=subprocess.DEVNULL)
        graph = json.load(open(g))
    ids = [n["id"] for n in graph["nodes"]]
    edges = {}
    for e in graph.get("links", graph.get("edges", [])):
        s, t = e["source"], e["target"]
        s = ids[s] if isinstance(s, int) else s
        t = ids[t] if isinstance(t, int) else t
        edges[(s, t, e["type"])] = (float(e["weight"]), bool(e["directed"]), int(e["mentions"]), int(e["articles"]),
                                     e.get("first") or "", e.get("last") or "")
    return edges


def spark_edges(path):
    import csv
    edges = {}
    for r in csv.DictReader(open(path, encoding="utf-8")):
        edges[(r["source"], r["target"], r["type"])] = (float(r["weight"]), r["directed"] == "true", int(r["mentions"]),
                                                         int(r["articles"]), r["first"], r["last"])
    return edges


def compare(name, want, got):
    if want == got:
        print(f"ok   spark: {name}: {len(got)} edges equal relmap build's")
        return True
    missing = sorted(set(want) - set(got))[:5]
    extra = sorted(set(got) - set(want))[:5]
    changed = [(k, want[k], got[k]) for k in sorted(set(want) & set(got)) if want[k] != got[k]][:5]
    print(f"FAIL spark: {name}: relmap {len(want)} edges, spark {len(got)}; missing {missing}; extra {extra}; differ {changed}")
    return False


def main():
    relmap, folders = os.path.abspath(sys.argv[1]), sys.argv[2:]
    ok = True
    for folder in folders:
        parts = os.path.normpath(folder).split(os.sep)
        # "../shared/eval/dev/articles" is the dev set: the folder above a folder named articles.
        name = parts[-2] if parts[-1] == "articles" and len(parts) > 1 else parts[-1]
        with tempfile.TemporaryDirectory() as d:
            jsonl = os.path.join(d, name + ".jsonl")
            with open(jsonl, "w", encoding="utf-8") as f:
                for a in articles_of(folder):
                    f.write(json.dumps(a, ensure_ascii=False) + "\n")
            out = os.path.join(d, "out")
            subprocess.run([sys.executable, job, "--master", "local[2]", "--input", jsonl, "--out", out, "--relmap", relmap,
                            "--partitions", "3", "--window", "year", "--jsonl"], check=True)
            ok &= compare(name, relmap_edges(relmap, jsonl), spark_edges(os.path.join(out, "edges.csv")))
            windows = sorted(glob.glob(os.path.join(out, "windows", "*.edges.csv")))
            if windows:
                year = os.path.basename(windows[-1]).split(".")[0]
                ok &= compare(f"{name} {year}", relmap_edges(relmap, jsonl, ["--since", f"{year}-01-01", "--until", f"{year}-12-31"]), spark_edges(windows[-1]))
            # The relations as relmap wrote them: the JSONL parts hold every line extract gives.
            parts = sorted(glob.glob(os.path.join(out, "relations.jsonl", "part-*")))
            lines = sorted(l for p in parts for l in open(p, encoding="utf-8") if l.strip())
            direct = sorted(l for l in subprocess.run([relmap, "extract", jsonl], check=True, capture_output=True, text=True).stdout.splitlines(True) if l.strip())
            if lines == direct:
                print(f"ok   spark: {name}: {len(lines)} relation lines equal relmap extract's")
            else:
                print(f"FAIL spark: {name}: {len(lines)} relation lines from spark, {len(direct)} from relmap extract")
                ok = False
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
