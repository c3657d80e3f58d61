#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The FotaDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Quick start 2: install what is missing, build, and run the whole test suite.
#
# Stage 1 builds the default preset and runs ctest (its summary line is the
# main result). Further stages live in scripts/test.d/NN-name.sh and run in
# order afterwards (sanitizer build, fuzz smoke runs, package install check);
# each prints its own figures. FOTADESK_TEST_QUICK=1 runs stage 1 only (for
# the edit-compile-test loop); arguments are passed on to stage 1's ctest.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export FOTADESK_ROOT=$root
started=$(date +%s)
timings=()

"$root/scripts/build.sh"
builddir=${FOTADESK_BUILD_DIR:-$root/build/${FOTADESK_PRESET:-default}}
export FOTADESK_DEFAULT_BUILD_DIR=$builddir
export QT_QPA_PLATFORM=offscreen
(cd "$builddir" && ctest --output-on-failure --parallel "$(nproc)" --timeout 600 "$@")
timings+=("stage 1 build + ctest (default): $(($(date +%s) - started)) s")

if [ "${FOTADESK_TEST_QUICK:-0}" != 1 ]; then
    for stage in "$root"/scripts/test.d/[0-9][0-9]-*.sh; do
        [ -e "$stage" ] || continue
        name=$(basename "$stage" .sh)
        echo "==== test stage $name ===="
        t0=$(date +%s)
        bash "$stage"
        timings+=("stage $name: $(($(date +%s) - t0)) s")
    done
fi

echo "==== test stages passed ===="
printf '  %s\n' "${timings[@]}"
echo "  total: $(($(date +%s) - started)) s"
