#!/usr/bin/env bash
# A check on a real archive, kept apart from the tests because the archive is outside the
# repository: builds every document of DIR in one run (--jobs 2) with the optimised CLI
# (build/pressgraph, built by scripts/build.sh when missing), checks that it exits 0 and that
# every export is valid (rapper on Turtle and N-Triples, xmllint with the GraphML XSD), and
# prints the wall time and peak memory (/usr/bin/time -v).
#   bench/real_archive_check.sh [DIR]   (default: ../shared/corpora/wh-kremlin beside the repo)
# Environment: PRESSGRAPH (another binary), JOBS (default 2), KEEP=1 keeps the exports.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
dir=${1:-../shared/corpora/wh-kremlin}
[[ -d $dir ]] || { echo "real_archive_check: no folder $dir (give one: bench/real_archive_check.sh DIR)" >&2; exit 2; }
for tool in rapper xmllint /usr/bin/time; do
  command -v "$tool" >/dev/null 2>&1 || { echo "real_archive_check: $tool missing: run scripts/install-dependencies.sh (time: apt-get install time)" >&2; exit 2; }
done
bin=${PRESSGRAPH:-build/pressgraph}
if [[ -z ${PRESSGRAPH:-} && ! -x $bin ]]; then bash scripts/build.sh pressgraph; fi
out=$(mktemp -d "${TMPDIR:-/tmp}/pressgraph-archive.XXXXXX")
[[ ${KEEP:-0} == 1 ]] || trap 'rm -rf "$out"' EXIT

documents=$(find "$dir" -name '*.txt' | wc -l)
echo "real_archive_check: $documents documents in $dir, $(du -sh "$dir" | cut -f1); binary $bin" >&2
rc=0
/usr/bin/time -v -o "$out/time.txt" "$bin" build "$dir" -o "$out/exports" --format ttl,nt,graphml \
  --jobs "${JOBS:-2}" 2>"$out/stderr.txt" || rc=$?
tail -n 1 "$out/stderr.txt"
grep -c '^pressgraph: warning' "$out/stderr.txt" | sed 's/^/warnings: /' || true
grep '^pressgraph: error' "$out/stderr.txt" | head -n 20 || true

failures=0
verdict() { if [[ $1 -eq 0 ]]; then echo "ok   $2"; else echo "FAIL $2"; failures=$((failures + 1)); fi; }
verdict "$rc" "pressgraph build exits 0 (got $rc)"
if [[ $rc -ge 128 || $rc -eq 70 ]]; then tail -n 30 "$out/stderr.txt" >&2; fi
t=0; rapper -q -i turtle -c "$out/exports/pressgraph.ttl" >/dev/null 2>"$out/rapper-ttl.txt" || t=$?
verdict "$t" "rapper accepts pressgraph.ttl"
t=0; rapper -q -i ntriples -c "$out/exports/pressgraph.nt" >/dev/null 2>"$out/rapper-nt.txt" || t=$?
verdict "$t" "rapper accepts pressgraph.nt"
t=0; xmllint --nonet --noout --schema tests/data/schemas/graphml/graphml.xsd "$out/exports/pressgraph.graphml" \
  2>"$out/xmllint.txt" || t=$?
verdict "$t" "pressgraph.graphml is valid against graphml.xsd"
[[ $failures -eq 0 ]] || head -n 5 "$out"/rapper-*.txt "$out/xmllint.txt" >&2 || true

wall=$(sed -n 's/^\s*Elapsed (wall clock) time.*: //p' "$out/time.txt")
rss=$(sed -n 's/^\s*Maximum resident set size (kbytes): //p' "$out/time.txt")
user=$(sed -n 's/^\s*User time (seconds): //p' "$out/time.txt")
sys=$(sed -n 's/^\s*System time (seconds): //p' "$out/time.txt")
echo "time: $wall wall, ${user}s user, ${sys}s system; peak memory: $((rss / 1024)) MiB"
ls -l "$out/exports" 2>/dev/null | awk 'NR > 1 {printf "export: %s %d bytes\n", $9, $5}'
[[ ${KEEP:-0} != 1 ]] || echo "kept $out"
[[ $failures -eq 0 ]]
