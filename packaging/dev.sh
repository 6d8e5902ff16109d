#!/usr/bin/env bash
# The two set-up commands of the README:
#   packaging/dev.sh run   install what is missing, build (Release, Ninja) and start the app
#   packaging/dev.sh test  install what is missing, build and run the whole test suite headless
#   packaging/dev.sh asan  the whole project built with -fsanitize=address,undefined in its own folder
#                          (build-asan/, or ASAN_BUILD_DIR) and the whole suite run headless under it; extra
#                          arguments go to ctest (e.g. -L unit, -R tst_rql); ASAN_TARGETS limits the build
#                          to some targets. Slow: see README "Hardening".
# Extra arguments after `run` go to connect-vendor. BUILD_DIR overrides the build folder (default: build).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
command=${1:-}
shift || true

"$root/packaging/install-deps.sh"

configure_and_build() {
    local werror=OFF
    [ "${CI:-}" = "true" ] || [ "$command" = "test" ] && werror=ON
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCV_WERROR="$werror" >/dev/null
    cmake --build "$build" -- -j"$(nproc)"
}

case "$command" in
run)
    configure_and_build
    # Chromium (WebEngine) refuses its sandbox as root.
    [ "$(id -u)" -eq 0 ] && export QTWEBENGINE_DISABLE_SANDBOX=1
    # The embedded default: the built-in sandbox account (pass any option to choose otherwise).
    [ $# -eq 0 ] && set -- --sandbox
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        echo "No display found: starting under Xvfb (xvfb-run). Set DISPLAY to use your own."
        exec xvfb-run -a "$build/connect-vendor" "$@"
    fi
    exec "$build/connect-vendor" "$@"
    ;;
test)
    "$root/packaging/check-format.sh"
    configure_and_build
    cd "$build"
    # Headless: no X server is needed; every test sets QT_QPA_PLATFORM=offscreen itself (tests/CMakeLists.txt).
    unset DISPLAY WAYLAND_DISPLAY
    ctest --output-on-failure --timeout 600 -j2
    # The Debian package as a user installs it: dpkg needs root, which CI has. CV_SKIP_DEB_TEST=1 skips it.
    if [ "$(id -u)" -eq 0 ] && [ -z "${CV_SKIP_DEB_TEST:-}" ]; then
        "$root/packaging/test-deb.sh" "$build"
    else
        echo "Skipping packaging/test-deb.sh (needs root; CV_SKIP_DEB_TEST=${CV_SKIP_DEB_TEST:-})"
    fi
    ;;
asan)
    # Issue 17, point 2. -O1 (what the sanitizers' authors advise) with line tables only (-g1: whole stacks
    # with file:line, a third less to compile and link than -O2 -g); frame pointers for the fast unwinder;
    # lld links the ~130 instrumented executables in a fraction of ld.bfd's time. Warnings are not errors
    # here: GCC's instrumentation makes false -Wmaybe-uninitialized/-Wstringop-* appear, and the default
    # build (CI) keeps -Werror. No ccache sharing with build/: the flags differ, so nothing would hit anyway.
    asan_build=${ASAN_BUILD_DIR:-$root/build-asan}
    flags="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
    linker="-fsanitize=address,undefined"
    command -v ld.lld >/dev/null && linker="$linker -fuse-ld=lld"
    cmake -S "$root" -B "$asan_build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCV_WERROR=OFF \
        -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" \
        -DCMAKE_EXE_LINKER_FLAGS="$linker" -DCMAKE_SHARED_LINKER_FLAGS="$linker" \
        -DCV_TEST_TIMEOUT_FACTOR="${ASAN_TIMEOUT_FACTOR:-3}" >/dev/null
    start=$(date +%s)
    # ASAN_TARGETS="tst_rql tst_pofile ..." builds only those (and what they need): with `-R` for ctest, a part
    # of the suite on a machine that cannot afford the whole instrumented build at once; it resumes later.
    # shellcheck disable=SC2086
    nice -n "${ASAN_NICE:-10}" cmake --build "$asan_build" ${ASAN_TARGETS:+--target $ASAN_TARGETS} \
        -- -j"${ASAN_JOBS:-$(nproc)}"
    echo "dev.sh asan: the build took $(($(date +%s) - start)) s"
    cd "$asan_build"
    unset DISPLAY WAYLAND_DISPLAY
    # Any report fails the test that caused it (abort_on_error); leaks in the system libraries the suite
    # only calls (fontconfig, Chromium inside WebEngine, D-Bus) are suppressed by name in lsan.supp.
    export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1:strict_string_checks=1:check_initialization_order=1:detect_stack_use_after_return=1}"
    export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
    export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$root/packaging/lsan.supp:print_suppressions=0}"
    # WebEngine's flags come from each test's ENVIRONMENT (tests/CMakeLists.txt), which overrides anything
    # exported here: its renderer (QtWebEngineProcess) is not instrumented, only the test process is.
    start=$(date +%s)
    status=0
    ctest --output-on-failure --timeout 1800 -j2 "$@" || status=$?
    echo "dev.sh asan: the suite took $(($(date +%s) - start)) s under the sanitizers (status $status)"
    exit $status
    ;;
*)
    echo "usage: $0 run [connect-vendor options] | test | asan [ctest options]" >&2
    exit 2
    ;;
esac
