#!/usr/bin/env bash
# The whole test suite: set up, lint (swift format), run the Swift tests, the suite again under ThreadSanitizer, a short
# fuzzing round (scripts/fuzz.sh), then the checks that need Python and the shared evaluation data
# (seeds score, networkx reading relmap's files), the report in headless Chromium, and the Spark
# job against relmap build.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

# Formatting and lint: .swift-format's rules, clean (swift-format ships with the Swift 6 toolchain).
if swift format --version >/dev/null 2>&1; then
    swift format lint --strict -r Sources Tests Package.swift || { echo "swift format lint found the above; run: swift format format -i -r Sources Tests Package.swift"; exit 1; }
    echo "swift format lint: clean"
else
    echo "SKIP swift format lint: no swift-format in this toolchain"
fi
swift build --build-tests 2>&1 | tail -n 3
log=$(mktemp); trap 'rm -f "$log"' EXIT
status=0
swift test --skip-build >"$log" 2>&1 || status=$?
grep -vE '^(Test Case .* (started|passed))|^􀟈|^◇|^✔ Test .*\(.*\).* passed' "$log" | tail -n 40
# Every failure in full, wherever it is in the log (the tail above may not reach it).
grep -E 'recorded an issue|✘ Test .* failed|error:|Fatal error' "$log" | head -n 40 || true
[ "$status" -eq 0 ] || { echo "swift test failed (exit $status)"; exit "$status"; }
# The suite again under ThreadSanitizer (a build of its own in .build-tsan; the relmap the CLI tests
# run is that build too), halting at the first report. The memory-growth test is left out: the
# sanitizer's own memory is what it would measure.
swift build --build-tests --sanitize=thread --scratch-path .build-tsan 2>&1 | tail -n 1
status=0
TSAN_OPTIONS="halt_on_error=1 exitcode=66 ${TSAN_OPTIONS:-}" \
    swift test --skip-build --sanitize=thread --scratch-path .build-tsan --skip RenderMemoryTests >"$log" 2>&1 || status=$?
grep -E 'Test run with|ThreadSanitizer|SUMMARY' "$log" | head -n 20 || true
grep -E 'recorded an issue|✘ Test .* failed|error:|Fatal error' "$log" | head -n 40 || true
[ "$status" -eq 0 ] || { echo "swift test under ThreadSanitizer failed (exit $status)"; exit "$status"; }
# Every fuzz target for a few seconds (fuzz/, built with the fuzzer and address sanitizers).
bash scripts/fuzz.sh 8
bash scripts/check.sh
# The report page in headless Chromium: no console error, an edge's sentences on a click, filters
# hide edges, the ranking sorts (Chromium, chromedriver and Selenium installed when missing).
source scripts/setup_browser.sh
python3 scripts/check_report.py .build/debug/relmap examples .build/report-screenshot.png || { echo "report check failed"; exit 1; }
# The Spark job in local mode against relmap build (Java 17 and pyspark installed when missing).
source scripts/setup_spark.sh
python3 scripts/check_spark.py .build/debug/relmap examples ../shared/eval/dev/articles 2>&1 | grep -E '^(ok|FAIL) ' || { echo "spark check failed"; exit 1; }
