#!/usr/bin/env bash
# Shards and merge: the bundled corpus and thirty real releases (tests/data/shards) built
# as four shards (pressgraph build --shard I/4) and merged (pressgraph merge) give the
# exports of one build of the same documents, byte for byte, in every format. Also: each
# document is in exactly one shard, a folder of shards merges like its files, parts of the
# files built with --shard 1/1 merge to one build of them all, a missing
# shard is named, a damaged shard file is rejected with exit 1, each rejected input is
# reported by one shard and by the merge as one build reports it, and bad --shard values are
# usage errors.
# shellcheck source=tests/e2e/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

shards_dir=$PRESSGRAPH_SOURCE_DIR/tests/data/shards
formats=ttl,nt,graphml,gexf
inputs=("$PRESSGRAPH_CORPUS" "$shards_dir")

run_pressgraph "$WORK/whole" build "${inputs[@]}" -o "$WORK/whole" --format "$formats" --jobs 2
check "one build exits 0" test "$(cat "$WORK/whole.rc")" = 0

for i in 1 2 3 4; do
  run_pressgraph "$WORK/shard$i" build "${inputs[@]}" --shard "$i/4" -o "$WORK/shards" --jobs 2
  check "build --shard $i/4 exits 0" test "$(cat "$WORK/shard$i.rc")" = 0
  check "shard $i/4 wrote pressgraph-shard-$i-of-4.jsonl" test -s "$WORK/shards/pressgraph-shard-$i-of-4.jsonl"
done

# Every document in exactly one shard: the shards' document lines add up to the whole.
whole_documents=$(summary_field "$WORK/whole.err" documents)
shard_documents=$(cat "$WORK"/shards/pressgraph-shard-*-of-4.jsonl | grep -c '^{"document"' || true)
check "the four shards hold the $whole_documents documents once each (got $shard_documents)" \
  test "$shard_documents" = "$whole_documents"
nonempty=0
for i in 1 2 3 4; do
  n=$(grep -c '^{"document"' "$WORK/shards/pressgraph-shard-$i-of-4.jsonl" || true)
  [[ $n -gt 0 ]] && nonempty=$((nonempty + 1))
done
check "every shard has documents ($nonempty of 4)" test "$nonempty" = 4

run_pressgraph "$WORK/merged" merge "$WORK"/shards/pressgraph-shard-*-of-4.jsonl -o "$WORK/merged" --format "$formats"
check "merge exits 0" test "$(cat "$WORK/merged.rc")" = 0
for f in pressgraph.ttl pressgraph.nt pressgraph.graphml pressgraph.gexf; do
  check "$f: merge of 4 shards == one build" cmp "$WORK/whole/$f" "$WORK/merged/$f"
done
counts() { tail -n 1 "$1" | sed 's/, [0-9.]* *s$//'; }
check "merge summary counts == build summary counts" test "$(counts "$WORK/whole.err")" = "$(counts "$WORK/merged.err")"

# The shards in another order, named by their folder: the same exports.
run_pressgraph "$WORK/folder" merge "$WORK/shards" -o "$WORK/folder" --format ttl
check "merge of the shard folder exits 0" test "$(cat "$WORK/folder.rc")" = 0
check "pressgraph.ttl: merge of the folder == one build" cmp "$WORK/whole/pressgraph.ttl" "$WORK/folder/pressgraph.ttl"

# Each task its own files (--shard 1/1 into a folder of its own): the merge of the parts
# is one build of all of them.
run_pressgraph "$WORK/part-a" build "$PRESSGRAPH_CORPUS" --shard 1/1 -o "$WORK/parts/a" --jobs 2
run_pressgraph "$WORK/part-b" build "$shards_dir" --shard 1/1 -o "$WORK/parts/b" --jobs 2
run_pressgraph "$WORK/parts-merged" merge "$WORK/parts/a" "$WORK/parts/b" -o "$WORK/parts-merged" --format ttl,nt
check "merge of two parts built with --shard 1/1 exits 0" test "$(cat "$WORK/parts-merged.rc")" = 0
for f in pressgraph.ttl pressgraph.nt; do
  check "$f: merge of two parts == one build" cmp "$WORK/whole/$f" "$WORK/parts-merged/$f"
