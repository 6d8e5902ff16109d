#!/usr/bin/env bash
# Builds the libFuzzer harnesses of fuzz/ with clang + AddressSanitizer + UndefinedBehaviorSanitizer in their
# own folder (build-fuzz/) and runs each for the given time on a working copy of its corpus (issue 17, point 1).
#
#   packaging/fuzz.sh [seconds per harness] [harness ...]     (default: 60 s, every harness)
#   CV_FUZZ_PARALLEL=1 packaging/fuzz.sh 600                   (all harnesses at once)
#   CV_FUZZ_CPU=600 packaging/fuzz.sh 300                      (runs of 300 s wall each, repeated per harness
#                                                               until it has had 600 CPU seconds in all)
#
# Needs: clang and libfuzzer-14-dev (Debian; `packaging/install-deps.sh fuzz` installs them). Runs niced
# (nice -n 19) so other work on the machine goes first: on a shared machine a run of N s wall gets far fewer
# than N CPU seconds, hence CV_FUZZ_CPU.
# Findings: a crash leaves build-fuzz/findings/<harness>/crash-* (libFuzzer prints the reproducer); copy it
# into fuzz/corpus/<harness>/ once fixed, so the replay ctests (fuzz_replay_<harness>) keep it fixed.
# New inputs that reach new code go to build-fuzz/corpus/<harness>/ (minimise with -merge=1 before adding
# any to the repository). Every run appends its figures to build-fuzz/findings/<harness>/runs.tsv (kept
# across invocations); build-fuzz/report.txt gives each harness's totals over all its runs: CPU seconds and
# executions summed, coverage edges and features as of its last run (the working corpus carries over).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
harnesses=("$@")
if [ ${#harnesses[@]} -eq 0 ]; then
    harnesses=(rql pofile xlsx listpage markdown multipart jwt template jsonload accounts)
fi
build="${CV_FUZZ_BUILD:-build-fuzz}"
# clang and libFuzzer on top of the build dependencies (quiet when present; needs root to install).
packaging/install-deps.sh fuzz

if [ ! -f "$build/build.ninja" ]; then
    CC=clang CXX=clang++ nice -n 19 cmake -S fuzz -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
targets=()
for h in "${harnesses[@]}"; do targets+=("fuzz_$h"); done
nice -n 19 cmake --build "$build" --target "${targets[@]}" -- -j"${CV_FUZZ_JOBS:-2}"

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:allocator_may_return_null=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
# Leaks inside system libraries are suppressed by name (each with its reason) in packaging/lsan.supp.
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$PWD/packaging/lsan.supp:print_suppressions=0}"
export QT_QPA_PLATFORM=offscreen
export LC_ALL=C.UTF-8
# One libFuzzer run of harness $1 for $seconds wall; appends "wall cpu executions edges features" to runs.tsv.
run_once() {
    local h=$1 log start cpu runs cov ft
    log="$build/findings/$h/fuzz.log"
    # -rss_limit_mb: Qt + ASan need more than the default 2 GB on some inputs; -timeout: a hang is a finding
    # (wall-clock seconds per input: raise CV_FUZZ_TIMEOUT on a loaded machine, and replay a timeout when idle).
    start=$(date +%s)
    local found=0
    # libgettextpo has no frame pointers: only the slow unwinder reaches the frame lsan.supp names.
    local asan="$ASAN_OPTIONS"
    [ "$h" = pofile ] && asan="$asan:fast_unwind_on_malloc=0"
    ASAN_OPTIONS="$asan" /usr/bin/time -f "%U %S" -o "$build/findings/$h/cpu.txt" nice -n 19 "$build/fuzz_$h" \
        -max_total_time="$seconds" -timeout="${CV_FUZZ_TIMEOUT:-10}" -rss_limit_mb=4096 -max_len=65536 -print_final_stats=1 \
        -artifact_prefix="$build/findings/$h/" "$build/corpus/$h" "fuzz/corpus/$h" >"$log" 2>&1 || found=1
    [ $found -eq 1 ] && echo "fuzz.sh: $h FOUND SOMETHING: see $log and $build/findings/$h/" >&2
    cpu=$(tail -1 "$build/findings/$h/cpu.txt" 2>/dev/null | awk 'NF==2 {printf "%.0f", $1 + $2}')
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || true)
    # A run stopped by a finding prints no final stats: its last status line ("#N ...") says how far it got.
    [ -n "$runs" ] || runs=$(grep -o '^#[0-9]*' "$log" | tail -1 | tr -d '#' || true)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || true)
    ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || true)
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$(($(date +%s) - start))" "${cpu:-0}" "${runs:-0}" \
        "${cov:-0}" "${ft:-0}" >>"$build/findings/$h/runs.tsv"
    return $found
}

# Totals of harness $1 over runs.tsv: "runs wall cpu executions edges features".
totals() {
    awk -F'\t' '{n++; w += $2; c += $3; e += $4; if ($5 > 0) cov = $5; if ($6 > 0) ft = $6}
        END {printf "%d %d %d %d %d %d", n, w, c, e, cov, ft}' "$build/findings/$1/runs.tsv" 2>/dev/null
}

run_one() {
    local h=$1 found=0 n wall cpu runs cov ft crashes
    mkdir -p "$build/corpus/$h" "$build/findings/$h"
    while :; do
        run_once "$h" || { found=1; break; }
        [ -n "${CV_FUZZ_CPU:-}" ] || break
        read -r n wall cpu runs cov ft <<<"$(totals "$h")"
        [ "$cpu" -lt "$CV_FUZZ_CPU" ] || break
    done
    read -r n wall cpu runs cov ft <<<"$(totals "$h")"
    crashes=$(find "$build/findings/$h" -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' | wc -l)
    printf '%-10s runs %3s  wall %6ss  cpu %6ss  executions %11s  coverage %6s edges  features %6s  findings %s\n' \
        "$h" "$n" "$wall" "$cpu" "$runs" "$cov" "$ft" "$crashes" >"$build/findings/$h/report.txt"
    return $found
}

status=0
if [ "${CV_FUZZ_PARALLEL:-0}" = 1 ]; then
    # All at once: on a shared machine the niced fuzzers then take whatever CPU is idle, together.
    pids=()
    for h in "${harnesses[@]}"; do run_one "$h" & pids+=($!); done
    for pid in "${pids[@]}"; do wait "$pid" || status=1; done
else
    for h in "${harnesses[@]}"; do run_one "$h" || status=1; done
fi
for h in "${harnesses[@]}"; do cat "$build/findings/$h/report.txt"; done | tee "$build/report.txt"
exit $status
