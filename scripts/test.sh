#!/usr/bin/env bash
# Quick start 2: install what is missing, build, and run the whole test suite.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/build.sh"
builddir=${FOTADESK_BUILD_DIR:-$root/build/${FOTADESK_PRESET:-default}}
export QT_QPA_PLATFORM=offscreen
cd "$builddir"
ctest --output-on-failure --parallel "$(nproc)" --timeout 600 "$@"
