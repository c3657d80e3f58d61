#!/usr/bin/env bash
# Every git-tracked file says under which licence it is (REUSE 3.0, https://reuse.software):
# sources, scripts, forms and build files carry two SPDX lines at the top,
#   // SPDX-FileCopyrightText: 2026 The FotaDesk authors
#   // SPDX-License-Identifier: GPL-3.0-or-later
# (with '#' or '<!-- -->' where '//' is not a comment); images, data, fixtures, translations
# and docs are covered by .reuse/dep5. Run by ctest (check_licenses) with `reuse lint`
# (Debian package reuse, in scripts/packages.txt).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    echo "check-licenses: not a git checkout; nothing to check"
    exit 0
fi
if ! command -v reuse >/dev/null; then
    echo "check-licenses: reuse is missing: apt-get install reuse (scripts/setup.sh installs it)"
    exit 1
fi
if ! out=$(reuse lint 2>&1); then
    echo "$out"
    echo "check-licenses: the files above lack SPDX lines: add the two lines of this script's"
    echo "header at the top of each (after a #! line), or cover data files in .reuse/dep5."
    exit 1
fi
echo "check-licenses: $(grep -E 'Files with license information' <<<"$out" | sed 's/^\* //')"