done

# A missing shard is named; the rest is merged.
run_pressgraph "$WORK/three" merge "$WORK"/shards/pressgraph-shard-{1,2,4}-of-4.jsonl -o "$WORK/three"
check "merge of 3 of 4 shards exits 0" test "$(cat "$WORK/three.rc")" = 0
check "the missing shard is named" grep -q 'warning: shard 3 of 4 not given' "$WORK/three.err"

# A damaged shard (cut short) is rejected: exit 1, the others are merged.
head -n 3 "$WORK/shards/pressgraph-shard-2-of-4.jsonl" >"$WORK/cut.jsonl"
run_pressgraph "$WORK/cut" merge "$WORK/shards/pressgraph-shard-1-of-4.jsonl" "$WORK/cut.jsonl" -o "$WORK/cut"
check "a cut shard file exits 1" test "$(cat "$WORK/cut.rc")" = 1
check "a cut shard file is named, with its last line" grep -q "error: $WORK/cut.jsonl:[0-9]*: cut short" "$WORK/cut.err"
echo 'not json' >"$WORK/bad.jsonl"
run_pressgraph "$WORK/bad" merge "$WORK/bad.jsonl" -o "$WORK/bad"
check "no readable shard exits 1" test "$(cat "$WORK/bad.rc")" = 1
check "no readable shard writes nothing" test ! -e "$WORK/bad/pressgraph.ttl"

# Rejected inputs: each is reported by exactly one of the shards, and by the merge as one
# build reports them (exit 1, the exports written from the rest).
mkdir -p "$WORK/bad-inputs"
: >"$WORK/bad-inputs/empty.txt"
printf 'PK\003\004\000\000binary' >"$WORK/bad-inputs/binary.txt"
printf 'caf\351\n' >"$WORK/bad-inputs/latin1.txt"
bad_inputs=("$PRESSGRAPH_CORPUS" "$WORK/bad-inputs")
run_pressgraph "$WORK/bad-whole" build "${bad_inputs[@]}" -o "$WORK/bad-whole" --format nt
check "one build with 3 bad inputs exits 1" test "$(cat "$WORK/bad-whole.rc")" = 1
: >"$WORK/bad-shard-errors"
for i in 1 2 3 4; do
  run_pressgraph "$WORK/bad-shard$i" build "${bad_inputs[@]}" --shard "$i/4" -o "$WORK/bad-shards"
  grep '^pressgraph: error: ' "$WORK/bad-shard$i.err" >>"$WORK/bad-shard-errors" || true
done
check "the 4 shards report each bad input once, as one build does" \
  test "$(sort "$WORK/bad-shard-errors")" = "$(grep '^pressgraph: error: ' "$WORK/bad-whole.err" | sort)"
run_pressgraph "$WORK/bad-merged" merge "$WORK/bad-shards" -o "$WORK/bad-merged" --format nt
check "the merge of their shards exits 1" test "$(cat "$WORK/bad-merged.rc")" = 1
check "the merge reports the bad inputs as one build does" \
  test "$(grep '^pressgraph: error: ' "$WORK/bad-merged.err")" = "$(grep '^pressgraph: error: ' "$WORK/bad-whole.err")"
check "pressgraph.nt: merge == one build, with bad inputs" cmp "$WORK/bad-whole/pressgraph.nt" "$WORK/bad-merged/pressgraph.nt"

# Usage errors.
for value in 0/4 5/4 x 1/0 1/ /4; do
  run_pressgraph "$WORK/usage" build "$PRESSGRAPH_CORPUS" --shard "$value" -o "$WORK/usage"
  check "--shard $value is a usage error (exit 2)" test "$(cat "$WORK/usage.rc")" = 2
done
run_pressgraph "$WORK/noshard" merge -o "$WORK/noshard"
check "merge without shard files is a usage error (exit 2)" test "$(cat "$WORK/noshard.rc")" = 2
finish
