#!/usr/bin/env bash
# Installs dependencies, builds, and runs every test (Catch2 unit tests and the
# end-to-end tests in tests/e2e) with CTest. Exits non-zero when a test fails.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/install-dependencies.sh
bash scripts/build.sh
ctest --test-dir build --output-on-failure -j2 "$@"
