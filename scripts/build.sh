#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The FotaDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Configures (once) and builds FotaDesk into build/ (or $FOTADESK_BUILD_DIR)
# with the preset named by $FOTADESK_PRESET (default: "default").
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
preset=${FOTADESK_PRESET:-default}
"$root/scripts/setup.sh"
cd "$root"
builddir=${FOTADESK_BUILD_DIR:-$root/build/$preset}
if [ ! -f "$builddir/CMakeCache.txt" ]; then
    cmake --preset "$preset" -B "$builddir"
fi
# AUTOUIC + Ninja may need a second pass after a .ui change (CMake issue 16776).
cmake --build "$builddir" --parallel "$(nproc)" || cmake --build "$builddir" --parallel "$(nproc)"
