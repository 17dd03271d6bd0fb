#!/usr/bin/env bash
# Builds relmap in release mode with whole-program (full) link-time optimisation: the Swift modules
# are optimised together at link time, which makes extraction about 9% faster than a plain
# `swift build -c release` (measured side by side: BENCHMARKS.md). Every script that needs the release
# binary builds it here, so they share one build (changing the flags would rebuild everything).
# Exclusivity is checked at compile time only (`-enforce-exclusivity=unchecked`): the run-time
# checks on every access to a class's stored property cost about 2% of extraction (measured side by
# side), and debug builds and the TSan suite of the test command keep checking at run time.
# Extra arguments go to `swift build` (e.g. --scratch-path DIR). The binary: .build/release/relmap.
set -euo pipefail
cd "$(dirname "$0")/.."
exec swift build -c release --product relmap --experimental-lto-mode=full -Xswiftc -enforce-exclusivity=unchecked "$@"
