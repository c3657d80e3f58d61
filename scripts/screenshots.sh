#!/bin/sh
# SPDX-FileCopyrightText: 2026 The FotaDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds fotadesk-screenshots (documentation tooling: the desktop app as fotadesk
# builds it, on the embedded demo backend, driven through every workbench screen)
# and runs it under Xvfb; the PNGs go into docs/screenshots/ (English) or
# docs/screenshots/<language>/.
#
#   scripts/screenshots.sh [build-dir] [out-dir]     (default: build/gui)
#   FOTADESK_LANGUAGE=de scripts/screenshots.sh      (German, into docs/screenshots/de)
#   FOTADESK_SCREENSHOT_SIZE=1024x640 scripts/screenshots.sh build/default /tmp/small
#                                                    (the window at another size; 1280x800 by default)
#
# FOTADESK_LANGUAGE: en (default), de or es — the user-interface language; dates
# and numbers follow it too.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build/gui}
language=${FOTADESK_LANGUAGE:-en}
if [ "$language" = en ]; then
    out=${2:-$here/docs/screenshots}
else
    out=${2:-$here/docs/screenshots/$language}
fi

if [ ! -f "$build/build.ninja" ] && [ ! -f "$build/Makefile" ]; then
    cmake --preset default -B "$build" -S "$here"
fi
cmake --build "$build" --target fotadesk-screenshots -j2
mkdir -p "$out"
export XDG_RUNTIME_DIR=$(mktemp -d)
# A workspace of its own: the drafts and activity log shown are this run's, not yours.
export FOTADESK_WORKSPACE="$XDG_RUNTIME_DIR/workspace.sqlite"
export QT_QPA_PLATFORM=xcb
size=${FOTADESK_SCREENSHOT_SIZE:-1280x800}
export FOTADESK_SCREENSHOT_SIZE=$size
# The screen: room for the window and its dialogs.
width=$(( ${size%x*} + 86 ))
height=$(( ${size#*x} + 50 ))
xvfb-run -a -s "-screen 0 ${width}x${height}x24" \
    "$build/bin/fotadesk-screenshots" --language "$language" "$out"
# The Rollouts page (a rollout running, one held): shot by its real-window test, which
# drives fotactl and fotasim with a jumped clock (English only).
if [ "$language" = en ]; then
    cmake --build "$build" --target test_RolloutsPageRealWindow test_RolloutWizardRealWindow fotactl fotasim -j2
    XVFB_SCREEN=1400x900x24 FOTADESK_BIN_DIR="$build/bin" FOTADESK_USER=j.meyer FOTADESK_ROLLOUT_SCREENSHOTS="$out" \
        "$here/tests/support/with-xvfb.sh" "$build/tests/test_RolloutsPageRealWindow" \
        advancedToSecondWaveShowsTwoWavesWithTheirCampaigns heldRolloutShowsTheFailingFigure
    # The New rollout form's Waves step with its preview.
    XVFB_SCREEN=1400x900x24 FOTADESK_BIN_DIR="$build/bin" FOTADESK_USER=j.meyer FOTADESK_ROLLOUT_SCREENSHOTS="$out" \
        "$here/tests/support/with-xvfb.sh" "$build/tests/test_RolloutWizardRealWindow" \
        createdByKeyboardSplitAsPreviewedAndAdvancedOnFotasim
fi
rm -rf "$XDG_RUNTIME_DIR"
ls -1 "$out"/*.png
