#!/usr/bin/env bash
# Exports are never lost or mixed:
#  * no readable document (a typo'd path, only rejected inputs, an empty folder, empty
#    standard input): nothing written, the earlier exports byte-identical, exit 1;
#  * one format failing to write (injected: PRESSGRAPH_TEST_FAULT=fail-write:NAME, as a
#    full disk would): exit 3, the earlier set byte-identical, no temporary left;
#  * a build killed before its journal: the earlier set; the next build removes the
#    temporaries; killed while renaming: the next build finishes the switch first;
#  * symbolic links planted at temporary names are never followed.
# The same on a real full disk: export_enospc_tmpfs.sh (root only).
# shellcheck source=tests/e2e/lib.sh disable=SC2016
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

formats=ttl,nt,graphml,gexf
out=$WORK/out
one=$(find "$PRESSGRAPH_CORPUS" -name '*.txt' | sort | head -n 1)

"$PRESSGRAPH" build "$PRESSGRAPH_CORPUS" -o "$out" -q --format "$formats"
(cd "$out" && sha256sum pressgraph.*) >"$WORK/earlier.sums"
unchanged() { (cd "$out" && sha256sum --quiet -c "$WORK/earlier.sums") && [[ $(ls -A "$out" | wc -l) -eq 4 ]]; }
check "the earlier set has four files" unchanged

# rejected NAME WANT-RC ARGS...: a build that must write nothing.
rejected() {
  local name=$1 want=$2; shift 2
  run_pressgraph "$WORK/$name" build "$@" -o "$out" --format "$formats"
  local rc; rc=$(cat "$WORK/$name.rc")
  check "$name: exit $want (got $rc)" test "$rc" -eq "$want"
  check "$name: says nothing was written" grep -q '^pressgraph: error: no document could be read; exports in .* left unchanged$' "$WORK/$name.err"
  check "$name: earlier exports byte-identical" unchanged
}
rejected typo 1 "$WORK/visti.txt"
: >"$WORK/empty.txt"
printf '\x89PNG\r\n\x1a\n\x00\x00' >"$WORK/binary.txt"
rejected all-rejected 1 "$WORK/empty.txt" "$WORK/binary.txt"
mkdir -p "$WORK/empty-folder/sub"
rejected empty-folder 1 "$WORK/empty-folder"
run_pressgraph "$WORK/empty-stdin" build - -o "$out" --format "$formats" <"$WORK/empty.txt"
check "empty standard input: exit 1 and exports unchanged" \
  bash -c '[[ $(cat "$1") == 1 ]]' _ "$WORK/empty-stdin.rc"
check "empty standard input: earlier exports byte-identical" unchanged

# One format failing to write, whichever it is.
for failing in pressgraph.ttl pressgraph.nt pressgraph.graphml pressgraph.gexf; do
  PRESSGRAPH_TEST_FAULT=fail-write:$failing run_pressgraph "$WORK/fail-$failing" build "$one" -o "$out" --format "$formats"
  rc=$(cat "$WORK/fail-$failing.rc")
  check "$failing fails to write: exit 3 (got $rc)" test "$rc" -eq 3
  check "$failing fails to write: the message names it and says the set is unchanged" \
    grep -q "^pressgraph: error: export failed: cannot write .*$failing (write): No space left on device; exports in .* left unchanged$" \
    "$WORK/fail-$failing.err"
  check "$failing fails to write: earlier set byte-identical, no temporary left" unchanged
done
PRESSGRAPH_TEST_FAULT=explode run_pressgraph "$WORK/bad-fault" build "$one" -o "$out"
check "an unknown injected fault is a usage error" test "$(cat "$WORK/bad-fault.rc")" -eq 2
check "an unknown injected fault wrote nothing" unchanged

# Killed before the journal: the earlier set stays; the next build clears the temporaries.
PRESSGRAPH_TEST_FAULT=kill-before-commit run_pressgraph "$WORK/kill-early" build "$one" -o "$out" --format "$formats"
check "killed before the journal: killed (137, got $(cat "$WORK/kill-early.rc"))" test "$(cat "$WORK/kill-early.rc")" -eq 137
check "killed before the journal: earlier set byte-identical" \
  bash -c 'cd "$1" && sha256sum --quiet -c "$2"' _ "$out" "$WORK/earlier.sums"
check "killed before the journal: four temporaries of pressgraph's naming left" \
  test "$(find "$out" -name '.pressgraph.*.pgtmp-*' | wc -l)" -eq 4
run_pressgraph "$WORK/after-early" build "$WORK/visti.txt" -o "$out" --format "$formats"
check "a build that writes nothing does not touch the folder" \
  test "$(find "$out" -name '.pressgraph.*.pgtmp-*' | wc -l)" -eq 4
PRESSGRAPH_TEST_FAULT=fail-write:pressgraph.gexf run_pressgraph "$WORK/after-early" build "$one" -o "$out" --format "$formats"
check "the next build removes the temporaries and says so" \
  grep -q "^pressgraph: warning: .*removed 4 temporary file(s) left by an interrupted build" "$WORK/after-early.err"
check "... and the earlier set is still whole" unchanged

# Killed half-way through the renames: the next build finishes the switch before its own.
"$PRESSGRAPH" build "$one" -o "$WORK/reference" -q --format "$formats"
PRESSGRAPH_TEST_FAULT=kill-after-renames:2 run_pressgraph "$WORK/kill-late" build "$one" -o "$out" --format "$formats"
check "killed while renaming: killed (137)" test "$(cat "$WORK/kill-late.rc")" -eq 137
check "killed while renaming: the journal is there" test -f "$out/.pressgraph-export.journal"
PRESSGRAPH_TEST_FAULT=fail-write:pressgraph.ttl run_pressgraph "$WORK/after-late" build "$PRESSGRAPH_CORPUS" -o "$out" --format "$formats"
check "the next build reports the finished switch" \
  grep -q "^pressgraph: warning: .*interrupted while switching its exports; finished the switch" "$WORK/after-late.err"
check "... the folder holds the complete set of the killed build" \
  bash -c 'for f in "$2"/pressgraph.*; do cmp -s "$f" "$1/${f##*/}" || exit 1; done; [[ $(ls -A "$1" | wc -l) -eq 4 ]]' _ "$out" "$WORK/reference"

# Symbolic links at the old predictable name and at pressgraph's temporary pattern.
mkdir -p "$WORK/links"
echo "precious data" >"$WORK/victim.txt"
ln -s "$WORK/victim.txt" "$WORK/links/.pressgraph.ttl.pgtmp-AAAAAAAAAAAA"
bash -c 'ln -s "$1" "$2/pressgraph.ttl.tmp.$$"; exec "$3" build "$4" -o "$2" -q --format ttl' _ \
  "$WORK/victim.txt" "$WORK/links" "$PRESSGRAPH" "$one"
check "planted links: the file they point to is untouched" grep -qx "precious data" "$WORK/victim.txt"
check "planted links: the Turtle is a regular file" bash -c '[[ -f $1 && ! -L $1 ]]' _ "$WORK/links/pressgraph.ttl"
check "planted links: the one of pressgraph's naming was removed, not followed" \
  test ! -e "$WORK/links/.pressgraph.ttl.pgtmp-AAAAAAAAAAAA" -a ! -L "$WORK/links/.pressgraph.ttl.pgtmp-AAAAAAAAAAAA"
finish
