#!/usr/bin/env bash
# Prihvat: one script for setting up, building, running, testing and measuring.
#   ./prihvat.sh deps     install the Debian 12 packages the project needs
#   ./prihvat.sh build    configure and build (build/)
#   ./prihvat.sh run      deps + build + start the desktop application (arguments are passed on)
#   ./prihvat.sh cli      deps + build + run prihvat-cli (arguments are passed on)
#   ./prihvat.sh test     deps + build + every test through ctest
#   ./prihvat.sh bench    deps + build + every benchmark, printing its figures
#   ./prihvat.sh i18n     refresh translations/*.ts from the sources (lupdate)
#   ./prihvat.sh fuzz [SECONDS]  clang + libFuzzer + ASan/UBSan build (build-fuzz/), then each
#                         fuzz target of tests/fuzz for SECONDS (default 60) on a copy of its corpus
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
    postgresql nginx-light ccache
    clang libclang-rt-14-dev
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

# libFuzzer needs clang: a second build folder, separate from the g++ one. Each target runs
# on a copy of tests/fuzz/corpus/<target> (new inputs go there, the committed seeds stay as
# they are); a crash, leak, timeout or sanitizer report leaves its input in
# build-fuzz/fuzz-run/<target>/artifacts/ and fails the command.
cmd_fuzz() {
    local seconds=${1:-60}
    local dir=${PRIHVAT_FUZZ_BUILD_DIR:-$ROOT/build-fuzz}
    local targets=(hq_api protocol)
    if [ ! -f "$dir/build.ninja" ]; then
        say "configuring $dir (clang, libFuzzer, ASan+UBSan)"
        CC=clang CXX=clang++ cmake -S "$ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DPRIHVAT_FUZZ=ON -DPRIHVAT_SANITIZE=ON
    fi
    say "building the fuzz targets ($JOBS jobs)"
    cmake --build "$dir" -j "$JOBS" --target "${targets[@]/#/fuzz_}"
    local failed=()
    for t in "${targets[@]}"; do
        local work=$dir/fuzz-run/$t
        rm -rf "$work"
        mkdir -p "$work/corpus" "$work/artifacts"
        cp "$ROOT/tests/fuzz/corpus/$t/"* "$work/corpus/"
        local args=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=32768
                    -print_final_stats=1 -artifact_prefix="$work/artifacts/")
        [ -f "$ROOT/tests/fuzz/$t.dict" ] && args+=(-dict="$ROOT/tests/fuzz/$t.dict")
        say "fuzz_$t for ${seconds} s (log: $work/fuzz.log)"
        if (cd "$work" && ASAN_OPTIONS=detect_leaks=1 \
                UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
                "$dir/tests/fuzz/fuzz_$t" "${args[@]}" corpus >fuzz.log 2>&1); then
            grep -E '^(#[0-9]+ +DONE|Done [0-9]+ runs|stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb))' \
                "$work/fuzz.log" >&2 || true
        else
            failed+=("$t")
            tail -n 60 "$work/fuzz.log" >&2
            say "fuzz_$t FAILED: $(ls "$work/artifacts" | tr '\n' ' ')"
        fi
    done
    [ ${#failed[@]} -eq 0 ] || { say "fuzzing found problems in: ${failed[*]}"; exit 1; }
    say "no crash, leak or hang in ${targets[*]} (${seconds} s each)"
}

case "${1:-}" in
    deps) shift; cmd_deps "$@" ;;
    build) shift; cmd_deps; cmd_build "$@" ;;
    run) shift; cmd_run "$@" ;;
    cli) shift; cmd_cli "$@" ;;
    test) shift; cmd_test "$@" ;;
    bench) shift; cmd_bench "$@" ;;
    i18n) shift; cmd_i18n "$@" ;;
    fuzz) shift; cmd_deps; cmd_fuzz "$@" ;;
    *) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
