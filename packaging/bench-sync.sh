#!/usr/bin/env bash
# packaging/bench-sync.sh [BUILD_DIR] [N]
# How fast `connect-vendor sync` fills an empty cache from a big account, and how much memory it takes.
# Builds nothing: BUILD_DIR (default: build, relative to the repository) must hold connect-vendor and
# connect-sandbox. Starts connect-sandbox with N generated fulfilment requests (default 100000) on a
# temporary data file, adds its demo account in a throw-away keyring (tests/support/with-keyring.sh, so
# your own keyring is never touched), then times a first (full) and a second (incremental) sync into a
# temporary --data-dir. Everything is removed at the end.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-build}
n=${2:-100000}
case "$build" in /*) ;; *) build="$root/$build" ;; esac
case "$n" in '' | *[!0-9]*) echo "bench-sync.sh: N must be a number, got '$n'" >&2; exit 2 ;; esac
for exe in connect-vendor connect-sandbox; do
    [ -x "$build/$exe" ] || { echo "bench-sync.sh: $build/$exe not found: build it first" >&2; exit 2; }
done

# The keychain: run the rest inside a private D-Bus session with an unlocked gnome-keyring.
if [ -z "${CV_BENCH_KEYRING:-}" ]; then
    export CV_BENCH_KEYRING=1
    exec "$root/tests/support/with-keyring.sh" "$0" "$build" "$n"
fi

scratch=$(mktemp -d "${TMPDIR:-/tmp}/cv-bench.XXXXXX")
sandbox_pid=
cleanup() {
    [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null && wait "$sandbox_pid" 2>/dev/null
    rm -rf "$scratch"
}
trap cleanup EXIT

now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

echo "== connect-sandbox with $n generated requests"
started=$(now)
"$build/connect-sandbox" --port 0 --data "$scratch/sandbox.sqlite" --seed demo --seed-requests "$n" \
    >"$scratch/sandbox.out" 2>"$scratch/sandbox.err" &
sandbox_pid=$!
# The data is generated before the server listens: the "Listening" line marks the end of it.
until grep -q '^API key: ' "$scratch/sandbox.out" 2>/dev/null; do
    if ! kill -0 "$sandbox_pid" 2>/dev/null; then
        echo "bench-sync.sh: connect-sandbox stopped:" >&2
        cat "$scratch/sandbox.err" >&2
        exit 1
    fi
    sleep 0.1
done
ready=$(now)
url=$(sed -n 's/^Listening on //p' "$scratch/sandbox.out")
key=$(sed -n 's/^API key: //p' "$scratch/sandbox.out")
echo "generation + start: $(seconds "$started" "$ready") s  ($(grep -o 'generated [0-9]* requests in [0-9]* ms' "$scratch/sandbox.err" || echo 'no generator log'))"
echo "sandbox data file: $(du -h "$scratch/sandbox.sqlite" | cut -f1)"

data="$scratch/vendor"
# The key goes in on standard input (printf is a shell builtin: it never shows in the process list).
printf '%s\n' "$key" | "$build/connect-vendor" --data-dir "$data" account add --name bench --endpoint "$url" >/dev/null

run_sync() {
    local label=$1 begin end
    begin=$(now)
    if ! "$build/connect-vendor" --data-dir "$data" sync >"$scratch/$label.out" 2>"$scratch/$label.err"; then
        echo "bench-sync.sh: the $label sync failed:" >&2
        tail -n 20 "$scratch/$label.err" >&2
        exit 1
    fi
    end=$(now)
    echo "== $label sync"
    echo "wall time: $(seconds "$begin" "$end") s"
    grep -E '^(requests:|took |requests/s: |peak memory: )' "$scratch/$label.out"
}

run_sync first
echo "cache file: $(du -h "$data"/data/cache/*.sqlite | cut -f1)"
run_sync second
