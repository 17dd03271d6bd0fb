#!/usr/bin/env bash
# The main job on the example articles: set up, build relmap in release mode, and write
# graphs/examples.svg, graphs/examples.json and graphs/examples.relations.jsonl, printing the ranking.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
bash scripts/build_release.sh 2>&1 | tail -n 3
.build/release/relmap map examples -o graphs
