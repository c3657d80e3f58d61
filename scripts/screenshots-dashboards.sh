#!/bin/sh
# SPDX-FileCopyrightText: 2026 The FotaDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The dashboards' screenshots (docs/screenshots/overview.png, campaign-status.png,
# device-lookup.png, report-page.png): bench_report_load --screenshots drives the
# real window under Xvfb (like scripts/screenshots.sh) on a fotasim process (demo
# data plus a synthetic 20,000-device campaign refreshed while it runs) and
# renders page 1 of the exported PDF with pdftoppm (poppler-utils, in
# scripts/packages.txt).
#
#   scripts/screenshots-dashboards.sh [build-dir]     (default: build/dash)
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build/dash}
out=$here/docs/screenshots

if [ ! -f "$build/build.ninja" ] && [ ! -f "$build/Makefile" ]; then
    cmake --preset default -B "$build" -S "$here"
fi
cmake --build "$build" --target fotasim bench_report_load -j2
command -v pdftoppm >/dev/null || { echo "pdftoppm missing: apt-get install poppler-utils" >&2; exit 1; }
mkdir -p "$out"
runtime=$(mktemp -d)
command -v xvfb-run >/dev/null || { echo "xvfb-run missing: apt-get install xvfb xauth" >&2; exit 1; }
XDG_RUNTIME_DIR=$runtime QT_QPA_PLATFORM=xcb FOTADESK_BIN_DIR="$build/bin" \
    xvfb-run -a -s "-screen 0 1366x850x24" \
    "$build/bin/bench_report_load" --screenshots "$out"
rm -f "$out/report-example.pdf"
rmdir "$runtime" 2>/dev/null || true
ls -1 "$out"/overview.png "$out"/campaign-status.png "$out"/device-lookup.png "$out"/report-page.png
