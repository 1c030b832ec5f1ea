#!/usr/bin/env bash
# Installs what pressgraph needs to build and test, and nothing that is already there.
#  1. Debian packages (checked with dpkg-query; apt-get runs only when one is missing).
#  2. The npm packages of the end-to-end tests (tests/e2e), from the committed lock file.
# With --fuzz (scripts/fuzz.sh) also clang and its libFuzzer runtime, which neither the
# run nor the tests need.
# Idempotent; runs as root (CI) or through sudo when available.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

log() { printf 'install-dependencies: %s\n' "$*" >&2; }

packages=(
  build-essential cmake ninja-build pkg-config
  libserd-dev libsord-dev serdi sordi
  libboost-graph-dev libpugixml-dev libutf8proc-dev catch2 libcli11-dev nlohmann-json3-dev
  libmimalloc-dev  # the CLI's allocator (src/CMakeLists.txt)
  raptor2-utils libxml2-utils python3-networkx python3-rdflib
  time  # /usr/bin/time -v: peak memory in bench/real_archive_check.sh
)
for arg in "$@"; do
  case $arg in
    --fuzz) packages+=(clang libclang-rt-14-dev) ;;  # clang++ and libclang_rt.fuzzer
    *) log "unknown option $arg (known: --fuzz)"; exit 2 ;;
  esac
done

# Node.js may come from outside Debian (e.g. a NodeSource or hand install): keep it when
# it is recent enough, since Debian's npm conflicts with NodeSource's nodejs.
node_major=0
if command -v node >/dev/null 2>&1; then
  node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
fi
if [[ $node_major -ge 18 ]] && command -v npm >/dev/null 2>&1; then
  log "node $(node --version) and npm $(npm --version) present; not installing nodejs/npm"
else
  packages+=(nodejs npm)
fi

missing=()
for pkg in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
  [[ $status == installed ]] || missing+=("$pkg")
done

if [[ ${#missing[@]} -eq 0 ]]; then
  log "all ${#packages[@]} Debian packages already installed"
else
  sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null 2>&1 || { log "need root (or sudo) to install: ${missing[*]}"; exit 1; }
    sudo=(sudo)
  fi
  log "installing missing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -q
  "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# npm packages of the end-to-end tests. A stamp holding the lock file's hash tells
# whether node_modules matches the committed package-lock.json.
e2e=tests/e2e
if [[ -f $e2e/package-lock.json ]]; then
  command -v npm >/dev/null 2>&1 || { log "npm not found after installing Debian packages"; exit 1; }
  stamp=$e2e/node_modules/.pressgraph-lock.sha256
  want=$(sha256sum "$e2e/package-lock.json" | cut -d' ' -f1)
  have=$(cat "$stamp" 2>/dev/null || true)
  if [[ -d $e2e/node_modules && $want == "$have" ]]; then
    log "tests/e2e/node_modules is up to date"
  else
    log "installing tests/e2e npm packages (npm ci)"
    (cd "$e2e" && npm ci --no-audit --no-fund --loglevel=error)
    printf '%s\n' "$want" >"$stamp"
  fi
fi
log "done"
