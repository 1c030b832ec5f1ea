#!/usr/bin/env bash
# Benchmark (not a test): issue 10's throughput check. Builds the first N files (sorted by
# name) of DIR with each given binary, one thread, Turtle only, ROUNDS times with the
# binaries alternating, and prints every run's CPU time (user + system, /usr/bin/time) and
# the least of each binary's finished runs: on a shared machine the least is the one least
# disturbed. A run counts only when it printed its summary and wrote pressgraph.ttl: the
# original extractor (01320a7) reads out of bounds in its head-noun matcher and dies part of
# the way through on some runs (it depends on the memory layout, even on the output path).
#   bench/side_by_side.sh [-n FILES] [-r ROUNDS] [-d DIR] BINARY...
# Defaults: 1000 files, 3 rounds, ../shared/corpora/wh-kremlin (../../shared from a worktree).
# Results: docs/performance.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
files=1000 rounds=3 dir=../shared/corpora/wh-kremlin
while getopts n:r:d: opt; do
  case $opt in n) files=$OPTARG ;; r) rounds=$OPTARG ;; d) dir=$OPTARG ;; *) exit 2 ;; esac
done
shift $((OPTIND - 1))
[[ -d $dir || $dir != ../shared/corpora/wh-kremlin ]] || dir=../../shared/corpora/wh-kremlin  # from a worktree under wt/
[[ $# -ge 1 ]] || { echo "usage: bench/side_by_side.sh [-n FILES] [-r ROUNDS] [-d DIR] BINARY..." >&2; exit 2; }
command -v /usr/bin/time >/dev/null 2>&1 || { echo "side_by_side: /usr/bin/time missing (apt-get install time)" >&2; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/pg-side.XXXXXX")
trap 'rm -rf "$work"' EXIT
find "$dir" -name '*.txt' -type f -print0 | sort -z >"$work/all"
head -z -n "$files" "$work/all" >"$work/files"
xargs -0 cat <"$work/files" >/dev/null  # every run reads from the page cache
# One folder of links to the files, given as one argument: xargs would split thousands of
# paths into several builds (each with its own exports), which the check below took for a death.
mkdir "$work/in"
while IFS= read -r -d '' f; do ln -s "$(realpath "$f")" "$work/in/$(basename "$f")"; done <"$work/files"
echo "first $files files of $dir; $rounds rounds; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for ((round = 1; round <= rounds; round++)); do
  for bin in "$@"; do
    # A run that died is tried again with an output folder of another name (another layout).
    for out in out o exports; do
      rm -rf "${work:?}/$out"
      /usr/bin/time -f "%U %S %e" -o "$work/time" "$bin" build -j 1 --format ttl -o "$work/$out" "$work/in" \
        >/dev/null 2>"$work/stderr" || true
      state=finished
      { grep -q "^pressgraph: $files documents" "$work/stderr" && [[ -s $work/$out/pressgraph.ttl ]]; } || state=died
      tail -n 1 "$work/time" | awk -v b="$bin" -v s=$state '{printf "%s: %.2f s CPU (%.2f user, %.2f system), %.2f s wall, %s\n", b, $1 + $2, $1, $2, $3, s}'
      [[ $state == died ]] || break
    done
  done
done | tee "$work/runs"
echo "least CPU of the finished runs:"
grep ' finished$' "$work/runs" | sort -t: -k1,1 -k2,2n | awk -F: '$1 != last {print; last = $1}'
