#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The FotaDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Test stage: the Debian package (issue 8). Builds the .deb with CPack from the
# default build, installs it into this machine with apt-get, and checks that the
# installed programs work: fotadesk --version (offscreen), fotasim answers on a
# free loopback port (curl for a token, fotactl firmware list against it),
# fotactl --demo firmware list, the man pages, the desktop file and metainfo
# validate. lintian must report no error (E:) finding (warnings are shown; there
# are no overrides). The package stays installed. About a minute here.
set -euo pipefail
root=${FOTADESK_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
build=${FOTADESK_DEFAULT_BUILD_DIR:-$root/build/default}
"$root/scripts/setup.sh" >/dev/null

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null ||
        { echo "40-package: installing the package needs root; run as root or install sudo" >&2; exit 1; }
    sudo=(sudo)
fi

step() { printf '  package: %s\n' "$*"; }
die() { printf 'package check FAILED: %s\n' "$*" >&2; exit 1; }

# 1. Build the package (the default build is built; this re-runs the install rules).
cmake --build "$build" --target fotadesk_package_files >/dev/null
rm -f "$build"/fotadesk_*.deb
(cd "$build" && cpack -G DEB >/dev/null) || die "cpack failed in $build"
deb=$(ls "$build"/fotadesk_*.deb)
step "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"
dpkg-deb --field "$deb" Version Depends | sed 's/^/    /'

# 2. Install it like a user would (apt-get resolves the Depends).
(cd "$build" && DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq \
    --no-install-recommends "./$(basename "$deb")" >/dev/null) || die "apt-get install failed"
step "installed: $(dpkg-query -W -f='${Package} ${Version} ${db:Status-Status}' fotadesk)"
for program in fotadesk fotactl fotasim; do
    [ "$(command -v "$program")" = "/usr/bin/$program" ] || die "$program is not /usr/bin/$program"
done

# The installed programs run with a throw-away home (data, settings, logs).
home=$(mktemp -d)
sim_pid=
cleanup() {
    if [ -n "$sim_pid" ]; then kill "$sim_pid" 2>/dev/null || true; wait "$sim_pid" 2>/dev/null || true; fi
    rm -rf "$home"
}
trap cleanup EXIT
export HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config XDG_CACHE_HOME=$home/cache
export XDG_RUNTIME_DIR=$home/run && mkdir -m 700 "$XDG_RUNTIME_DIR"
version=$(dpkg-query -W -f='${Version}' fotadesk)
version=${version%-*}

# 3. fotadesk --version, offscreen.
out=$(QT_QPA_PLATFORM=offscreen /usr/bin/fotadesk --version 2>"$home/version.err") \
    || die "fotadesk --version failed: $out $(cat "$home/version.err")"
grep -q "$version" <<<"$out" || die "fotadesk --version says '$out', expected $version"
step "fotadesk --version: $out"

# 4. fotasim on a free port (port 0: it picks one and prints it first), asked with curl and fotactl.
/usr/bin/fotasim --listen 127.0.0.1:0 --log-level warning >"$home/sim.out" 2>"$home/sim.err" &
sim_pid=$!
for _ in $(seq 100); do
    grep -q '^fotasim listening on ' "$home/sim.out" && break
    kill -0 "$sim_pid" 2>/dev/null || die "fotasim exited: $(cat "$home/sim.err")"
    sleep 0.1
done
base=$(sed -n 's/^fotasim listening on \(http:[^ ]*\).*/\1/p' "$home/sim.out" | head -1)
[ -n "$base" ] || die "fotasim did not say where it listens"
token=$(curl -sS --fail -u demo-client:demo-secret -d grant_type=client_credentials \
    "$base/api/ts/v1/oauth2/token") || die "fotasim at $base did not answer the token request"
grep -q '"access_token"' <<<"$token" || die "fotasim token answer has no access_token: $token"
step "fotasim at $base answered a token request"
out=$(FOTA_CLIENT_ID=demo-client FOTA_CLIENT_SECRET=demo-secret FOTA_USERNAME=demo FOTA_PASSWORD=demo \
    /usr/bin/fotactl firmware list --base-url "$base/api" --account 0000123456-00001 --json) \
    || die "fotactl firmware list against the installed fotasim failed: $out"
grep -q '"firmwareName"' <<<"$out" || die "fotactl firmware list returned no firmware: $out"
step "fotactl firmware list against it: $(grep -o '"firmwareName"' <<<"$out" | wc -l) packages"
kill "$sim_pid" && wait "$sim_pid" || true
sim_pid=

# 5. fotactl --demo (its own embedded fotasim).
out=$(/usr/bin/fotactl --demo firmware list) || die "fotactl --demo firmware list failed: $out"
[ "$(wc -l <<<"$out")" -ge 2 ] || die "fotactl --demo firmware list printed nothing: $out"
step "fotactl --demo firmware list: $(($(wc -l <<<"$out") - 1)) rows"

# 5b. fotactl imei check runs in /usr/bin/fotactl itself (without Qt Network); every other
#     command went on to /usr/libexec/fotadesk/fotactl-full (steps 4 and 5).
printf 'IMEI\n490154203237518\n' >"$home/devices.csv"
out=$(/usr/bin/fotactl imei check "$home/devices.csv") || die "fotactl imei check failed: $out"
grep -q 'Valid: *1 unique' <<<"$out" || die "fotactl imei check did not find the IMEI: $out"
if ldd /usr/bin/fotactl | grep -q libQt6Network; then die "/usr/bin/fotactl loads Qt Network"; fi
step "fotactl imei check: 1 valid IMEI, without Qt Network"

# 6. Man pages, desktop file, icon, metainfo, Debian docs.
for program in fotadesk fotactl fotasim; do
    page=/usr/share/man/man1/$program.1.gz
    [ -f "$page" ] || die "no man page $page"
    zcat "$page" | grep -q '^\.TH' || die "$page is not a man page"
    zcat "$page" | grep -qF -- '\-\-help' || die "$page does not list the options"
done
step "man pages: fotadesk.1.gz fotactl.1.gz fotasim.1.gz"
app=io.github.fotadesk.FotaDesk
desktop-file-validate "/usr/share/applications/$app.desktop" || die "desktop file does not validate"
[ -f "/usr/share/icons/hicolor/scalable/apps/$app.svg" ] || die "no icon $app.svg"
appstreamcli validate --no-net --pedantic "/usr/share/metainfo/$app.metainfo.xml" >"$home/as.out" 2>&1 \
    || { cat "$home/as.out"; die "metainfo does not validate"; }
[ -f /usr/share/doc/fotadesk/copyright ] && [ -f /usr/share/doc/fotadesk/changelog.Debian.gz ] \
    || die "copyright or changelog.Debian.gz missing in /usr/share/doc/fotadesk"
step "desktop file, icon, metainfo, copyright, changelog: valid"

# 7. lintian: no error-level finding (warnings are printed, not fatal).
lintian --version >/dev/null
lint=$(lintian --fail-on none --tag-display-limit 0 "$deb" 2>&1 \
    | grep -v -e '^N:' -e 'running with root privileges' || true)
[ -z "$lint" ] || printf '%s\n' "$lint" | sed 's/^/    /'
if grep -q '^E:' <<<"$lint"; then die "lintian reports errors (E:) for $(basename "$deb")"; fi
step "lintian: $(grep -c '^E:' <<<"$lint" || true) errors, $(grep -c '^W:' <<<"$lint" || true) warnings"
echo "package check passed"
