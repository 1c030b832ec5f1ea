#!/usr/bin/env bash
# Configures build/ (CMake, Ninja, RelWithDebInfo: optimised, with debug info, no sanitizers)
# and builds the given targets, by default only the CLI `pressgraph`: what scripts/run.sh
# needs. Other targets: `scripts/build.sh extraction_throughput path_query_benchmark`, or
# `scripts/build.sh all` for everything (tests included; scripts/test.sh uses build-check/).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(pressgraph)
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$(nproc)" --target "${targets[@]}"
