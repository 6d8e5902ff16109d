#!/usr/bin/env bash
# Builds the Debian package and checks it as a user gets it: install, run both programs from /usr/bin, find the
# desktop file, AppStream data, icons, man pages and bash completion in place and valid, then remove it and
# check nothing is left behind. Needs root (dpkg). `packaging/dev.sh test` runs it when it runs as root (CI).
#   packaging/test-deb.sh [build folder]
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
package=connect-vendor-desktop
id=com.cloudblue.ConnectVendorDesktop

fail() { echo "test-deb: FAIL: $*" >&2; exit 1; }
step() { echo "test-deb: $*"; }

[ "$(id -u)" -eq 0 ] || fail "needs root to install the package (dpkg -i)"
if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    fail "$package is already installed on this machine; remove it first (dpkg -r $package)"
fi

step "building the package (cpack -G DEB)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$build" && cpack -G DEB -B "$work" >"$work/cpack.log") || { cat "$work/cpack.log" >&2; fail "cpack"; }
deb=$(ls "$work"/*.deb)
dpkg-deb --info "$deb" | grep -E "^ (Package|Version|Depends):"

step "installing $(basename "$deb")"
dpkg -i "$deb" >/dev/null || fail "dpkg -i (missing dependencies? $(dpkg-deb -f "$deb" Depends))"
trap 'dpkg -r "$package" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
dpkg -L "$package" >"$work/files"

step "running the installed programs"
version=$(env -u DISPLAY /usr/bin/connect-vendor --version) || fail "connect-vendor --version"
[[ $version == "connect-vendor $(dpkg-deb -f "$deb" Version)"* ]] || fail "connect-vendor --version said '$version'"
# Outputs are read whole before grep: `grep -q` closing the pipe early would fail the pipeline (pipefail).
help=$(env -u DISPLAY /usr/bin/connect-vendor --help) || fail "connect-vendor --help"
grep -q "^Exit status:" <<<"$help" || fail "connect-vendor --help lists no exit codes"
routes=$(/usr/bin/connect-sandbox --routes 2>/dev/null) || fail "connect-sandbox --routes"
grep -qx "GET /requests" <<<"$routes" || fail "connect-sandbox --routes does not list GET /requests"

step "desktop file and AppStream"
desktop=/usr/share/applications/$id.desktop
[ -f "$desktop" ] || fail "no $desktop"
desktop-file-validate "$desktop" || fail "desktop-file-validate $desktop"
appstreamcli validate --no-net --explain "/usr/share/metainfo/$id.metainfo.xml" || fail "appstreamcli validate"

step "icons"
[ -f "/usr/share/icons/hicolor/scalable/apps/$id.svg" ] || fail "no scalable icon"
for size in 16 22 24 32 48 64 128 256 512; do
    png=/usr/share/icons/hicolor/${size}x${size}/apps/$id.png
    [ -f "$png" ] || fail "no $png"
    # The PNG header holds width and height as big-endian 32-bit numbers at bytes 16-23.
    read -r width height < <(od -An -tu1 -j16 -N8 "$png" | awk '{print $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}')
    [ "$width" = "$size" ] && [ "$height" = "$size" ] || fail "$png is ${width}x${height}"
done

step "man pages"
for page in connect-vendor connect-sandbox; do
    file=/usr/share/man/man1/$page.1.gz
    [ -f "$file" ] || fail "no $file"
    text=$(zcat "$file")
    grep -q "^.TH ${page^^} 1" <<<"$text" || fail "$file is not the $page man page"
done
grep -q "EXIT STATUS" <<<"$(zcat /usr/share/man/man1/connect-vendor.1.gz)" || fail "the man page lists no exit status"

step "bash completion"
completion=/usr/share/bash-completion/completions/connect-vendor
[ -f "$completion" ] && [ -e /usr/share/bash-completion/completions/connect-sandbox ] || fail "no bash completion"
# Complete as bash would: "connect-vendor sy<TAB>" and "connect-sandbox --se<TAB>".
said=$(bash -c '
    source /usr/share/bash-completion/bash_completion
    source /usr/share/bash-completion/completions/connect-vendor
    COMP_WORDS=(connect-vendor sy); COMP_CWORD=1; COMP_LINE="connect-vendor sy"; COMP_POINT=${#COMP_LINE}
    _connect_vendor; echo "${COMPREPLY[*]}"
    COMP_WORDS=(connect-sandbox --se); COMP_CWORD=1; COMP_LINE="connect-sandbox --se"; COMP_POINT=${#COMP_LINE}
    _connect_sandbox; echo "${COMPREPLY[*]}"')
[ "$said" = $'sync\n--seed --seed-requests' ] || fail "bash completion answered: $said"

step "removing"
dpkg -r "$package" >/dev/null || fail "dpkg -r"
trap 'rm -rf "$work"' EXIT
left=()
while read -r path; do
    [ -f "$path" ] || [ -L "$path" ] && left+=("$path")
done <"$work/files"
[ ${#left[@]} -eq 0 ] || fail "left behind after dpkg -r: ${left[*]}"
[ ! -e /usr/bin/connect-vendor ] || fail "/usr/bin/connect-vendor is still there"
step "passed"
