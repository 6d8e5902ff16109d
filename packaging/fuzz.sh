#!/usr/bin/env bash
# Builds the libFuzzer harnesses of fuzz/ with clang + AddressSanitizer + UndefinedBehaviorSanitizer in their
# own folder (build-fuzz/) and runs each for the given time on a working copy of its corpus (issue 17, point 1).
#
#   packaging/fuzz.sh [seconds per harness] [harness ...]     (default: 60 s, every harness)
#   CV_FUZZ_PARALLEL=1 packaging/fuzz.sh 600                   (all harnesses at once)
#
# Needs: clang and libfuzzer-14-dev (Debian). Runs niced (nice -n 19) so other work on the machine goes first.
# Findings: a crash leaves build-fuzz/findings/<harness>/crash-* (libFuzzer prints the reproducer); copy it
# into fuzz/corpus/<harness>/ once fixed, so the replay ctests (fuzz_replay_<harness>) keep it fixed.
# New inputs that reach new code go to build-fuzz/corpus/<harness>/ (minimise with -merge=1 before adding
# any to the repository). The per-harness figures (executions, coverage, CPU seconds) go to
# build-fuzz/report.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
harnesses=("$@")
if [ ${#harnesses[@]} -eq 0 ]; then
    harnesses=(rql pofile xlsx listpage markdown multipart jwt template jsonload accounts)
fi
build="${CV_FUZZ_BUILD:-build-fuzz}"
command -v clang++ >/dev/null || { echo "fuzz.sh: clang++ not found (apt-get install clang libfuzzer-14-dev)" >&2; exit 2; }

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
run_one() {
    local h=$1 log start cpu runs cov ft crashes
    mkdir -p "$build/corpus/$h" "$build/findings/$h"
    log="$build/findings/$h/fuzz.log"
    # -rss_limit_mb: Qt + ASan need more than the default 2 GB on some inputs; -timeout: a hang is a finding.
    start=$(date +%s)
    local found=0
    # libgettextpo has no frame pointers: only the slow unwinder reaches the frame lsan.supp names.
    local asan="$ASAN_OPTIONS"
    [ "$h" = pofile ] && asan="$asan:fast_unwind_on_malloc=0"
    ASAN_OPTIONS="$asan" /usr/bin/time -f "%U %S" -o "$build/findings/$h/cpu.txt" nice -n 19 "$build/fuzz_$h" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=65536 -print_final_stats=1 \
        -artifact_prefix="$build/findings/$h/" "$build/corpus/$h" "fuzz/corpus/$h" >"$log" 2>&1 || found=1
    [ $found -eq 1 ] && echo "fuzz.sh: $h FOUND SOMETHING: see $log and $build/findings/$h/" >&2
    cpu=$(tail -1 "$build/findings/$h/cpu.txt" 2>/dev/null | awk 'NF==2 {printf "%.0f", $1 + $2}')
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || echo "?")
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || echo "?")
    ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || echo "?")
    crashes=$(find "$build/findings/$h" -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' | wc -l)
    printf '%-10s wall %5ss  cpu %5ss  executions %10s  coverage %6s edges  features %6s  findings %s\n' \
        "$h" "$(($(date +%s) - start))" "${cpu:-?}" "$runs" "$cov" "$ft" "$crashes" >"$build/findings/$h/report.txt"
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
