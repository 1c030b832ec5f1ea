#!/usr/bin/env bash
# Installs dependencies, builds the CLI only (build/pressgraph, optimised: scripts/build.sh)
# and runs it on the bundled corpus (corpus/), writing exports/pressgraph.ttl,
# exports/pressgraph.nt and exports/pressgraph.graphml.
# Extra arguments are passed to `pressgraph build`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/install-dependencies.sh
bash scripts/build.sh pressgraph
build/pressgraph build -o exports --format ttl,nt,graphml "$@"
