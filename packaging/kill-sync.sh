#!/usr/bin/env bash
# packaging/kill-sync.sh [BUILD_DIR] [KILLS] [SEED]
# The kill test at scale (issue 10): `connect-vendor sync` is SIGKILLed KILLS times (default 100) at random
# requests (answers lost at delay 0, or a few ms into storing them) while the sandbox injects
# error=0.1,throttle=0.05,cut=0.02 and the outbox holds every kind of edit the app queues (product, item
# create + rename, parameter, template, action, webhook, edits of the new product and webhook, product
# update, request transition, request note),
# with decoys on the server that must not be adopted. New batches of edits are queued while the kills go on.
# Prints the counts (kills, lost, doubled, adopted); exits 0 only if lost, doubled and adopted are all 0.
# Builds nothing: BUILD_DIR (default: build) must hold tests/integration/tst_sync_kill and connect-vendor.
# The short version (20 kills) runs in the default ctest suite as part of tst_sync_kill.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-build}
kills=${2:-100}
seed=${3:-7}
case "$build" in /*) ;; *) build="$root/$build" ;; esac
case "$kills$seed" in *[!0-9]*) echo "kill-sync.sh: KILLS and SEED must be numbers" >&2; exit 2 ;; esac
exe="$build/tests/integration/tst_sync_kill"
[ -x "$exe" ] || { echo "kill-sync.sh: $exe not found: build it first (cmake --build $build --target tst_sync_kill)" >&2; exit 2; }

log=$(mktemp "${TMPDIR:-/tmp}/cv-kill-sync.XXXXXX")
trap 'rm -f "$log"' EXIT
export QT_QPA_PLATFORM=offscreen CV_TEST_MODE=1 LC_ALL=C.UTF-8 CV_KILL_COUNT="$kills" CV_KILL_SEED="$seed"
echo "== $kills random SIGKILLs of connect-vendor sync (seed $seed); this takes a few minutes"
status=0
"$root/tests/support/with-keyring.sh" "$exe" randomKillsUnderFaults >"$log" 2>&1 || status=$?
if ! grep -m1 '^kill test:' "$log"; then
    echo "kill-sync.sh: the test printed no counts; its output:" >&2
    tail -n 40 "$log" >&2
    exit 1
fi
if [ "$status" -ne 0 ]; then
    grep -E '^(FAIL!|   Loc:)' -A12 "$log" | head -n 60 >&2
    echo "kill-sync.sh: FAILED" >&2
    exit 1
fi
echo "kill-sync.sh: passed"
