#!/usr/bin/env bash
# The exports depend on the documents only: not on the order inputs are given in, nor on
# the number of worker threads. Compared byte for byte.
# shellcheck source=tests/e2e/lib.sh disable=SC2016
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

mapfile -t files < <(find "$PRESSGRAPH_CORPUS" -name '*.txt' | sort)
reversed=()
for ((i = ${#files[@]} - 1; i >= 0; i--)); do reversed+=("${files[i]}"); done
[[ ${#files[@]} -ge 2 ]] || { echo "corpus has fewer than two documents"; exit 1; }

build() {  # build NAME ARGS...
  local name=$1; shift
  run_pressgraph "$WORK/$name" build "$@" -o "$WORK/$name" --format ttl,nt,graphml
  local rc
  rc=$(cat "$WORK/$name.rc")
  [[ $rc -eq 0 ]] || { cat "$WORK/$name.err"; echo "pressgraph build ($name) exited $rc"; exit 1; }
}
build folder-jobs1 "$PRESSGRAPH_CORPUS" --jobs 1
build reversed-jobs2 "${reversed[@]}" --jobs 2
build sorted-jobs2 "${files[@]}" --jobs 2
build folder-jobs2-again "$PRESSGRAPH_CORPUS" --jobs 2
build default-corpus   # no input: the bundled corpus

for run in reversed-jobs2 sorted-jobs2 folder-jobs2-again default-corpus; do
  for f in pressgraph.ttl pressgraph.nt pressgraph.graphml; do
    check "$f: folder --jobs 1 == $run" cmp "$WORK/folder-jobs1/$f" "$WORK/$run/$f"
  done
done
# A larger corpus (every document of tests/data, over 8,000 RDF subjects): with several
# threads the Turtle and N-Triples are written in parts side by side (RdfPartsWriter), and
# must still be the bytes of one thread.
data=$PRESSGRAPH_SOURCE_DIR/tests/data
build larger-jobs1 "$data/heldout" "$data/dev2" "$data/shards" "$PRESSGRAPH_CORPUS" --jobs 1
build larger-jobs2 "$data/shards" "$data/dev2" "$PRESSGRAPH_CORPUS" "$data/heldout" --jobs 2
build larger-jobs3 "$data/heldout" "$data/dev2" "$data/shards" "$PRESSGRAPH_CORPUS" --jobs 3
check "larger corpus: more than 2,048 subjects (more than one part)" \
  test "$(grep -c '^<' "$WORK/larger-jobs1/pressgraph.ttl")" -gt 4096
for run in larger-jobs2 larger-jobs3; do
  for f in pressgraph.ttl pressgraph.nt pressgraph.graphml; do
    check "$f: larger corpus, --jobs 1 == $run" cmp "$WORK/larger-jobs1/$f" "$WORK/$run/$f"
  done
done
# The summary's counts (everything but the time) are the same too.
counts() { tail -n 1 "$1" | sed 's/, [0-9.]* *s$//'; }
check "summary counts identical" test "$(counts "$WORK/folder-jobs1.err")" = "$(counts "$WORK/reversed-jobs2.err")"
finish
