#!/bin/sh
# Builds fotadesk, runs it under Xvfb on the embedded demo backend, lets it
# drive itself through every workbench screen (--screenshot-dir) and saves the
# PNGs into docs/screenshots/.
#
#   scripts/screenshots.sh [build-dir]     (default: build/gui)
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build/gui}
out=$here/docs/screenshots

if [ ! -f "$build/build.ninja" ] && [ ! -f "$build/Makefile" ]; then
    cmake --preset default -B "$build" -S "$here"
fi
cmake --build "$build" --target fotadesk -j2
mkdir -p "$out"
export XDG_RUNTIME_DIR=$(mktemp -d)
export QT_QPA_PLATFORM=xcb
xvfb-run -a -s "-screen 0 1366x850x24" \
    "$build/bin/fotadesk" --demo --screenshot-dir "$out"
rmdir "$XDG_RUNTIME_DIR" 2>/dev/null || true
ls -1 "$out"/*.png
