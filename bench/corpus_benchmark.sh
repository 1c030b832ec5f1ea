#!/usr/bin/env bash
# Benchmark (not a test) on real text: builds every *.txt of DIR (default
# ../shared/corpora/wh-kremlin beside the repository, else the bundled corpus) with
# `pressgraph build --timings` and prints, per stage (start-up, read, extract, merge,
# graph, each writer, commit), its seconds, MB/s of the input texts, documents/s and the
# peak memory so far; then the whole run's wall time and peak memory (/usr/bin/time -v).
# As the reference, `cat FILES | wc -w` runs on the same bytes in the same run.
#   bench/corpus_benchmark.sh [DIR]
# Environment: PRESSGRAPH (another binary; default build/pressgraph, built when missing),
# JOBS (worker threads, default 2), FORMATS (default ttl,nt,graphml,gexf), KEEP=1 keeps
# the exports. Results and how to read them: docs/performance.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
dir=${1:-../shared/corpora/wh-kremlin}
[[ -d $dir ]] || dir=corpus
bin=${PRESSGRAPH:-build/pressgraph}
if [[ -z ${PRESSGRAPH:-} && ! -x $bin ]]; then bash scripts/build.sh pressgraph; fi
command -v /usr/bin/time >/dev/null 2>&1 || { echo "corpus_benchmark: /usr/bin/time missing (apt-get install time)" >&2; exit 2; }
out=$(mktemp -d "${TMPDIR:-/tmp}/pressgraph-bench.XXXXXX")
[[ ${KEEP:-0} == 1 ]] || trap 'rm -rf "$out"' EXIT

find "$dir" -name '*.txt' -type f -print0 | sort -z >"$out/files"
documents=$(tr -cd '\0' <"$out/files" | wc -c)
bytes=$(xargs -0 cat <"$out/files" | wc -c)
xargs -0 cat <"$out/files" >/dev/null  # both runs read from the page cache
echo "corpus: $dir, $documents documents, $(awk -v b="$bytes" 'BEGIN {printf "%.1f", b / 1e6}') MB; binary $bin; jobs ${JOBS:-2}; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

# Reference: cat FILES | wc -w, on the same bytes.
start=$(date +%s.%N)
words=$(xargs -0 cat <"$out/files" | wc -w)
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" -v b="$bytes" -v d="$documents" -v w="$words" 'BEGIN {
  t = e - s; printf "reference: cat FILES | wc -w: %d words, %.3f s, %.1f MB/s, %.0f documents/s\n", w, t, b / 1e6 / t, d / t }'

rc=0
# The folder, not the list: xargs would split a long list into several builds.
/usr/bin/time -v -o "$out/time.txt" "$bin" build "$dir" --timings -o "$out/exports" \
  --format "${FORMATS:-ttl,nt,graphml,gexf}" --jobs "${JOBS:-2}" 2>"$out/stderr.txt" || rc=$?
if [[ $rc -ne 0 && $rc -ne 1 ]]; then tail -n 20 "$out/stderr.txt" >&2; echo "pressgraph build exited $rc" >&2; exit 1; fi
echo
echo "| stage | seconds | MB/s | documents/s | peak memory | note |"
echo "| --- | ---: | ---: | ---: | ---: | --- |"
sed -n 's/^pressgraph: timing: //p' "$out/stderr.txt" |
  sed -E 's/^(.*) ([0-9.]+) s(, ([0-9.]+) MB\/s, ([0-9.]+) documents\/s)?, peak memory ([0-9]+) MiB( \((.*)\))?$/| \1 | \2 | \4 | \5 | \6 MiB | \8 |/'
echo
tail -n 1 "$out/stderr.txt"
wall=$(sed -n 's/^\s*Elapsed (wall clock) time.*: //p' "$out/time.txt")
rss=$(sed -n 's/^\s*Maximum resident set size (kbytes): //p' "$out/time.txt")
user=$(sed -n 's/^\s*User time (seconds): //p' "$out/time.txt")
sys=$(sed -n 's/^\s*System time (seconds): //p' "$out/time.txt")
awk -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v b="$bytes" -v d="$documents" 'BEGIN {
  n = split(w, part, ":"); t = 0; for (i = 1; i <= n; i++) t = t * 60 + part[i]
  printf "whole run: %.2f s wall, %.2f MB/s, %.0f documents/s; %s s user, %s s system; peak memory %d MiB (/usr/bin/time -v)\n",
    t, b / 1e6 / t, d / t, u, s, r / 1024 }'
ls -l "$out/exports" | awk 'NR > 1 {printf "export: %s %.1f MB\n", $9, $5 / 1e6}'
[[ ${KEEP:-0} != 1 ]] || echo "kept $out"
