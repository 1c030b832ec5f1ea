# shellcheck shell=bash
# Shared helpers for the end-to-end shell tests (sourced, not run).
# Environment (set by tests/e2e/CMakeLists.txt): PRESSGRAPH (the binary),
# PRESSGRAPH_SOURCE_DIR (repo root), PRESSGRAPH_CORPUS (bundled corpus),
# GRAPHML_XSD (vendored GraphML schema), E2E_DIR (this folder), SYSTEM_PYTHON.
set -euo pipefail

: "${PRESSGRAPH:?PRESSGRAPH must name the pressgraph binary}"
: "${PRESSGRAPH_SOURCE_DIR:?}"
PRESSGRAPH_CORPUS=${PRESSGRAPH_CORPUS:-$PRESSGRAPH_SOURCE_DIR/corpus}
GRAPHML_XSD=${GRAPHML_XSD:-$PRESSGRAPH_SOURCE_DIR/tests/data/schemas/graphml/graphml.xsd}
E2E_DIR=${E2E_DIR:-$PRESSGRAPH_SOURCE_DIR/tests/e2e}
# Debian's python3-networkx is only visible to Debian's interpreter.
SYSTEM_PYTHON=${SYSTEM_PYTHON:-/usr/bin/python3}

failures=0
checks=0

# A fresh temp dir per test, removed on exit (kept when E2E_KEEP=1 for debugging).
WORK=$(mktemp -d "${TMPDIR:-/tmp}/pressgraph-e2e.XXXXXX")
cleanup() { if [[ ${E2E_KEEP:-0} == 1 ]]; then echo "kept $WORK"; else rm -rf "$WORK"; fi; }
trap cleanup EXIT

pass() { checks=$((checks + 1)); printf 'ok   %s\n' "$*"; }
fail() { checks=$((checks + 1)); failures=$((failures + 1)); printf 'FAIL %s\n' "$*"; }
# check DESCRIPTION COMMAND...: passes when the command exits 0.
check() {
  local what=$1; shift
  if "$@"; then pass "$what"; else fail "$what"; fi
}
# Prints the closing line and exits non-zero when any check failed.
finish() {
  printf '%d passed, %d failed\n' $((checks - failures)) "$failures"
  [[ $failures -eq 0 ]]
}

# run_pressgraph OUTPREFIX ARGS...: runs the binary (stdin from /dev/null unless
# redirected by the caller), stores stdout/stderr/exit code in OUTPREFIX.{out,err,rc}.
run_pressgraph() {
  local prefix=$1; shift
  local rc=0
  "$PRESSGRAPH" "$@" >"$prefix.out" 2>"$prefix.err" || rc=$?
  echo "$rc" >"$prefix.rc"
  return 0
}

# summary_field ERRFILE NAME: one number from the closing summary line on stderr:
#   pressgraph: N documents (K rejected), E entities, V events, T triples,
#               G graph nodes, H graph edges, S s
# NAME is one of documents rejected entities events triples nodes edges.
summary_field() {
  local line
  line=$(tail -n 1 "$1")
  local re='^pressgraph: ([0-9]+) documents \(([0-9]+) rejected\), ([0-9]+) entities, ([0-9]+) events, ([0-9]+) triples, ([0-9]+) graph nodes, ([0-9]+) graph edges, [0-9.]+ ?s$'
  if [[ ! $line =~ $re ]]; then
    echo "no summary line at the end of stderr: '$line'" >&2
    return 1
  fi
  case $2 in
    documents) echo "${BASH_REMATCH[1]}" ;;
    rejected) echo "${BASH_REMATCH[2]}" ;;
    entities) echo "${BASH_REMATCH[3]}" ;;
    events) echo "${BASH_REMATCH[4]}" ;;
    triples) echo "${BASH_REMATCH[5]}" ;;
    nodes) echo "${BASH_REMATCH[6]}" ;;
    edges) echo "${BASH_REMATCH[7]}" ;;
    *) echo "unknown summary field $2" >&2; return 1 ;;
  esac
}

# The node_modules that install-dependencies.sh puts in tests/e2e; a missing one is a
# failure with a clear message, never a silent skip.
require_node_modules() {
  if [[ ! -d $E2E_DIR/node_modules/oxigraph ]]; then
    echo "tests/e2e/node_modules is missing: run scripts/install-dependencies.sh (npm ci in tests/e2e)" >&2
    exit 1
  fi
}

require_tool() {
  command -v "$1" >/dev/null 2>&1 || { echo "required tool '$1' not found: run scripts/install-dependencies.sh" >&2; exit 1; }
}

# Validators shared by several tests; each prints its diagnostics and returns non-zero on failure.
rapper_ok() { rapper -q -i turtle -c "$1" >/dev/null; }
xmllint_schema_ok() { xmllint --noout --nonet --schema "$GRAPHML_XSD" "$1"; }
oxigraph_ok() { node "$E2E_DIR/tools/oxigraph_load.mjs" "$1" "${2:-text/turtle}" >/dev/null; }
