#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The FotaDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds and runs every benchmark: each bench/<name>/ folder defines a
# bench_<name> target (see bench/README.md). Extra arguments go to every
# benchmark (e.g. --runs 3). Select some with BENCH=importer,other.
# Uses the default preset's build folder unless FOTADESK_BUILD_DIR is set.
#
# Each benchmark's own report is printed as it runs (and kept in
# $FOTADESK_BUILD_DIR/bench-logs/<name>.log); at the end one table gathers the
# headline figure of every benchmark with its peer and the ratio. A benchmark
# adds rows to that table by printing "TABLE|name|measure|value|peer|ratio"
# lines; for the benchmarks written before that convention the table reads
# their own report lines (see summarize() below).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
builddir=${FOTADESK_BUILD_DIR:-$root/build/default}
cd "$root"
if [ ! -f "$builddir/CMakeCache.txt" ]; then
    cmake --preset default -B "$builddir"
fi

names=()
for dir in "$root"/bench/*/; do
    name=$(basename "$dir")
    [ -f "$dir/CMakeLists.txt" ] || continue
    if [ -n "${BENCH:-}" ] && [[ ",$BENCH," != *",$name,"* ]]; then
        continue
    fi
    names+=("$name")
done
if [ ${#names[@]} -eq 0 ]; then
    echo "bench.sh: no benchmark found under bench/ (or none matches BENCH=$BENCH)" >&2
    exit 1
fi

# Benchmarks are timed: build them optimised (RelWithDebInfo is the preset default).
cmake --build "$builddir" --target $(printf 'bench_%s ' "${names[@]}") --parallel "$(nproc)"

logs=$builddir/bench-logs
mkdir -p "$logs"
status=0
for name in "${names[@]}"; do
    echo "=== bench_$name ==="
    t0=$(date +%s)
    if ! "$builddir/bin/bench_$name" "$@" 2>&1 | tee "$logs/$name.log"; then
        echo "bench.sh: bench_$name failed" >&2
        echo "FAILED" >>"$logs/$name.log"
        status=1
    fi
    echo "($(($(date +%s) - t0)) s)"
    echo
done

summarize() {
    python3 - "$logs" "${names[@]}" <<'PY'
import pathlib, re, sys

logs = pathlib.Path(sys.argv[1])
rows = []

def grab(pattern, text, group=1):
    m = re.search(pattern, text, re.M)
    return m.group(group).strip() if m else None

for name in sys.argv[2:]:
    path = logs / f"{name}.log"
    text = path.read_text(errors="replace") if path.exists() else ""
    before = len(rows)
    for line in text.splitlines():
        if line.startswith("TABLE|"):
            parts = (line.split("|") + [""] * 6)[1:6]
            rows.append(parts)
    if len(rows) > before:
        continue
    if name == "importer":
        rows.append([name, "1M-line CSV import (best wall)",
                     grab(r"^\s*importer \(best of runs\)\s+(\S+ s)", text),
                     (grab(r"^\s*python csv peer \(best\)\s+(\S+ s)", text) or "-") + " (Python csv)",
                     grab(r"^\s*ratio peer / importer\s+(\S+x)", text)])
    elif name == "model_filter":
        m = re.search(r"all keystrokes: fast ([\d.]+) ms, QSortFilterProxyModel ([\d.]+) ms, ratio ([\d.]+x)", text)
        n = grab(r"bench_model_filter: (\d+) rows", text)
        rows.append([name, f"filter {n or '?'} rows, all keystrokes (CPU)",
                     f"{m.group(1)} ms" if m else None,
                     f"{m.group(2)} ms (QSortFilterProxyModel)" if m else "-",
                     m.group(3) if m else None])
    elif name == "report_load":
        for label in ("first read (empty table)", "refresh (swap at the end)"):
            m = re.search(re.escape(label) + r"\s+(\d+) ms wall\s+(\d+) ms CPU \| longest stall\s+([\d.]+) ms"
                          r" \(most GUI-thread CPU in one turn\s+([\d.]+) ms\)", text)
            rows.append([name, f"100k-device report, {label}",
                         f"{m.group(1)} ms wall, {m.group(2)} ms CPU; longest stall {m.group(3)} ms"
                         f" (GUI CPU in one turn {m.group(4)} ms)" if m else None, "-", "-"])
    elif name == "sim":
        rows.append([name, "fotasim GET campaign throughput",
                     grab(r"^\| GET campaign, keep-alive connections\s*\|\s*([^|]+)\|", text), "-", "-"])
        rows.append([name, "fotasim 100k-device report, page by page",
                     grab(r"^\| device report read completely, page by page\s*\|\s*([^|]+)\|", text), "-", "-"])
    elif name == "api_client":
        rows.append([name, "decode 1 page of 1,000 devices",
                     grab(r"decode 1 page of 1,000 devices: ([\d.]+ ms wall, [\d.]+ ms CPU)", text), "-", "-"])
        rows.append([name, "read 100k-device report via DeviceStatusPager",
                     grab(r"^run 1: read .*?: (\d+ ms wall, \d+ ms client CPU)", text), "-", "-"])
    elif name == "report_range":
        lines = [l.strip() for l in text.splitlines() if l.startswith("| ")]
        head = next(([c.strip() for c in l.strip("|").split("|")] for l in lines
                     if l.startswith("| mode")), [])
        modes = [[c.strip() for c in l.strip("|").split("|")] for l in lines
                 if not l.startswith("| mode") and not l.startswith("| ---")]
        if head and modes and "wall" in head and "vs sequential" in head:
            w, r = head.index("wall"), head.index("vs sequential")
            modes = [m for m in modes if len(m) == len(head)]
            seq = modes[0]
            best = max(modes[1:] or modes, key=lambda m: float(m[r].rstrip("x×") or 0))
            rows.append([name, f"100k-device report, range-parallel ({best[0]})", best[w],
                         f"{seq[w]} ({seq[0]})", best[r]])
        else:
            rows.append([name, "100k-device report, range-parallel", None, "-", "-"])
    else:
        rows.append([name, "(no TABLE| line printed)", None, "-", "-"])

print("=== summary (details above; logs in %s) ===" % logs)
header = ["bench", "measure", "value", "peer", "ratio"]
table = [header] + [[c if c else "?" for c in r] for r in rows]
widths = [max(len(r[i]) for r in table) for i in range(5)]
for k, r in enumerate(table):
    print("| " + " | ".join(r[i].ljust(widths[i]) for i in range(5)) + " |")
    if k == 0:
        print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
PY
}
summarize
exit $status
