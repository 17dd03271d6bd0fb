#!/usr/bin/env bash
# Fuzzing: builds the libFuzzer targets of fuzz/ (a package of its own, out of the main build) with
# the fuzzer and address sanitizers, then runs each target for SECONDS (default 8) on its seed
# corpus fuzz/corpus/TARGET. Prints the executions each target got; fails on any crash, leak,
# timeout (an input over 10 s) or memory past 2 GB, leaving the input in fuzz/.work/artifacts.
#
#   bash scripts/fuzz.sh            # the short run scripts/test.sh does: 8 s a target
#   bash scripts/fuzz.sh 120        # longer (see scripts/fuzz_long.sh)
#   bash scripts/fuzz.sh 30 csv dot # only these targets
#
# New inputs the fuzzers find go to fuzz/.work/corpus/TARGET (not committed); a run goes on from
# them. Reproduce a finding with: fuzz/.build/debug/fuzz-TARGET fuzz/.work/artifacts/FILE
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-8}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(article jsonl frontmatter graphjson lexicon style graphml gexf csv dot render)
fi

say() { printf 'fuzz: %s\n' "$*" >&2; }

# libFuzzer and ASan come with the Swift toolchain on Linux (compiler-rt); nothing to install.
resource=$(dirname "$(dirname "$(readlink -f "$(command -v swiftc)")")")/lib
if ! ls "$resource"/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1 \
    && ! ls "$resource"/swift/clang/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
    say "this Swift toolchain has no libFuzzer runtime (libclang_rt.fuzzer) under $resource: use the swift.org Linux toolchain"
    exit 1
fi

# Debug build: compiling the main package's libraries again with the sanitizers takes a minute or
# two; a release build takes far longer and finds the same kinds of faults.
say "building the fuzz targets (-sanitize=fuzzer,address)"
log=fuzz/.work/build.log
mkdir -p fuzz/.work/artifacts
if ! swift build --package-path fuzz -Xswiftc -sanitize=fuzzer,address >"$log" 2>&1; then
    grep -vE 'Cannot export local symbol' "$log" | tail -n 30 >&2
    say "build failed (full log: $log)"
    exit 1
fi
bin=$(swift build --package-path fuzz -Xswiftc -sanitize=fuzzer,address --show-bin-path)

# A leak inside Foundation itself (FileManager.contents(atPath:) on an empty file) is not relmap's.
export LSAN_OPTIONS="suppressions=$PWD/fuzz/lsan.supp:print_suppressions=0"
export ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1"
# Swift's own crash backtracer reads memory ASan then reports as an overflow of its own: libFuzzer
# prints the stack instead.
export SWIFT_BACKTRACE=enable=no

failed=()
for t in "${targets[@]}"; do
    exe="$bin/fuzz-$t"
    [ -x "$exe" ] || { say "no target fuzz-$t"; failed+=("$t"); continue; }
    work="fuzz/.work/corpus/$t"
    mkdir -p "$work"
    out="fuzz/.work/$t.log"
    status=0
    # The scratch folder the targets that read paths write their input to, removed after a crash too.
    scratch="${TMPDIR:-/tmp}/relmap-fuzz-$$-$t"
    RELMAP_FUZZ_SCRATCH=$scratch "$exe" "$work" "fuzz/corpus/$t" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
        -max_len=8192 -print_final_stats=1 -artifact_prefix="fuzz/.work/artifacts/$t-" >"$out" 2>&1 || status=$?
    rm -rf "$scratch"
    execs=$(grep -m1 -oE 'stat::number_of_executed_units: *[0-9]+' "$out" | grep -oE '[0-9]+$' || echo "?")
    if [ "$status" -ne 0 ]; then
        failed+=("$t")
        printf 'fuzz-%-12s FAILED after %s executions:\n' "$t" "$execs"
        grep -E '^(==[0-9]+==ERROR|SUMMARY|artifact_prefix|Test unit written|Fatal error|.*Fatal error)' "$out" | head -n 8 | sed 's/^/    /' || true
        grep -E '^ *#[0-9]+ .*(/Sources/Relmap|Sources/relmap)' "$out" | head -n 6 | sed 's/^/    /' || true
        say "full output: $out"
    else
        printf 'fuzz-%-12s ok: %s executions in %s s\n' "$t" "$execs" "$seconds"
    fi
done

if [ ${#failed[@]} -ne 0 ]; then
    say "failed: ${failed[*]}"
    exit 1
fi
say "all ${#targets[@]} targets ran clean"
