#!/usr/bin/env bash
# Builds and runs every benchmark: each bench/<name>/ folder defines a
# bench_<name> target (see bench/README.md). Extra arguments go to every
# benchmark (e.g. --runs 3). Select some with BENCH=importer,other.
# Uses the default preset's build folder unless FOTADESK_BUILD_DIR is set.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
builddir=${FOTADESK_BUILD_DIR:-$root/build/default}
cd "$root"
if [ ! -f "$builddir/CMakeCache.txt" ]; then
    cmake --preset default -B "$builddir"
fi

targets=()
for dir in "$root"/bench/*/; do
    name=$(basename "$dir")
    [ -f "$dir/CMakeLists.txt" ] || continue
    if [ -n "${BENCH:-}" ] && [[ ",$BENCH," != *",$name,"* ]]; then
        continue
    fi
    targets+=("bench_$name")
done
if [ ${#targets[@]} -eq 0 ]; then
    echo "bench.sh: no benchmark found under bench/ (or none matches BENCH=$BENCH)" >&2
    exit 1
fi

# Benchmarks are timed: build them optimised (RelWithDebInfo is the preset default).
cmake --build "$builddir" --target "${targets[@]}" --parallel "$(nproc)"

status=0
for t in "${targets[@]}"; do
    echo "=== $t ==="
    if ! "$builddir/bin/$t" "$@"; then
        echo "bench.sh: $t failed" >&2
        status=1
    fi
    echo
done
exit $status
