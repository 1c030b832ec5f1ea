#!/usr/bin/env bash
# Benchmark (not a test) of issue 11's "-j 2 at least 1.7 times faster than -j 1": builds
# DIR (default ../shared/corpora/wh-kremlin, else the bundled corpus) with --jobs 1 and
# --jobs N in turn, ROUNDS times, alternating so that both see the same machine, and prints
# each round's wall and CPU times and its speed-up (wall of -j1 / wall of -jN), then the
# median speed-up. Each pair's exports are compared byte for byte (cmp).
#   bench/jobs_speedup.sh [DIR] [ROUNDS]
# Environment: PRESSGRAPH (binary, default build/pressgraph), JOBS (N, default 2), FORMATS
# (default ttl,graphml: the build's defaults).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
dir=${1:-../shared/corpora/wh-kremlin}
[[ -d $dir ]] || dir=corpus
rounds=${2:-3}
jobs=${JOBS:-2}
bin=${PRESSGRAPH:-build/pressgraph}
if [[ -z ${PRESSGRAPH:-} && ! -x $bin ]]; then bash scripts/build.sh pressgraph; fi
command -v /usr/bin/time >/dev/null 2>&1 || { echo "jobs_speedup: /usr/bin/time missing (apt-get install time)" >&2; exit 2; }
out=$(mktemp -d "${TMPDIR:-/tmp}/pressgraph-speedup.XXXXXX")
trap 'rm -rf "$out"' EXIT
find "$dir" -name '*.txt' -type f -print0 | xargs -0 cat >/dev/null  # from the page cache, both
echo "corpus: $dir; binary $bin; -j1 against -j$jobs, $rounds rounds; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| round | -j1 wall | -j1 user+sys | -j$jobs wall | -j$jobs user+sys | speed-up | exports equal |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | --- |"
run() {  # run JOBS -> "wall cpu" seconds
  /usr/bin/time -f '%e %U %S' -o "$out/time" "$bin" build "$dir" -q --jobs "$1" --format "${FORMATS:-ttl,graphml}" \
    -o "$out/j$1" >/dev/null 2>"$out/stderr" || { rc=$?; [[ $rc -eq 1 ]] || { cat "$out/stderr" >&2; exit 1; }; }
  awk '{printf "%.2f %.2f", $1, $2 + $3}' "$out/time"
}
speedups=()
for ((r = 1; r <= rounds; r++)); do
  read -r w1 c1 <<<"$(run 1)"
  read -r wn cn <<<"$(run "$jobs")"
  equal=yes
  for f in "$out"/j1/pressgraph.*; do cmp -s "$f" "$out/j$jobs/$(basename "$f")" || equal=no; done
  s=$(awk -v a="$w1" -v b="$wn" 'BEGIN {printf "%.2f", a / b}')
  speedups+=("$s")
  echo "| $r | $w1 s | $c1 s | $wn s | $cn s | $s | $equal |"
done
median=$(printf '%s\n' "${speedups[@]}" | sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}')
echo
echo "median speed-up of -j$jobs over -j1: $median (load now $(cut -d' ' -f1-3 /proc/loadavg))"
