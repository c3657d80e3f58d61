#!/usr/bin/env bash
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
# Everything but the GUI tests with LeakSanitizer on ...
(cd "$builddir" && ctest --output-on-failure --parallel "$(nproc)" --timeout 900 -LE gui) ||
    status=$?
# ... and the GUI tests with ASan + UBSan but without LeakSanitizer, for now: six tests that
# build a whole MainWindow (dashboards with Qt Charts, the user guide's QTextDocument) end with
# *indirect* leaks only (no direct leak: objects whose owner LSan cannot see, all allocated
# inside libQt6Charts/Widgets/Gui), not yet analysed. Known gap, issue 9; every other report
# (ASan errors, UBSan) still fails the stage.
(cd "$builddir" &&
    ASAN_OPTIONS="${ASAN_OPTIONS/detect_leaks=1/detect_leaks=0}" \
        ctest --output-on-failure --parallel "$(nproc)" --timeout 900 -L gui) || status=$?
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
