#!/usr/bin/env bash
# Benchmark (not a test): issue 10's throughput check on read + extract alone. Runs each given
# binary under callgrind on the first N files (sorted by name) of DIR, one thread, Turtle only,
# and prints the instructions of the read + extract stage (the inclusive count of
# cli::extract_inputs_or_report, the function both the original extractor and today's call for
# it), the whole run's, and the ratio to the first binary. Instruction counts do not depend on
# the machine's load, which wall-clock times on a shared machine do; the writers are left out
# because today's exports carry more facts than the original's.
#   bench/read_extract_instructions.sh [-n FILES] [-d DIR] BINARY...
# Defaults: 1000 files, ../shared/corpora/wh-kremlin. Needs valgrind (apt-get install valgrind).
# Results: docs/performance.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
files=1000 dir=../shared/corpora/wh-kremlin
while getopts n:d: opt; do
  case $opt in n) files=$OPTARG ;; d) dir=$OPTARG ;; *) exit 2 ;; esac
done
shift $((OPTIND - 1))
[[ -d $dir || $dir != ../shared/corpora/wh-kremlin ]] || dir=../../shared/corpora/wh-kremlin
[[ $# -ge 1 ]] || { echo "usage: bench/read_extract_instructions.sh [-n FILES] [-d DIR] BINARY..." >&2; exit 2; }
command -v valgrind >/dev/null 2>&1 || { echo "read_extract_instructions: valgrind missing (apt-get install valgrind)" >&2; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/pg-instr.XXXXXX")
trap 'rm -rf "$work"' EXIT
find "$dir" -name '*.txt' -type f -print0 | sort -z >"$work/all"
head -z -n "$files" <"$work/all" >"$work/files"
echo "first $files files of $dir, one thread, Turtle"
first=
for bin in "$@"; do
  out="$work/cg.$(basename "$bin").$RANDOM"
  xargs -0 valgrind --tool=callgrind --callgrind-out-file="$out" "$bin" build -j 1 --format ttl -o "$work/exports" -q \
    <"$work/files" >/dev/null 2>"$work/log" || { echo "$bin: run failed" >&2; tail -3 "$work/log" >&2; continue; }
  total=$(awk '/Collected : / && !n {n = $NF} END {print n}' "$work/log")
  # awk reads the whole listing (an early exit would cut the pipe under pipefail).
  stage=$(callgrind_annotate --inclusive=yes "$out" 2>/dev/null | awk '/extract_inputs_or_report\(/ && !n {n = $1; gsub(",", "", n)} END {print n}')
  [[ -n $first ]] || first=$stage
  awk -v b="$bin" -v s="$stage" -v t="$total" -v f="$first" \
    'BEGIN {printf "%s: read + extract %.3f G instructions (%.3fx the first), whole run %.3f G\n", b, s / 1e9, s / f, t / 1e9}'
done
