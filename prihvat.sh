#!/usr/bin/env bash
# Prihvat: one script for setting up, building, running, testing and measuring.
#   ./prihvat.sh deps     install the Debian 12 packages the project needs
#   ./prihvat.sh build    configure and build (build/)
#   ./prihvat.sh run      deps + build + start the desktop application (arguments are passed on)
#   ./prihvat.sh cli      deps + build + run prihvat-cli (arguments are passed on)
#   ./prihvat.sh test     deps + build + every test through ctest
#   ./prihvat.sh bench    deps + build + every benchmark, printing its figures
#   ./prihvat.sh i18n     refresh translations/*.ts from the sources (lupdate)
# Environment: PRIHVAT_SANITIZE=1 builds with ASan+UBSan into build-asan/;
#              PRIHVAT_BUILD_DIR overrides the build folder; JOBS the parallel jobs.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"
ROOT=$PWD

# Every Debian package the project uses, in one place.
PACKAGES=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev libqt6opengl6-dev qt6-qpa-plugins
    libqt6sql6-sqlite libqt6sql6-psql libgl-dev libglx-dev libvulkan-dev
    libsqlite3-dev sqlite3 libsodium-dev libicu-dev zlib1g-dev
    postgresql nginx-light
    fonts-noto-core fonts-dejavu-core xvfb xauth
)

if [ -n "${PRIHVAT_SANITIZE:-}" ]; then
    BUILD_DIR=${PRIHVAT_BUILD_DIR:-$ROOT/build-asan}
else
    BUILD_DIR=${PRIHVAT_BUILD_DIR:-$ROOT/build}
fi
JOBS=${JOBS:-$(nproc)}

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

cmd_deps() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$p")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        say "all ${#PACKAGES[@]} packages present"
        return 0
    fi
    say "installing: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

cmd_build() {
    local args=(-G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo)
    if [ -n "${PRIHVAT_SANITIZE:-}" ]; then args+=(-DPRIHVAT_SANITIZE=ON); fi
    if [ ! -f "$BUILD_DIR/build.ninja" ]; then
        say "configuring $BUILD_DIR"
        cmake -S "$ROOT" -B "$BUILD_DIR" "${args[@]}"
    fi
    say "building ($JOBS jobs)"
    cmake --build "$BUILD_DIR" -j "$JOBS"
}

cmd_run() {
    cmd_deps
    cmd_build
    exec "$BUILD_DIR/app/prihvat" "$@"
}

cmd_cli() {
    cmd_deps >/dev/null
    cmd_build >/dev/null
    exec "$BUILD_DIR/app/prihvat-cli" "$@"
}

cmd_test() {
    cmd_deps
    cmd_build
    say "testing"
    export QT_QPA_PLATFORM=offscreen
    # PostgreSQL refuses to run as root: tests that need it start a throwaway cluster as
    # this user, or as "nobody" when run as root (tests/tools/pg-cluster.sh).
    (cd "$BUILD_DIR" && ctest --output-on-failure --timeout 900 -j "$JOBS" "$@")
}

cmd_bench() {
    cmd_deps
    cmd_build
    export QT_QPA_PLATFORM=offscreen
    local found=0
    for b in "$BUILD_DIR"/tests/bench/bench_*; do
        [ -x "$b" ] || continue
        found=1
        say "$(basename "$b")"
        "$b"
    done
    [ $found -eq 1 ] || { say "no benchmarks built"; exit 1; }
}

cmd_i18n() {
    local lupdate=/usr/lib/qt6/bin/lupdate
    [ -x "$lupdate" ] || lupdate=$(command -v lupdate)
    "$lupdate" -no-obsolete -locations none -extensions cpp,h core ui app -ts translations/prihvat_*.ts
}

case "${1:-}" in
    deps) shift; cmd_deps "$@" ;;
    build) shift; cmd_deps; cmd_build "$@" ;;
    run) shift; cmd_run "$@" ;;
    cli) shift; cmd_cli "$@" ;;
    test) shift; cmd_test "$@" ;;
    bench) shift; cmd_bench "$@" ;;
    i18n) shift; cmd_i18n "$@" ;;
    *) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
