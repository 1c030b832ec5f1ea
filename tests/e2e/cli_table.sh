#!/usr/bin/env bash
# A table of good and bad command lines with the exit code each must give
# (0 ok, 1 some input rejected, 2 usage error, 3 export not written) and a check of
# what it wrote.
# shellcheck source=tests/e2e/lib.sh disable=SC2016
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

doc='Moscow, 12 May 2025

Foreign Minister Sergey Lavrov held talks with Foreign Minister of Belarus Maxim Ryzhenkov in Moscow.
'
printf '%s' "$doc" >"$WORK/stdin.txt"
: >"$WORK/empty-stdin.txt"
: >"$WORK/a-file"
one=$(find "$PRESSGRAPH_CORPUS" -name '*.txt' | sort | head -n 1)

# name | expected exit | stdin file | arguments (word-split; $W is the temp dir)
table=$(cat <<'TABLE'
help                    |0|-            |--help
build-help              |0|-            |build --help
version                 |0|-            |--version
unknown-subcommand      |2|-            |frobnicate
unknown-option          |2|-            |build --no-such-option
unknown-format          |2|-            |build --format ttl,xml -o $W/unknown-format
jobs-not-a-number       |2|-            |build --jobs many -o $W/jobs-not-a-number
stdin-document          |0|stdin.txt    |build - -o $W/stdin-document
stdin-empty             |1|empty-stdin.txt|build - -o $W/stdin-empty
only-nt                 |0|-            |build $ONE --format nt -o $W/only-nt
quiet                   |0|-            |build $ONE -q -o $W/quiet
output-under-a-file     |3|-            |build $ONE -o $W/a-file/out
TABLE
)

while IFS='|' read -r name want stdin args; do
  name=${name// /}; want=${want// /}; stdin=${stdin// /}
  args=${args//\$W/$WORK}; args=${args//\$ONE/$one}
  # shellcheck disable=SC2086  # the table's arguments are meant to be word-split
  if [[ $stdin == - ]]; then
    run_pressgraph "$WORK/$name" $args </dev/null
  else
    run_pressgraph "$WORK/$name" $args <"$WORK/$stdin"
  fi
  got=$(cat "$WORK/$name.rc")
  if [[ $got == "$want" ]]; then
    pass "$name: pressgraph $args -> exit $got"
  else
    fail "$name: pressgraph $args -> exit $got, want $want"
    sed 's/^/    stderr: /' "$WORK/$name.err" | head -n 5
  fi
done <<<"$table"

# What the good lines printed or wrote.
check "--help mentions the build subcommand" grep -q 'build' "$WORK/help.out"
check "build --help lists --format, --jobs and -o" \
  bash -c 'grep -q -- "--format" "$1" && grep -q -- "--jobs" "$1" && grep -q -- "-o" "$1"' _ "$WORK/build-help.out"
check "usage errors say so on stderr" test -s "$WORK/unknown-option.err"
check "stdin document: one document read" test "$(summary_field "$WORK/stdin-document.err" documents)" -eq 1
check "stdin document: at least the two people named found" \
  test "$(summary_field "$WORK/stdin-document.err" entities)" -ge 2
check "stdin document: default formats ttl and graphml written" \
  test -s "$WORK/stdin-document/pressgraph.ttl" -a -s "$WORK/stdin-document/pressgraph.graphml"
check "stdin document: no N-Triples unless asked" test ! -e "$WORK/stdin-document/pressgraph.nt"
check "stdin document: Lavrov is in the Turtle" grep -q 'Sergey Lavrov' "$WORK/stdin-document/pressgraph.ttl"
check "empty stdin: one error line names it" test "$(grep -c '^pressgraph: error: <stdin>' "$WORK/stdin-empty.err")" -eq 1
check "empty stdin: nothing written, and it says so" \
  bash -c 'test ! -e "$1/pressgraph.ttl" && grep -q "no document could be read; exports in .* left unchanged" "$2"' _ \
  "$WORK/stdin-empty" "$WORK/stdin-empty.err"
check "--format nt: only the N-Triples written" \
  bash -c 'test -s "$1/pressgraph.nt" && test ! -e "$1/pressgraph.ttl" && test ! -e "$1/pressgraph.graphml"' _ "$WORK/only-nt"
check "--version prints the version" grep -Eq '[0-9]+\.[0-9]+\.[0-9]+' "$WORK/version.out"
check "-q: nothing on stderr" test ! -s "$WORK/quiet.err"
check "-q: exports still written" test -s "$WORK/quiet/pressgraph.ttl"
check "unknown format: nothing written" test ! -e "$WORK/unknown-format/pressgraph.ttl"
finish
