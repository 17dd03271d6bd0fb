#!/usr/bin/env bash
# The nightly kind of fuzzing: every target for SECONDS (default 120, twenty minutes in all),
# going on from the inputs earlier runs found (fuzz/.work/corpus). See scripts/fuzz.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
exec bash scripts/fuzz.sh "${1:-120}" "${@:2}"
