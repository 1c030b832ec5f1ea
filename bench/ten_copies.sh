#!/usr/bin/env bash
# Benchmark (not a test) of issue 11's memory check: the archive DIR (default
# ../shared/corpora/wh-kremlin) copied COPIES times (default 10) into a scratch folder, each
# copy's files renamed "cN-..." and "Copy N: " put before each headline, so that every
# document stays distinct (identical texts would be merged into one), then built once with
# /usr/bin/time -v: wall time, CPU time, peak memory and the exports' sizes.
#   bench/ten_copies.sh [DIR]
# Environment: PRESSGRAPH (binary, default build/pressgraph), COPIES (default 10), JOBS
# (default 2), SCRATCH (where the copies go; default a temporary folder, removed after),
# KEEP=1 keeps the copies and the exports.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
dir=${1:-../shared/corpora/wh-kremlin}
[[ -d $dir ]] || { echo "ten_copies: no archive at $dir" >&2; exit 2; }
copies=${COPIES:-10}
bin=${PRESSGRAPH:-build/pressgraph}
if [[ -z ${PRESSGRAPH:-} && ! -x $bin ]]; then bash scripts/build.sh pressgraph; fi
command -v /usr/bin/time >/dev/null 2>&1 || { echo "ten_copies: /usr/bin/time missing (apt-get install time)" >&2; exit 2; }
out=${SCRATCH:-$(mktemp -d "${TMPDIR:-/tmp}/pressgraph-copies.XXXXXX")}
mkdir -p "$out/docs"
[[ ${KEEP:-0} == 1 ]] || trap 'rm -rf "$out"' EXIT
for ((c = 0; c < copies; c++)); do
  find "$dir" -maxdepth 1 -name '*.txt' -type f -print0 | while IFS= read -r -d '' f; do
    { printf 'Copy %d: ' "$c"; cat "$f"; } >"$out/docs/c$c-$(basename "$f")"
  done
done
documents=$(find "$out/docs" -name '*.txt' | wc -l)
bytes=$(find "$out/docs" -name '*.txt' -type f -print0 | xargs -0 cat | wc -c)  # 72,520 names: too many for one command line
echo "corpus: $copies copies of $dir, $documents documents, $(awk -v b="$bytes" 'BEGIN {printf "%.1f", b / 1e6}') MB; binary $bin; jobs ${JOBS:-2}; load $(cut -d' ' -f1-3 /proc/loadavg)"
rc=0
/usr/bin/time -v -o "$out/time.txt" "$bin" build "$out/docs" -q --timings --jobs "${JOBS:-2}" -o "$out/exports" 2>"$out/stderr.txt" || rc=$?
sed -n 's/^pressgraph: timing: /  /p' "$out/stderr.txt"
wall=$(sed -n 's/^\s*Elapsed (wall clock) time.*: //p' "$out/time.txt")
rss=$(sed -n 's/^\s*Maximum resident set size (kbytes): //p' "$out/time.txt")
user=$(sed -n 's/^\s*User time (seconds): //p' "$out/time.txt")
echo "exit $rc; wall $wall; user $user s; peak memory $((rss / 1024)) MiB ($rss KB; the issue asks under 2 GiB = 2097152 KB)"
ls -l "$out/exports" | awk 'NR > 1 {printf "export: %s %.1f MB\n", $9, $5 / 1e6}'
[[ ${KEEP:-0} != 1 ]] || echo "kept $out"
