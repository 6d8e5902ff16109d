#!/usr/bin/env bash
# Installs the Debian 12 packages needed to build, run and test Connect Vendor Desktop.
# Idempotent: quiet and quick when everything is present; says what it installs otherwise.
#   packaging/install-deps.sh        what `packaging/dev.sh run|test|asan` need
#   packaging/install-deps.sh fuzz   and clang + libFuzzer for packaging/fuzz.sh (not needed by CI: the
#                                    ctests fuzz_replay_* replay the corpora with the normal GCC build)
set -euo pipefail

packages=(
    build-essential cmake ninja-build ccache pkg-config clang-format
    qt6-base-dev qt6-webengine-dev qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-l10n-tools
    qt6-charts-dev qt6-svg-dev qt6-pdf-dev qtkeychain-qt6-dev libqt6sql6-sqlite libqt6svg6
    libcmark-gfm-dev libcmark-gfm-extensions-dev libgettextpo-dev libxlsxwriter-dev libquazip1-qt6-dev
    xvfb xauth gnome-keyring dbus dbus-x11 python3 python3-yaml
    desktop-file-utils appstream bash-completion
)
if [ "${1:-}" = fuzz ]; then
    packages+=(clang libfuzzer-14-dev)
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
    echo "Missing packages: ${missing[*]}" >&2
    echo "Run this script as root (or: sudo $0)." >&2
    exit 1
fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
