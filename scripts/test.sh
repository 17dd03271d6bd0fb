#!/usr/bin/env bash
# The whole test suite: set up, run the Swift tests, a short fuzzing round (scripts/fuzz.sh), then
# the checks that need Python and the shared evaluation data (seeds score, networkx reading
# relmap's files).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

swift build --build-tests 2>&1 | tail -n 3
swift test --skip-build 2>&1 | grep -vE '^(Test Case .* (started|passed))|^􀟈|^◇' | tail -n 60
# Every fuzz target for a few seconds (fuzz/, built with the fuzzer and address sanitizers).
bash scripts/fuzz.sh 8
bash scripts/check.sh
