#!/usr/bin/env bash
# The two set-up commands of the README:
#   packaging/dev.sh run   install what is missing, build (Release, Ninja) and start the app
#   packaging/dev.sh test  install what is missing, build and run the whole test suite headless
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
*)
    echo "usage: $0 run [connect-vendor options] | test" >&2
    exit 2
    ;;
esac
