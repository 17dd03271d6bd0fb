#!/usr/bin/env bash
# Checks beyond the Swift tests: the seeds' score against the gold, and networkx loading the graph
# relmap writes. Prints "N passed, N failed" and exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
bin=.build/debug/relmap
[ -x "$bin" ] || swift build --product relmap >/dev/null
shared=../shared
passed=0; failed=0
ok() { echo "PASS $1"; passed=$((passed + 1)); }
ko() { echo "FAIL $1"; failed=$((failed + 1)); }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
# The dev set's level (../shared/eval/dev) reached in issue 12 (precision 0.93, F1 0.80, core F1
# 0.81), less a margin of about 0.02-0.03: raise these when extraction gets better.
DEV_MIN_PRECISION=0.90
DEV_MIN_F1=0.77
DEV_MIN_CORE_F1=0.79
# The English PLOVER set's recall reached (0.76: peacekeepers, expulsions, demands, conditional
# cuts, mediation), less a margin.
PLOVER_MIN_RECALL=0.72

python3 -c "import networkx" 2>/dev/null || python3 -m pip install -q networkx >/dev/null 2>&1 || true

if [ -f "$shared/eval/score.py" ]; then
    "$bin" extract "$shared/seeds" -o "$tmp/seeds.jsonl"
    python3 "$shared/eval/score.py" "$shared/eval/seeds.gold.json" "$tmp/seeds.jsonl" --quiet | tail -n 2
    if python3 "$shared/eval/score.py" "$shared/eval/seeds.gold.json" "$tmp/seeds.jsonl" --quiet --min-core-f1 0.85 >/dev/null; then
        ok "seeds core F1 >= 0.85"
    else
        ko "seeds core F1 >= 0.85"
    fi
    if python3 "$shared/eval/score.py" "$shared/eval/seeds.gold.json" "$tmp/seeds.jsonl" --json \
        | python3 -c 'import json,sys; r=json.load(sys.stdin); sys.exit(1 if any(a["forbidden_hit"] for a in r["articles"].values()) else 0)'; then
        ok "no forbidden relation on the seeds"
    else
        ko "no forbidden relation on the seeds"
    fi
    if [ -f "$shared/eval/plover-en/articles.jsonl" ]; then
        "$bin" extract "$shared/eval/plover-en/articles.jsonl" -o "$tmp/plover.jsonl"
        recall=$(python3 "$shared/eval/score.py" "$shared/eval/plover-en/gold.json" "$tmp/plover.jsonl" --json \
            | python3 -c 'import json,sys; print(round(json.load(sys.stdin)["all"]["recall"], 3))')
        echo "English PLOVER set: recall over all types $recall"
        if python3 -c "import sys; sys.exit(0 if $recall >= $PLOVER_MIN_RECALL else 1)"; then
            ok "English recall $recall >= $PLOVER_MIN_RECALL"
        else
            ko "English recall $recall >= $PLOVER_MIN_RECALL"
        fi
    fi
    # Real news nobody tuned for: the dev set holds the level reached (issue 12) minus a small
    # margin, so a change that loses recall or precision there fails here.
    if [ -d "$shared/eval/dev/articles" ]; then
        "$bin" extract "$shared/eval/dev/articles" -o "$tmp/dev.jsonl"
        python3 "$shared/eval/score.py" "$shared/eval/dev/gold.json" "$tmp/dev.jsonl" --quiet | tail -n 2
        read -r dev_p dev_f1 dev_core < <(python3 "$shared/eval/score.py" "$shared/eval/dev/gold.json" "$tmp/dev.jsonl" --json \
            | python3 -c 'import json,sys; r=json.load(sys.stdin); print(round(r["all"]["precision"], 3), round(r["all"]["f1"], 3), round(r["core"]["f1"], 3))')
        if python3 -c "import sys; sys.exit(0 if $dev_p >= $DEV_MIN_PRECISION and $dev_f1 >= $DEV_MIN_F1 and $dev_core >= $DEV_MIN_CORE_F1 else 1)"; then
            ok "dev set: precision $dev_p >= $DEV_MIN_PRECISION, F1 $dev_f1 >= $DEV_MIN_F1, core F1 $dev_core >= $DEV_MIN_CORE_F1"
        else
            ko "dev set: precision $dev_p >= $DEV_MIN_PRECISION, F1 $dev_f1 >= $DEV_MIN_F1, core F1 $dev_core >= $DEV_MIN_CORE_F1"
        fi
    fi
else
    echo "SKIP seeds score: $shared/eval not found"
fi

"$bin" build Tests/Fixtures/corpus -o "$tmp/graph.json"
if python3 scripts/check_networkx.py "$tmp/graph.json"; then ok "networkx reads the graph JSON"; else ko "networkx reads the graph JSON"; fi
"$bin" export examples -o "$tmp/ex.json" && "$bin" export "$tmp/ex.json" -o "$tmp/ex.graphml" && "$bin" export "$tmp/ex.json" -o "$tmp/ex.gexf"
if python3 scripts/check_exports.py "$tmp/ex.json" "$tmp/ex.graphml" "$tmp/ex.gexf"; then ok "networkx reads the JSON, GraphML and GEXF exports"; else ko "networkx reads the JSON, GraphML and GEXF exports"; fi

if command -v valgrind >/dev/null 2>&1; then
    if python3 scripts/check_leaks.py --relmap "$bin"; then ok "render runs clean under valgrind"; else ko "render runs clean under valgrind"; fi
else
    echo "SKIP leak check: valgrind not installed"
fi

if [ -f "$shared/bench/peers.py" ]; then
    if python3 scripts/check_peers.py --nodes 2000 --relmap "$bin"; then ok "centrality matches networkx on 2,000 nodes"; else ko "centrality matches networkx on 2,000 nodes"; fi
else
    echo "SKIP networkx comparison: $shared/bench not found"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
