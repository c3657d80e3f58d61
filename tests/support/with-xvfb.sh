#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The FotaDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command on a private Xvfb X server of its own, with the Qt platform xcb: the
# real-window tests (tests/gui/*RealWindowTest.cpp) type through a real window's focus.
#   tests/support/with-xvfb.sh COMMAND [ARGS...]
# The screen is XVFB_SCREEN (default 1366x768x24, a common laptop). Xvfb picks a free
# display number itself (-displayfd), so tests can run in parallel; it is stopped after.
set -euo pipefail
screen=${XVFB_SCREEN:-1366x768x24}
if ! command -v Xvfb >/dev/null; then
    echo "with-xvfb: Xvfb is missing (Debian package xvfb; scripts/setup.sh installs it)" >&2
    exit 1
fi
dir=$(mktemp -d)
xpid=
cleanup() {
    if [ -n "$xpid" ]; then
        kill "$xpid" 2>/dev/null || true
        wait "$xpid" 2>/dev/null || true
    fi
    rm -rf "$dir"
}
trap cleanup EXIT
mkfifo "$dir/display"
Xvfb -displayfd 3 -screen 0 "$screen" -nolisten tcp 3>"$dir/display" 2>"$dir/xvfb.log" &
xpid=$!
display=
if ! read -r -t 30 display <"$dir/display" || [ -z "$display" ]; then
    echo "with-xvfb: Xvfb did not start:" >&2
    cat "$dir/xvfb.log" >&2
    exit 1
fi
export DISPLAY=":$display"
export QT_QPA_PLATFORM=xcb
set +e
"$@"
rc=$?
set -e
exit "$rc"
