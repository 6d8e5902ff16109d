#!/usr/bin/env bash
# packaging/bench-sync.sh [BUILD_DIR] [N] [CONNECTIONS]
# How fast `connect-vendor sync` fills an empty cache from a big account, against baselines, in one run (issue 12):
#   fetch-only    the same collections, pages of 1,000 over the same number of connections, nothing stored
#                 (connect-vendor bench fetch);
#   insert-only   the synced requests inserted into a new cache file in one transaction (bench insert);
#   plain lister  requests listed 100 per page, one page after the other, nothing stored;
#   full sync     the first `connect-vendor sync` into an empty --data-dir, then a second (incremental) one;
# then the ratios (goals: requests part <= 1.3x fetch-only + insert-only; plain lister / whole sync >= 5), the
# sync's peak memory, the bytes it wrote (/proc/PID/io write_bytes) and the cache size per object.
# Builds nothing: BUILD_DIR (default: build, relative to the repository) must hold connect-vendor and
# connect-sandbox. Starts connect-sandbox with N generated fulfilment requests (default 100000) on a
# temporary data file and adds its demo account in a throw-away keyring (tests/support/with-keyring.sh, so
# your own keyring is never touched). Everything is removed at the end. Timings depend on what else the
# machine runs: on a shared machine, run it twice and keep the lower figures.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-build}
n=${2:-100000}
connections=${3:-3}
case "$build" in /*) ;; *) build="$root/$build" ;; esac
case "$n$connections" in '' | *[!0-9]*) echo "bench-sync.sh: N and CONNECTIONS must be numbers" >&2; exit 2 ;; esac
for exe in connect-vendor connect-sandbox; do
    [ -x "$build/$exe" ] || { echo "bench-sync.sh: $build/$exe not found: build it first" >&2; exit 2; }
done

# The keychain: run the rest inside a private D-Bus session with an unlocked gnome-keyring.
if [ -z "${CV_BENCH_KEYRING:-}" ]; then
    export CV_BENCH_KEYRING=1
    exec "$root/tests/support/with-keyring.sh" "$0" "$build" "$n" "$connections"
fi

scratch=$(mktemp -d "${TMPDIR:-/tmp}/cv-bench.XXXXXX")
sandbox_pid=
cleanup() {
    [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null && wait "$sandbox_pid" 2>/dev/null
    rm -rf "$scratch"
}
trap cleanup EXIT

now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
field() { sed -n "s/^$2 *\([0-9.]*\).*/\1/p" "$1" | tail -n 1; } # the first number after a label

echo "== machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== connect-sandbox with $n generated requests"
started=$(now)
"$build/connect-sandbox" --port 0 --data "$scratch/sandbox.sqlite" --seed demo --seed-requests "$n" \
    >"$scratch/sandbox.out" 2>"$scratch/sandbox.err" &
sandbox_pid=$!
# The data is generated before the server listens: the "API key" line marks the end of it.
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
echo "generation + start: $(seconds "$started" "$ready") s"
echo "sandbox data file: $(du -h "$scratch/sandbox.sqlite" | cut -f1)"

data="$scratch/vendor"
# The key goes in on standard input (printf is a shell builtin: it never shows in the process list).
printf '%s\n' "$key" | "$build/connect-vendor" --data-dir "$data" account add --name bench --endpoint "$url" >/dev/null

vendor() { # label, arguments...: runs connect-vendor, keeps its output, times it
    local label=$1 begin end
    shift
    begin=$(now)
    if ! "$build/connect-vendor" --data-dir "$data" "$@" >"$scratch/$label.out" 2>"$scratch/$label.err"; then
        echo "bench-sync.sh: $label failed:" >&2
        tail -n 20 "$scratch/$label.err" >&2
        exit 1
    fi
    end=$(now)
    seconds "$begin" "$end" >"$scratch/$label.wall"
}

echo "== fetch-only: every top-level collection, pages of 1000, $connections connections, nothing stored"
vendor fetch bench fetch --connections "$connections"
cat "$scratch/fetch.out"
echo "== plain lister: requests, 100 per page, one after the other, nothing stored"
vendor lister bench fetch --collection requests --page-size 100 --connections 1
grep '^fetch requests' "$scratch/lister.out"

echo "== full sync ($connections connections)"
vendor first sync --connections "$connections"
echo "wall time: $(cat "$scratch/first.wall") s"
grep -E '^(took |requests part: |requests/s: |longest event-loop stall: |peak memory: |bytes written: )' "$scratch/first.out"
cache=$(ls "$data"/data/cache/*.sqlite)
objects=$(awk '/ fetched, / { sum += $2 } END { print sum + 0 }' "$scratch/first.out")
bytes=$(( $(stat -c %s "$cache") + $(stat -c %s "$cache-wal" 2>/dev/null || echo 0) ))
echo "cache file: $((bytes / 1048576)) MB for $objects objects: $((bytes / (objects > 0 ? objects : 1))) bytes per object"

echo "== insert-only: the synced requests into a new cache, one transaction"
vendor insert bench insert --to "$scratch/insert.sqlite"
cat "$scratch/insert.out"

echo "== second sync (changes only)"
vendor second sync --connections "$connections"
echo "wall time: $(cat "$scratch/second.wall") s"

# The requests part on its own: requests alone fetched, and synced into an empty cache (a second account
# directory), so that the other collections' pages do not share the writer or the sandbox with it.
echo "== requests alone: fetch-only, then a full sync of requests into an empty cache"
vendor fetch-requests bench fetch --collection requests
grep '^fetch requests' "$scratch/fetch-requests.out"
data="$scratch/vendor-requests"
printf '%s\n' "$key" | "$build/connect-vendor" --data-dir "$data" account add --name bench --endpoint "$url" >/dev/null
vendor requests-sync sync --collection requests
grep -E '^(took |longest event-loop stall: |peak memory: |bytes written: )' "$scratch/requests-sync.out"

echo "== ratios"
fetch_requests=$(sed -n 's/^fetch requests: .* in \([0-9.]*\) s$/\1/p' "$scratch/fetch.out")
lister=$(sed -n 's/^fetch requests: .* in \([0-9.]*\) s$/\1/p' "$scratch/lister.out")
insert=$(sed -n 's/^insert requests: .* in \([0-9.]*\) s.*/\1/p' "$scratch/insert.out")
part=$(field "$scratch/first.out" 'requests part:')
whole=$(cat "$scratch/first.wall")
alone_fetch=$(sed -n 's/^fetch requests: .* in \([0-9.]*\) s$/\1/p' "$scratch/fetch-requests.out")
alone_sync=$(field "$scratch/requests-sync.out" 'took')
awk -v p="$part" -v f="$fetch_requests" -v i="$insert" -v l="$lister" -v w="$whole" -v af="$alone_fetch" \
    -v as="$alone_sync" 'BEGIN {
    printf "requests part of the full sync / (fetch-only + insert-only): %.2f / (%.2f + %.2f) = %.2fx  (goal <= 1.3x)\n", p, f, i, p / (f + i)
    printf "requests alone: sync / (fetch-only + insert-only): %.2f / (%.2f + %.2f) = %.2fx  (goal <= 1.3x)\n", as, af, i, as / (af + i)
    printf "plain lister / whole sync: %.2f / %.2f = %.2fx  (goal >= 5x)\n", l, w, l / w
}'
