#!/usr/bin/env bash
# The lexicon's snapshot (src/extract/lexicon/lexicon_snapshot.cpp) through the real binary: the
# first build writes it to PRESSGRAPH_CACHE_DIR, later builds read it, and the exports are the
# bytes of a build that parses the lexicon (no cache); a damaged snapshot is passed over.
# shellcheck source=tests/e2e/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

build() {  # build NAME CACHE_DIR: the bundled corpus, all three formats
  local name=$1
  PRESSGRAPH_CACHE_DIR=$2 run_pressgraph "$WORK/$name" build "$PRESSGRAPH_CORPUS" -o "$WORK/$name" -q --format ttl,nt,graphml
  [[ $(cat "$WORK/$name.rc") -eq 0 ]] || { cat "$WORK/$name.err"; echo "pressgraph build ($name) failed"; exit 1; }
}
same_exports() {  # same_exports A B
  local f
  for f in pressgraph.ttl pressgraph.nt pressgraph.graphml; do cmp -s "$WORK/$1/$f" "$WORK/$2/$f" || return 1; done
}

cache=$WORK/cache
build parsed ""
check "no cache folder: no snapshot written anywhere under the work folder" test ! -e "$cache"
build first "$cache"
check "the first build writes one snapshot" test "$(find "$cache" -name 'lexicon-*.snapshot' | wc -l)" -eq 1
check "no temporary file is left in the cache folder" test "$(find "$cache" -type f | wc -l)" -eq 1
snapshot=$(find "$cache" -name 'lexicon-*.snapshot')
stamp=$(stat -c %Y.%s "$snapshot")
sleep 1
build second "$cache"
check "the second build reads the snapshot (it is not written again)" test "$(stat -c %Y.%s "$snapshot")" = "$stamp"
check "exports of the first build == exports with the lexicon parsed" same_exports parsed first
check "exports of the build from the snapshot == exports with the lexicon parsed" same_exports parsed second

# A damaged snapshot (bytes changed in its middle) is passed over: same exports, and it is written anew.
size=$(stat -c %s "$snapshot")
printf 'damage' | dd of="$snapshot" bs=1 seek=$((size / 2)) conv=notrunc status=none
damaged=$(sha256sum <"$snapshot")
build after-damage "$cache"
check "exports after a damaged snapshot == exports with the lexicon parsed" same_exports parsed after-damage
check "the damaged snapshot is replaced" test "$(sha256sum <"$snapshot")" != "$damaged"
build repaired "$cache"
check "exports from the replaced snapshot == exports with the lexicon parsed" same_exports parsed repaired

# A cache folder that cannot be made (a file in its way): the build goes on, exports unchanged.
printf 'x' >"$WORK/blocker"
build blocked "$WORK/blocker/cache"
check "a cache folder that cannot be made changes nothing" same_exports parsed blocked
finish
