#!/usr/bin/env bash
# Configures and builds pressgraph (and its tests) into build/ with Ninja, RelWithDebInfo.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$(nproc)"
