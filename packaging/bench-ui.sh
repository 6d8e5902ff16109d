#!/usr/bin/env bash
# packaging/bench-ui.sh [BUILD_DIR] [N] [REPEAT]
# How the Fulfillment table answers on a real synced cache of N requests (default 100000). Builds nothing:
# BUILD_DIR (default: build) must hold connect-vendor, connect-sandbox and cv-bench-ui. Starts
# connect-sandbox --seed demo --seed-requests N on a temporary data file, adds it as an account in a
# throw-away keyring (tests/support/with-keyring.sh), runs a real `connect-vendor sync`, then prints:
#  - from cv-bench-ui on the synced cache: table open, each filter, each sort and the searches, p50/p95 over
#    REPEAT runs (default 20);
#  - from the GUI (offscreen, CV_BENCH_UI, app/benchprobe.h), three times: cold start to the main window
#    (warm file cache), the longest GUI stall until the start-up sync ends, idle memory; once more with a
#    full sync: the longest GUI stall during it.
# Prints figures; asserts nothing. Everything is removed at the end (KEEP=DIR keeps the synced cache there).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-build}
n=${2:-100000}
repeat=${3:-20}
case "$build" in /*) ;; *) build="$root/$build" ;; esac
case "$n" in '' | *[!0-9]*) echo "bench-ui.sh: N must be a number, got '$n'" >&2; exit 2 ;; esac
case "$repeat" in '' | *[!0-9]*) echo "bench-ui.sh: REPEAT must be a number, got '$repeat'" >&2; exit 2 ;; esac
for exe in connect-vendor connect-sandbox cv-bench-ui; do
    [ -x "$build/$exe" ] || { echo "bench-ui.sh: $build/$exe not found: build it first" >&2; exit 2; }
done

if [ -z "${CV_BENCH_KEYRING:-}" ]; then
    export CV_BENCH_KEYRING=1
    exec "$root/tests/support/with-keyring.sh" "$0" "$build" "$n" "$repeat"
fi

scratch=$(mktemp -d "${TMPDIR:-/tmp}/cv-bench-ui.XXXXXX")
sandbox_pid=
cleanup() {
    [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null && wait "$sandbox_pid" 2>/dev/null
    rm -rf "$scratch"
}
trap cleanup EXIT

now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

echo "== connect-sandbox --seed demo --seed-requests $n (load: $(cut -d' ' -f1-3 /proc/loadavg))"
"$build/connect-sandbox" --port 0 --data "$scratch/sandbox.sqlite" --seed demo --seed-requests "$n" \
    >"$scratch/sandbox.out" 2>"$scratch/sandbox.err" &
sandbox_pid=$!
until grep -q '^API key: ' "$scratch/sandbox.out" 2>/dev/null; do
    if ! kill -0 "$sandbox_pid" 2>/dev/null; then
        echo "bench-ui.sh: connect-sandbox stopped:" >&2
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
begin=$(now)
if ! "$build/connect-vendor" --data-dir "$data" sync >"$scratch/sync.out" 2>"$scratch/sync.err"; then
    echo "bench-ui.sh: the sync failed:" >&2
    tail -n 20 "$scratch/sync.err" >&2
    exit 1
fi
echo "full sync (CLI): $(seconds "$begin" "$(now)") s"
cache=$(ls "$data"/data/cache/*.sqlite)
echo "cache file: $(du -h "$cache" | cut -f1)"
if [ -n "${KEEP:-}" ]; then
    mkdir -p "$KEEP"
    cp "$cache" "$KEEP/cache-$n.sqlite"
    echo "kept a copy of the synced cache: $KEEP/cache-$n.sqlite"
fi

echo "== Fulfillment table queries (cv-bench-ui, $repeat runs each; load: $(cut -d' ' -f1-3 /proc/loadavg))"
"$build/cv-bench-ui" "$cache" "$repeat"

echo "== GUI (offscreen; load: $(cut -d' ' -f1-3 /proc/loadavg))"
# Chromium (Qt WebEngine) refuses to start its sandbox as root, as in packaging/dev.sh.
[ "$(id -u)" -eq 0 ] && export QTWEBENGINE_DISABLE_SANDBOX=1
gui() {
    CV_BENCH_UI=$1 QT_QPA_PLATFORM=offscreen timeout 900 "$build/connect-vendor" --data-dir "$data" \
        --module fulfillment 2>"$scratch/gui.err" || { echo "bench-ui.sh: the GUI run failed:" >&2; tail -n 20 "$scratch/gui.err" >&2; }
}
for run in 1 2 3; do
    echo "-- start-up, run $run"
    gui startup
done
echo "-- full sync in the GUI"
gui sync
