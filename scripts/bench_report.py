#!/usr/bin/env python3
"""Size and time of `relmap report` on a corpus, and how long the page takes to open.

Usage: scripts/bench_report.py CORPUS [--relmap PATH] [--evidence N ...]

For each --evidence value (default: the command's default, 200 a edge): the wall time of
`relmap report CORPUS -o report.html --evidence N`, the file's size and what fills it (the
sentences, the edges, the maps), and, when Selenium and Chromium are installed
(scripts/setup_browser.sh), the time headless Chromium takes from navigation to the page's script
having linked the map, built the table and drawn the timeline (the load event). Make the 20,000-article
bench corpus with: python3 ../shared/bench/gen_corpus.py --articles 20000 --out-dir /tmp/big
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time


def page_load_seconds(path):
    try:
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        from check_report import browser
    except ImportError:
        return None
    driver = browser()
    try:
        driver.set_page_load_timeout(300)
        driver.get("file://" + os.path.abspath(path))
        t = driver.execute_script(
            "const n = performance.getEntriesByType('navigation')[0]; return n.loadEventEnd - n.startTime")
        severe = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
        if severe:
            print("  console errors:", severe[:3])
        return t / 1000
    finally:
        driver.quit()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--relmap", default=".build/release/relmap")
    ap.add_argument("--evidence", type=int, action="append")
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="relmap-bench-report-")
    for evidence in args.evidence or [None]:
        out = os.path.join(work, f"report-{evidence}.html")
        cmd = [args.relmap, "report", args.corpus, "-o", out] + ([] if evidence is None else ["--evidence", str(evidence)])
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stderr=subprocess.DEVNULL)
        wall = time.perf_counter() - start
        html = open(out, encoding="utf-8").read()
        a = html.index('id="relmap-data">') + len('id="relmap-data">')
        data = json.loads(html[a:html.index("</script>", a)])
        part = {k: len(json.dumps(v, ensure_ascii=False, separators=(",", ":")).encode()) for k, v in data.items()}
        ev = sum(len(e[11]) for e in data["edges"])
        more = sum(e[12] for e in data["edges"])
        load = page_load_seconds(out)
        print(f"--evidence {evidence if evidence is not None else 'default'}: {wall:.1f} s, {os.path.getsize(out) / 1e6:.1f} MB "
              f"({data['coverage']['articles']} articles, {len(data['nodes'])} actors, {len(data['edges'])} edges, "
              f"{ev} sentences embedded, {more} counted only); sentences {part['sentences'] / 1e6:.1f} MB, "
              f"edges {part['edges'] / 1e6:.1f} MB, articles {part['articles'] / 1e6:.1f} MB, maps {(len(html.encode()) - sum(part.values())) / 1e6:.1f} MB"
              + (f"; opens in headless Chromium in {load:.1f} s" if load is not None else ""))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
