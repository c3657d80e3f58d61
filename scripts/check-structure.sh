#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The FotaDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The house rules of docs/ARCHITECTURE.md that a machine can check, on the git-tracked sources:
#  - layers: a folder of src/ includes only the layers below it (core < api/wire < api, sim;
#    api < store < workflow; models over core and wire; gui over all of those; app on top);
#  - no file over 700 lines in src/;
#  - no step of the New campaign form casts wizard() to reach another step (CreateSession);
#  - QSettings only in the settings code (src/store/AppSettings*, src/store/SettingsBackend*);
#  - no locale date format of its own in src/gui and src/models (QLocale::ShortFormat,
#    LongFormat, NarrowFormat, Qt::TextDate, Qt::RFC2822Date): dates and times are shown through
#    core/DisplayFormat, one form everywhere with four-digit years.
# Run by ctest (check_structure); prints every offence with what to do.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    echo "check-structure: not a git checkout; nothing to check"
    exit 0
fi
status=0
fail() {
    echo "check-structure: $*"
    status=1
}

# layer folder -> the include prefixes it may use
declare -A allowed=(
    [src/core]='core'
    [src/api/wire]='core api/wire'
    [src/api]='core api'
    [src/sim]='core api/wire sim'
    [src/store]='core api store'
    [src/workflow]='core api store workflow'
    [src/models]='core api/wire models'
    [src/gui]='core api sim store workflow models gui'
)
while IFS= read -r file; do
    layer=
    for l in src/api/wire src/core src/api src/sim src/store src/workflow src/models src/gui; do
        case "$file" in "$l"/*) layer=$l; break ;; esac
    done
    [ -n "$layer" ] || continue
    while IFS= read -r inc; do
        ok=0
        for prefix in ${allowed[$layer]}; do
            case "$inc" in "$prefix"/*) ok=1 ;; esac
        done
        [ $ok = 1 ] || fail "$file includes \"$inc\": $layer may include only ${allowed[$layer]} (docs/ARCHITECTURE.md, Layers)"
    done < <(sed -n 's/^#include "\([a-z]*\/[^"]*\)"/\1/p' "$file" | grep -E '^(core|api|sim|store|workflow|models|gui|app)/' || true)
done < <(git ls-files 'src/*.h' 'src/*.cpp')

while IFS= read -r file; do
    lines=$(wc -l < "$file")
    [ "$lines" -le 700 ] || fail "$file has $lines lines: split it (no file over 700 lines in src/)"
done < <(git ls-files 'src/*.h' 'src/*.cpp')

while IFS= read -r hit; do
    fail "$hit: a step reaches the wizard; read and write the form through CreateSession"
done < <(git grep -n -E 'qobject_cast<[A-Za-z]*Wizard ?\*>\((this->)?wizard\(\)\)' -- 'src/gui' || true)

while IFS= read -r hit; do
    fail "$hit: QSettings outside the settings code; declare the key in AppSettings' table"
done < <(git grep -n -w 'QSettings' -- 'src' ':!src/store/AppSettings.*' ':!src/store/SettingsBackend.*' |
    grep -v -E '^[^:]*:[0-9]+:\s*(//|\*)' || true)

while IFS= read -r hit; do
    fail "$hit: a date or time formatted on its own; show it through core/DisplayFormat (date, time, dateTime, withUtc)"
done < <(git grep -n -E 'QLocale::(Short|Long|Narrow)Format|Qt::(TextDate|RFC2822Date)' -- 'src/gui' 'src/models' |
    grep -v -E '^[^:]*:[0-9]+:\s*(//|\*)' || true)

[ $status = 0 ] && echo "check-structure: layers, file sizes, wizard steps, settings and date formats as the house rules say"
exit $status
