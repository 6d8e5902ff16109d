#!/usr/bin/env bash
# with-keyring.sh COMMAND [ARGS...]
# Runs COMMAND hermetically against a real Secret Service: its own D-Bus session bus, a temporary HOME
# and XDG directories (a keyring created under a real HOME would persist), and an unlocked
# gnome-keyring. The keyring daemon ends with the bus when COMMAND exits.
set -euo pipefail

if [ -z "${CV_KEYRING_SESSION:-}" ]; then
    export CV_KEYRING_SESSION=1
    exec dbus-run-session -- "$0" "$@"
fi

scratch=$(mktemp -d "${TMPDIR:-/tmp}/cv-keyring.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home"
export XDG_DATA_HOME="$scratch/data"
export XDG_CONFIG_HOME="$scratch/config"
export XDG_CACHE_HOME="$scratch/cache"
export XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

# The password only guards this throw-away keyring.
printf '%s' "cv-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null

"$@"
