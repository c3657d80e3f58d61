#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The FotaDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Test stage: a short libFuzzer run of every target in tests/fuzz/ (built by
# clang in build/asan, the previous stage), each on a scratch copy of its
# committed corpus (tests/fuzz/corpus/<target>/). Any crash, sanitizer report,
# leak, timeout or out-of-memory fails the stage; the input that caused it is
# kept in build/asan/fuzz-artifacts/<target>/ (add it to the corpus and write
# a regression test in tests/<layer>/ when you fix it).
#
#   FOTADESK_FUZZ_SECONDS   seconds per target (default 60)
#   FOTADESK_FUZZ_TARGETS   space-separated subset (default: all five)
#   FOTADESK_FUZZ_SEED      libFuzzer's -seed (default 1)
#
# The run is reproducible: a fixed -seed and QT_HASH_SEED=0 make the same
# inputs come up in the same order on every machine, so a CI machine explores a
# prefix of what a longer local run with the same seed explores. Fuzz for longer
# before a commit (FOTADESK_FUZZ_SECONDS=600 scripts/test.d/30-fuzz.sh) and
# also with other seeds to look for new findings.
set -euo pipefail
root=${FOTADESK_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
builddir=${FOTADESK_ASAN_BUILD_DIR:-$root/build/asan}
seconds=${FOTADESK_FUZZ_SECONDS:-60}
seed=${FOTADESK_FUZZ_SEED:-1}
targets=${FOTADESK_FUZZ_TARGETS:-importer timestamp json sim_request http_request}
"$root/scripts/setup.sh"
cd "$root"

if [ ! -f "$builddir/CMakeCache.txt" ]; then
    cmake --preset asan -B "$builddir"
fi
cmake --build "$builddir" --parallel "$(nproc)" --target $(printf 'fuzz_%s ' $targets)

supp=$root/tests/sanitizers
# Shorter allocation stacks: recording 30 frames per malloc topped the fuzzers' profile.
export ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1:malloc_context_size=10"
export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$supp/ubsan.supp"
export QT_LOGGING_RULES="*.debug=false"
export QT_HASH_SEED=0

max_len() {
    case $1 in
        importer) echo 16384 ;; # several 4 KiB blocks with the tight options
        timestamp) echo 128 ;;
        http_request) echo 4096 ;; # a few requests around the small limits of the target
        *) echo 8192 ;;
    esac
}

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
status=0
summary=()
for t in $targets; do
    corpus=$root/tests/fuzz/corpus/$t
    work=$scratch/$t
    mkdir -p "$work/corpus" "$work/artifacts"
    cp -r "$corpus/." "$work/corpus/"
    dict=()
    [ -f "$root/tests/fuzz/$t.dict" ] && dict=(-dict="$root/tests/fuzz/$t.dict")
    echo "==== fuzz_$t: ${seconds} s, seed $seed, on $(find "$corpus" -type f | wc -l) seed files"
    rc=0
    "$builddir/bin/fuzz/fuzz_$t" "${dict[@]}" -max_total_time="$seconds" -seed="$seed" -timeout=10 \
        -rss_limit_mb=2048 -max_len="$(max_len "$t")" -print_final_stats=1 \
        -artifact_prefix="$work/artifacts/" "$work/corpus" >"$work/log" 2>&1 || rc=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log" | tail -1)
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/log" | tail -1)
    grep -E '^#[0-9]+[[:space:]]+DONE' "$work/log" | tail -1 || true
    if [ "$rc" -ne 0 ] || [ -n "$(ls -A "$work/artifacts")" ]; then
        tail -60 "$work/log"
        keep=$builddir/fuzz-artifacts/$t
        mkdir -p "$keep"
        cp -r "$work/artifacts/." "$keep/" 2>/dev/null || true
        echo "30-fuzz: fuzz_$t FAILED (exit $rc); inputs kept in $keep" >&2
        summary+=("fuzz_$t: FAILED after ${execs:-?} executions")
        status=1
    else
        summary+=("fuzz_$t: ${seconds} s, ${execs:-?} executions (${speed:-?}/s), no finding")
    fi
done
echo "==== fuzz summary"
printf '  %s\n' "${summary[@]}"
exit $status
