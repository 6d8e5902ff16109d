#!/usr/bin/env bash
# packaging/bench-reports.sh [BUILD_DIR] [N]
# Issue 15: every report of the Reports module over a big account, computed from the cache and exported to CSV
# and .xlsx, with the time of each step and each report's peak memory (goals: under 10 s for the largest, under
# 300 MB). Starts connect-sandbox with `--seed demo --seed-requests N` (default 100000) on a temporary data file,
# adds its demo account in a throw-away keyring (tests/support/with-keyring.sh) and fills the cache with a real
# `connect-vendor sync`, then runs `connect-vendor bench reports --collection <id>` once per report, each in its
# own process so that the peak memory printed is that report's. Builds nothing: BUILD_DIR (default: build) must
# hold connect-vendor and connect-sandbox. Everything is removed at the end. On a shared machine the timings are
# noisy: run it twice and keep the lower figures.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-build}
n=${2:-100000}
case "$build" in /*) ;; *) build="$root/$build" ;; esac
case "$n" in '' | *[!0-9]*) echo "bench-reports.sh: N must be a number" >&2; exit 2 ;; esac
for exe in connect-vendor connect-sandbox; do
    [ -x "$build/$exe" ] || { echo "bench-reports.sh: $build/$exe not found: build it first" >&2; exit 2; }
done

if [ -z "${CV_BENCH_KEYRING:-}" ]; then
    export CV_BENCH_KEYRING=1
    exec "$root/tests/support/with-keyring.sh" "$0" "$build" "$n"
fi

scratch=$(mktemp -d "${TMPDIR:-/tmp}/cv-bench-reports.XXXXXX")
sandbox_pid=
cleanup() {
    [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null && wait "$sandbox_pid" 2>/dev/null
    rm -rf "$scratch"
}
trap cleanup EXIT

echo "== machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== connect-sandbox --seed demo --seed-requests $n"
"$build/connect-sandbox" --port 0 --data "$scratch/sandbox.sqlite" --seed demo --seed-requests "$n" \
    >"$scratch/sandbox.out" 2>"$scratch/sandbox.err" &
sandbox_pid=$!
until grep -q '^API key: ' "$scratch/sandbox.out" 2>/dev/null; do
    if ! kill -0 "$sandbox_pid" 2>/dev/null; then
        echo "bench-reports.sh: connect-sandbox stopped:" >&2
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

echo "== sync"
if ! "$build/connect-vendor" --data-dir "$data" sync >"$scratch/sync.out" 2>"$scratch/sync.err"; then
    echo "bench-reports.sh: sync failed:" >&2
    tail -n 20 "$scratch/sync.err" >&2
    exit 1
fi
grep -E '^(took |peak memory: )' "$scratch/sync.out" || true
grep -E '^(requests|assets|billing_requests|tier_account_requests): ' "$scratch/sync.out" || true
kill "$sandbox_pid" 2>/dev/null && wait "$sandbox_pid" 2>/dev/null || true
sandbox_pid= # offline from here: the reports read the cache only

echo "== reports (compute, then export to CSV and .xlsx; one process each)"
ids=(fulfillment_requests fulfillment_request_lines failed_requests billing_requests billing_request_lines
    subscriptions tier_config_requests tier_configs tier_account_requests listing_requests listings customers contracts
    usage_per_subscription pending_sla helpdesk_cases)
for id in "${ids[@]}"; do
    if "$build/connect-vendor" --data-dir "$data" bench reports --collection "$id" --to "$scratch" \
        >"$scratch/$id.out" 2>"$scratch/$id.err"; then
        printf '%s; %s\n' "$(grep '^report ' "$scratch/$id.out")" "$(grep '^peak memory' "$scratch/$id.out")"
    else
        echo "report $id: $(grep '^report ' "$scratch/$id.out" || tail -n 1 "$scratch/$id.err")"
    fi
done
