#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The FotaDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Quick start 1: install what is missing, build, and start fotadesk on the
# embedded demo backend. Extra arguments go to fotadesk.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/build.sh"
app="${FOTADESK_BUILD_DIR:-$root/build/${FOTADESK_PRESET:-default}}/bin/fotadesk"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    cat >&2 <<MSG
fotadesk is built ($app), but there is no display to show it on
(neither DISPLAY nor WAYLAND_DISPLAY is set). Run it anyway with one of:

  xvfb-run -a -s "-screen 0 1366x768x24" $app      # a virtual X server
  QT_QPA_PLATFORM=offscreen $app --version          # a smoke run without any display

or start this script from a desktop session.
MSG
    exit 2
fi
exec "$app" "$@"
