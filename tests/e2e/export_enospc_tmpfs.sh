#!/usr/bin/env bash
# A real full disk during a multi-format build (reproducer 05): on a 1200 KiB tmpfs, a
# one-document set fits, the whole corpus does not. The second build must exit 3 with
# the first set byte-identical and no temporary left. Needs root (mount); skipped with
# exit 77 otherwise (CTest SKIP_RETURN_CODE). export_safety.sh covers the same through
# an injected fault on every machine.
# shellcheck source=tests/e2e/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

if [[ $(id -u) -ne 0 ]]; then echo "skipped: needs root to mount a tmpfs"; exit 77; fi
disk=$WORK/disk
mkdir -p "$disk"
if ! mount -t tmpfs -o size=1200k tmpfs "$disk" 2>"$WORK/mount.err"; then
  echo "skipped: cannot mount a tmpfs here: $(cat "$WORK/mount.err")"; exit 77
fi
trap 'umount "$disk" 2>/dev/null; cleanup' EXIT

formats=ttl,nt,graphml,gexf
one=$(find "$PRESSGRAPH_CORPUS" -name '*.txt' | sort | tail -n 1)
run_pressgraph "$WORK/first" build "$one" -o "$disk/out" -q --format "$formats"
check "the one-document set fits (exit $(cat "$WORK/first.rc"))" test "$(cat "$WORK/first.rc")" -eq 0
(cd "$disk/out" && sha256sum pressgraph.*) >"$WORK/first.sums"

run_pressgraph "$WORK/second" build "$PRESSGRAPH_CORPUS" -o "$disk/out" --format "$formats"
check "the corpus set does not fit: exit 3 (got $(cat "$WORK/second.rc"))" test "$(cat "$WORK/second.rc")" -eq 3
check "the message says the disk is full and the set unchanged" \
  grep -q '^pressgraph: error: export failed: .*No space left on device; exports in .* left unchanged$' "$WORK/second.err"
check "the first set is byte-identical" bash -c 'cd "$1" && sha256sum --quiet -c "$2"' _ "$disk/out" "$WORK/first.sums"
check "no temporary left (four files)" test "$(ls -A "$disk/out" | wc -l)" -eq 4
finish
