#!/usr/bin/env bash
# Installs dependencies, builds the checked build in build-check/ and runs every test
# (Catch2 unit tests, the replay of the fuzz inputs, and the end-to-end tests in tests/e2e,
# which drive build-check/pressgraph) with CTest. Exits non-zero when a test fails.
#
# The checked build (PRESSGRAPH_CHECKED=ON, see CMakeLists.txt) compiles everything with
# AddressSanitizer, UndefinedBehaviorSanitizer (errors fatal) and _GLIBCXX_ASSERTIONS
# (bounds-checked operator[] and friends), at -O1: an out-of-range index, a use after free,
# a leak or undefined behaviour fails the test that reaches it. build/ stays the plain
# optimised build of scripts/run.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/install-dependencies.sh
cmake -S . -B build-check -G Ninja -DCMAKE_BUILD_TYPE=Debug -DPRESSGRAPH_CHECKED=ON -DPRESSGRAPH_BUILD_BENCH=OFF
cmake --build build-check -j"$(nproc)"
# Every test (and every pressgraph the e2e tests start) inherits these. Leaks are checked
# at exit; a sanitizer report prints a stack and ends the process with a failure.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:check_initialization_order=1:strict_init_order=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
ctest --test-dir build-check --output-on-failure -j2 "$@"
