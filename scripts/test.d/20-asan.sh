#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The FotaDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Test stage: the whole ctest suite again, built by clang with AddressSanitizer
# + UndefinedBehaviorSanitizer (the `asan` preset, build/asan), LeakSanitizer
# on. Passes only with zero sanitizer reports: every process (tests and the
# fotasim/fotactl they start) writes its reports into build/asan/sanitizer-logs/,
# and any file there fails the stage, even when the test itself passed.
# Suppressions: tests/sanitizers/lsan.supp (Qt/fontconfig/glib internals only,
# each explained) and tests/sanitizers/ubsan.supp (empty).
# The same build holds the libFuzzer targets run by 30-fuzz.sh.
set -euo pipefail
root=${FOTADESK_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
builddir=${FOTADESK_ASAN_BUILD_DIR:-$root/build/asan}
"$root/scripts/setup.sh"
cd "$root"

t0=$(date +%s)
if [ ! -f "$builddir/CMakeCache.txt" ]; then
    cmake --preset asan -B "$builddir"
fi
# AUTOUIC + Ninja may need a second pass after a .ui change (CMake issue 16776).
cmake --build "$builddir" --parallel "$(nproc)" || cmake --build "$builddir" --parallel "$(nproc)"
t1=$(date +%s)

logs=$builddir/sanitizer-logs
rm -rf "$logs"
mkdir -p "$logs"
supp=$root/tests/sanitizers
# Keep in step with the asan test preset in CMakePresets.json.
export ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1:check_initialization_order=1:log_path=$logs/asan"
export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$supp/ubsan.supp:log_path=$logs/ubsan"
export QT_QPA_PLATFORM=offscreen

status=0
# Every test, the offscreen GUI tests included, with LeakSanitizer on. (The GUI tests once
# ended with indirect leaks: a whole QChart per chart view, made by QChartView(QWidget*) and
# released but never deleted by setChart(); the views now hand their chart to the
# constructor, and no GUI test reports a leak.)
# Not the real-window tests (label realwindow: xcb on a private Xvfb): they run in stage 1.
# Under this stage's options the xcb platform itself is reported before a line of ours runs:
# with strict_string_checks, libxkbcommon-x11's strndup of a keymap name read from an xcb
# reply (xkb_x11_keymap_new_from_device, in QXcbConnection's constructor) is a
# heap-buffer-overflow report, and libdbus leaks 1 KiB (seen 2026-12-04, Qt 6.4.2, Debian 12).
# The same DesktopApp wiring runs here offscreen (test_DesktopAppMnemonics).
(cd "$builddir" && ctest --output-on-failure --parallel "$(nproc)" --timeout 900 -LE realwindow) || status=$?
t2=$(date +%s)

reports=$(find "$logs" -type f | sort)
if [ -n "$reports" ]; then
    echo "20-asan: sanitizer reports (each file is one process):" >&2
    for f in $reports; do
        echo "---- $f" >&2
        cat "$f" >&2
    done
    status=1
fi
echo "20-asan: build $((t1 - t0)) s, ctest $((t2 - t1)) s, $(echo -n "$reports" | grep -c . || true) sanitizer report files"
exit $status
