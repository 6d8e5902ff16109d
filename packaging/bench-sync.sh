#!/usr/bin/env bash
# packaging/bench-sync.sh [BUILD_DIR] [N] [CONNECTIONS] [LATENCY_MS]
# How fast `connect-vendor sync` fills an empty cache from a big account, against baselines, in one run (issue 12):
#   fetch-only    the same collections, pages of 1,000 over the same number of connections, nothing stored
#                 (connect-vendor bench fetch);
#   insert-only   the synced requests inserted into a new cache file in one transaction (bench insert);
#   plain lister  every collection the sync pulls (sub-collections under each parent) listed 100 per page, one
#                 page after the other, nothing stored;
#   full sync     the first `connect-vendor sync` into an empty --data-dir, then a second (incremental) one;
# then the ratios (goals: requests part <= 1.3x fetch-only + insert-only; plain lister / whole sync >= 5), the
# sync's peak memory, the bytes it wrote (/proc/PID/io write_bytes), the cache size per object and against the
# JSON it holds (goal <= 1.1x; with the sqlite3 shell, what takes the space, from dbstat).
# On loopback a listing pays no round trip, so the lister/sync comparison is run a second time against the same
# data served with LATENCY_MS (default 100; 0 skips it) added to every response (connect-sandbox --faults
# latency=...): what Connect's round trip and server time add to each request, which the plain lister pays once
# per 100 requests and the sync once per 1,000 objects, on up to CONNECTIONS requests at once.
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
latency=${4:-100}
case "$build" in /*) ;; *) build="$root/$build" ;; esac
case "$n$connections$latency" in '' | *[!0-9]*) echo "bench-sync.sh: N, CONNECTIONS and LATENCY_MS must be numbers" >&2; exit 2 ;; esac
for exe in connect-vendor connect-sandbox; do
    [ -x "$build/$exe" ] || { echo "bench-sync.sh: $build/$exe not found: build it first" >&2; exit 2; }
done

# The keychain: run the rest inside a private D-Bus session with an unlocked gnome-keyring.
if [ -z "${CV_BENCH_KEYRING:-}" ]; then
    export CV_BENCH_KEYRING=1
    exec "$root/tests/support/with-keyring.sh" "$0" "$build" "$n" "$connections" "$latency"
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
start_sandbox() { # extra arguments...: starts connect-sandbox on the data file; sets url and key
    "$build/connect-sandbox" --port 0 --data "$scratch/sandbox.sqlite" "$@" \
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
    url=$(sed -n 's/^Listening on //p' "$scratch/sandbox.out")
    key=$(sed -n 's/^API key: //p' "$scratch/sandbox.out")
}

echo "== connect-sandbox with $n generated requests"
started=$(now)
start_sandbox --seed demo --seed-requests "$n"
ready=$(now)
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
echo "== plain lister: every collection the sync pulls (sub-collections under each parent), 100 per page, one after the other, nothing stored"
vendor lister bench fetch --page-size 100 --connections 1
grep -E '^fetch (requests|total)' "$scratch/lister.out"

echo "== full sync ($connections connections)"
vendor first sync --connections "$connections"
echo "wall time: $(cat "$scratch/first.wall") s"
grep -E '^(took |requests part: |requests/s: |cpu time: |longest event-loop stall: |peak memory: |bytes written: )' "$scratch/first.out"
cache=$(ls "$data"/data/cache/*.sqlite)
objects=$(awk '/ fetched, / { sum += $2 } END { print sum + 0 }' "$scratch/first.out")
bytes=$(( $(stat -c %s "$cache") + $(stat -c %s "$cache-wal" 2>/dev/null || echo 0) ))
echo "cache file: $((bytes / 1048576)) MB for $objects objects: $((bytes / (objects > 0 ? objects : 1))) bytes per object"
# CV_BENCH_KEEP=FILE keeps a copy of the synced cache (to look into it afterwards).
[ -n "${CV_BENCH_KEEP:-}" ] && sqlite3 "$cache" ".backup '$CV_BENCH_KEEP'"
if command -v sqlite3 >/dev/null; then
    # The JSON the cache holds: every object table's json and base_json, in bytes (UTF-8). From schema v6 they
    # are stored compressed (qCompress: a 4-byte big-endian length, then zlib): the JSON's size is that length.
    tables=$(sqlite3 -readonly "$cache" "SELECT m.name FROM sqlite_master m WHERE m.type = 'table' AND EXISTS \
        (SELECT 1 FROM pragma_table_info(m.name) WHERE name = 'base_json')")
    jsonsize() { # column: its JSON's size in bytes, as SQL
        local h="hex(substr($1, 1, 4))" expr="" i
        for i in 1 2 3 4 5 6 7 8; do
            expr="$expr + (instr('0123456789ABCDEF', substr($h, $i, 1)) - 1) * $((1 << (4 * (8 - i))))"
        done
        printf "coalesce(CASE WHEN typeof(%s) = 'blob' THEN 0 %s ELSE length(CAST(%s AS BLOB)) END, 0)" "$1" "$expr" "$1"
    }
    sum=$(for t in $tables; do printf 'SELECT coalesce(sum(%s + %s), 0) AS x, coalesce(sum(length(json) + coalesce(length(base_json), 0)), 0) AS s FROM "%s" UNION ALL ' "$(jsonsize json)" "$(jsonsize base_json)" "$t"; done)
    json=$(sqlite3 -readonly "$cache" "SELECT sum(x) FROM (${sum% UNION ALL })" | tr -d '[:space:]')
    stored=$(sqlite3 -readonly "$cache" "SELECT sum(s) FROM (${sum% UNION ALL })" | tr -d '[:space:]')
    echo "JSON held: $((json / 1048576)) MB (stored as $((stored / 1048576)) MB); cache file / JSON: $(awk -v b="$bytes" -v j="$json" 'BEGIN { printf "%.2f", b / j }')x  (goal <= 1.1x)"
    echo "what takes the space (dbstat, MB; tables include their overflow pages; free pages after the last checkpoint):"
    sqlite3 -readonly "$cache" "PRAGMA wal_checkpoint;" >/dev/null 2>&1 || true
    sqlite3 -readonly "$cache" "SELECT printf('  %-40s %8.1f', name, sum(pgsize) / 1048576.0) FROM dbstat \
        GROUP BY name ORDER BY sum(pgsize) DESC LIMIT 15; \
        SELECT printf('  %-40s %8.1f', '(free pages)', freelist_count * page_size / 1048576.0) \
        FROM pragma_freelist_count, pragma_page_size;" 2>/dev/null || echo "  (dbstat not available in this sqlite3)"
fi

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
grep -E '^(took |cpu time: |longest event-loop stall: |peak memory: |bytes written: )' "$scratch/requests-sync.out"

if [ "$latency" -gt 0 ]; then
    # The same data served with a round trip added to every response: the sandbox again on its data file.
    echo "== with $latency ms added to every response (connect-sandbox --faults latency=$latency)"
    kill "$sandbox_pid" && wait "$sandbox_pid" 2>/dev/null || true
    sandbox_pid=
    start_sandbox --faults "latency=$latency"
    data="$scratch/vendor-latency"
    printf '%s\n' "$key" | "$build/connect-vendor" --data-dir "$data" account add --name bench --endpoint "$url" >/dev/null
    vendor lister-latency bench fetch --page-size 100 --connections 1
    grep -E '^fetch (requests|total)' "$scratch/lister-latency.out"
    vendor first-latency sync --connections "$connections"
    echo "full sync wall time: $(cat "$scratch/first-latency.wall") s"
    grep -E '^(took |requests part: )' "$scratch/first-latency.out"
fi

echo "== ratios"
fetch_requests=$(sed -n 's/^fetch requests: .* in \([0-9.]*\) s$/\1/p' "$scratch/fetch.out")
lister=$(sed -n 's/^fetch total: .* in \([0-9.]*\) s .*/\1/p' "$scratch/lister.out")
insert=$(sed -n 's/^insert requests: .* in \([0-9.]*\) s.*/\1/p' "$scratch/insert.out")
part=$(field "$scratch/first.out" 'requests part:')
whole=$(cat "$scratch/first.wall")
alone_fetch=$(sed -n 's/^fetch requests: .* in \([0-9.]*\) s$/\1/p' "$scratch/fetch-requests.out")
alone_sync=$(field "$scratch/requests-sync.out" 'took')
awk -v p="$part" -v f="$fetch_requests" -v i="$insert" -v l="$lister" -v w="$whole" -v af="$alone_fetch" \
    -v as="$alone_sync" 'BEGIN {
    printf "requests part of the full sync / (fetch-only + insert-only): %.2f / (%.2f + %.2f) = %.2fx  (goal <= 1.3x)\n", p, f, i, p / (f + i)
    printf "requests alone: sync / (fetch-only + insert-only): %.2f / (%.2f + %.2f) = %.2fx  (goal <= 1.3x)\n", as, af, i, as / (af + i)
    printf "plain lister / whole sync, loopback (no round trip): %.2f / %.2f = %.2fx  (goal >= 5x)\n", l, w, l / w
}'
if [ "$latency" -gt 0 ]; then
    awk -v l="$(sed -n 's/^fetch total: .* in \([0-9.]*\) s .*/\1/p' "$scratch/lister-latency.out")" \
        -v w="$(cat "$scratch/first-latency.wall")" -v ms="$latency" 'BEGIN {
        printf "plain lister / whole sync, %d ms per response: %.2f / %.2f = %.2fx  (goal >= 5x)\n", ms, l, w, l / w
    }'
fi
