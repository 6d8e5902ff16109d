#!/usr/bin/env bash
# packaging/bench-palette.sh [BUILD_DIR] [N] [REPEAT]
# How fast the command palette (Ctrl+K, issue 18 point 5) answers on a real synced cache of N requests (default
# 100000; the goal: within 50 ms). Builds nothing: BUILD_DIR (default: build) must hold connect-vendor,
# connect-sandbox and cv-bench-palette. As packaging/bench-ui.sh: starts connect-sandbox --seed demo
# --seed-requests N on a temporary data file, adds it as an account in a throw-away keyring
# (tests/support/with-keyring.sh), runs a real `connect-vendor sync`, then runs cv-bench-palette on the synced
# cache: p50/p95 over REPEAT runs (default 20) of an exact id, an id prefix, a customer's name, an e-mail, a word
# thousands of requests hold, a command name, "approve <id>", 1 and 2 characters.
# CACHE=FILE skips the sandbox and the sync and times a copy of FILE (e.g. one kept by bench-ui.sh's KEEP=DIR).
# Prints figures; asserts nothing. Everything is removed at the end.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-build}
n=${2:-100000}
repeat=${3:-20}
case "$build" in /*) ;; *) build="$root/$build" ;; esac
case "$n" in '' | *[!0-9]*) echo "bench-palette.sh: N must be a number, got '$n'" >&2; exit 2 ;; esac
case "$repeat" in '' | *[!0-9]*) echo "bench-palette.sh: REPEAT must be a number, got '$repeat'" >&2; exit 2 ;; esac
for exe in connect-vendor connect-sandbox cv-bench-palette; do
    [ -x "$build/$exe" ] || { echo "bench-palette.sh: $build/$exe not found: build it first" >&2; exit 2; }
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/cv-bench-palette.XXXXXX")
sandbox_pid=
cleanup() {
    [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null && wait "$sandbox_pid" 2>/dev/null
    rm -rf "$scratch"
}
trap cleanup EXIT

if [ -n "${CACHE:-}" ]; then
    [ -f "$CACHE" ] || { echo "bench-palette.sh: CACHE=$CACHE is not a file" >&2; exit 2; }
    cp "$CACHE" "$scratch/cache.sqlite"
    cache="$scratch/cache.sqlite"
else
    if [ -z "${CV_BENCH_KEYRING:-}" ]; then
        export CV_BENCH_KEYRING=1
        rm -rf "$scratch"
        exec "$root/tests/support/with-keyring.sh" "$0" "$build" "$n" "$repeat"
    fi
    echo "== connect-sandbox --seed demo --seed-requests $n (load: $(cut -d' ' -f1-3 /proc/loadavg))"
    "$build/connect-sandbox" --port 0 --data "$scratch/sandbox.sqlite" --seed demo --seed-requests "$n" \
        >"$scratch/sandbox.out" 2>"$scratch/sandbox.err" &
    sandbox_pid=$!
    until grep -q '^API key: ' "$scratch/sandbox.out" 2>/dev/null; do
        if ! kill -0 "$sandbox_pid" 2>/dev/null; then
            echo "bench-palette.sh: connect-sandbox stopped:" >&2
            cat "$scratch/sandbox.err" >&2
            exit 1
        fi
        sleep 0.2
    done
    url=$(sed -n 's/^Listening on //p' "$scratch/sandbox.out")
    key=$(sed -n 's/^API key: //p' "$scratch/sandbox.out")
    data="$scratch/vendor"
    # The key goes in on standard input (printf is a shell builtin: it never shows in the process list).
    printf '%s\n' "$key" | "$build/connect-vendor" --data-dir "$data" account add --name bench --endpoint "$url" >/dev/null
    if ! "$build/connect-vendor" --data-dir "$data" sync >"$scratch/sync.out" 2>"$scratch/sync.err"; then
        echo "bench-palette.sh: the sync failed:" >&2
        tail -n 20 "$scratch/sync.err" >&2
        exit 1
    fi
    cache=$(ls "$data"/data/cache/*.sqlite)
    if [ -n "${KEEP:-}" ]; then
        mkdir -p "$KEEP"
        cp "$cache" "$KEEP/cache-$n.sqlite"
        echo "kept a copy of the synced cache: $KEEP/cache-$n.sqlite"
    fi
fi

echo "== command palette search (cv-bench-palette, $repeat runs each; load: $(cut -d' ' -f1-3 /proc/loadavg))"
"$build/cv-bench-palette" "$cache" "$repeat"
