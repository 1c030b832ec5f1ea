#!/usr/bin/env bash
# A table of good and bad command lines with the exit code each must give
# (0 ok, 1 some input rejected, 2 usage error, 3 export not written, 5 unknown name) and a
# check of what it wrote or said.
# shellcheck source=tests/e2e/lib.sh disable=SC2016
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

doc='Moscow, 12 May 2025

Foreign Minister Sergey Lavrov held talks with Foreign Minister of Belarus Maxim Ryzhenkov in Moscow.
'
printf '%s' "$doc" >"$WORK/stdin.txt"
: >"$WORK/empty-stdin.txt"
: >"$WORK/a-file"
one=$(find "$PRESSGRAPH_CORPUS" -name '*.txt' | sort | head -n 1)
# A folder with one good document and what a search must name when it skips it: a broken
# link, a link loop, a FIFO named *.txt, a link back up the tree.
mkdir -p "$WORK/mixed/sub" "$WORK/empty-folder/sub"
cp "$one" "$WORK/mixed/good.txt"
ln -s nowhere.txt "$WORK/mixed/broken.txt"
ln -s loop-b "$WORK/mixed/loop-a" && ln -s loop-a "$WORK/mixed/loop-b"
mkfifo "$WORK/mixed/pipe.txt"
ln -s .. "$WORK/mixed/sub/up"
# Saved graphs the loader must refuse with file and line: nested 20,000 deep, 200,000
# prefix declarations, a syntax error on line 3.
{ echo '@prefix pgo: <https://w3id.org/pressgraph/ontology#> .'
  printf '<https://w3id.org/pressgraph/id/person/a> a pgo:Person ; pgo:x '
  for _ in $(seq 20000); do printf '[ pgo:y '; done; printf '1'; for _ in $(seq 20000); do printf ' ]'; done; echo ' .'
} >"$WORK/deep.ttl"
seq 0 199999 | sed 's|.*|@prefix p&: <http://e/&/> .|' >"$WORK/prefixes.ttl"
printf '@prefix pgo: <https://w3id.org/pressgraph/ontology#> .\n<https://w3id.org/pressgraph/id/person/a> a pgo:Person .\n<https://w3id.org/pressgraph/id/person/a> pgo:x "unterminated .\n' \
  >"$WORK/syntax.ttl"

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
no-subcommand           |2|-            |
subcommand-typo         |2|-            |biuld
option-before-subcommand|2|-            |--frob build
k-zero                  |2|-            |path Lavrov Lukashenko --k 0
depth-zero              |2|-            |neighbors Lavrov --depth 0
missing-required        |2|-            |neighbors
build-typo              |1|-            |build $W/visti.txt -o $W/build-typo
build-empty-folder      |1|-            |build $W/empty-folder -o $W/build-empty-folder
build-mixed-folder      |0|-            |build $W/mixed -o $W/build-mixed-folder
path-unknown-name       |5|-            |path Lavrof Lukashenko
neighbors-unknown-name  |5|-            |neighbors Ryzhenkof
timeline-unknown-name   |5|-            |timeline Lukashenka
graph-too-deep          |1|-            |stats --graph $W/deep.ttl
graph-many-prefixes     |1|-            |stats --graph $W/prefixes.ttl
graph-syntax-error      |1|-            |stats --graph $W/syntax.ttl
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
check "build --help lists every format, gexf included" grep -q 'ttl, nt, graphml, gexf' "$WORK/build-help.out"

# Every command-line error is one line with the prefix, and names what to read.
for name in unknown-subcommand unknown-option unknown-format jobs-not-a-number no-subcommand subcommand-typo \
            option-before-subcommand k-zero depth-zero missing-required; do
  check "$name: stderr starts 'pressgraph: error:' ($(head -n 1 "$WORK/$name.err"))" \
    bash -c '[[ $(wc -l <"$1") -eq 1 ]] && grep -q "^pressgraph: error: .*--help" "$1"' _ "$WORK/$name.err"
done
check "a mistyped subcommand is named, with the closest one" \
  grep -q "^pressgraph: error: unknown subcommand 'biuld'; did you mean 'build'?" "$WORK/subcommand-typo.err"
check "--k 0 says the range" grep -q -- "--k: Value 0 not in range 1 to" "$WORK/k-zero.err"
check "an unknown option before the subcommand is named" grep -q "unknown option '--frob'" "$WORK/option-before-subcommand.err"

# No document read: nothing written, and it says so.
for name in build-typo build-empty-folder; do
  check "$name: 'no document could be read; exports ... left unchanged', no export" \
    bash -c 'grep -q "^pressgraph: error: no document could be read; exports in .* left unchanged$" "$1.err" && test ! -e "$1/pressgraph.ttl"' \
    _ "$WORK/$name"
done
check "a typo'd input is named" grep -q "^pressgraph: error: $WORK/visti.txt: no such file or folder$" "$WORK/build-typo.err"

# A folder search names what it skipped.
skip_line() { grep -q "^pressgraph: warning: skipped $WORK/mixed/$1: $2" "$WORK/build-mixed-folder.err"; }
check "skipped: a broken link, named" skip_line broken.txt 'broken symbolic link'
check "skipped: a link loop, named" skip_line loop-a 'symbolic link loop'
check "skipped: a FIFO named *.txt, named" skip_line pipe.txt 'a FIFO'
check "skipped: a link back up the tree, named" skip_line sub/up 'symbolic link to a folder already searched'
check "the good document of the folder is read" test "$(summary_field "$WORK/build-mixed-folder.err" documents)" -eq 1
if [[ $(id -u) -eq 0 ]] && command -v setpriv >/dev/null; then
  # Root reads any folder: the unreadable one is tried as an unused uid.
  mkdir -p "$WORK/locked-tree/locked" && cp "$one" "$WORK/locked-tree/good.txt" && chmod 755 "$WORK" "$WORK/locked-tree" \
    && chmod 644 "$WORK/locked-tree/good.txt" && chmod 000 "$WORK/locked-tree/locked" && chmod 1777 "$WORK/mixed"
  # The uid may not reach the checkout (a clone in a 0700 temporary folder): it runs a copy of
  # the binary and the ontology in the test's own folder.
  mkdir -p "$WORK/as-other" && cp "$PRESSGRAPH" "$WORK/as-other/pressgraph" \
    && cp -r "$PRESSGRAPH_SOURCE_DIR/ontology" "$WORK/as-other/ontology" && chmod -R a+rX "$WORK/as-other"
  setpriv --reuid=64731 --regid=64731 --clear-groups "$WORK/as-other/pressgraph" build "$WORK/locked-tree" \
    -o "$WORK/mixed/locked-out" --data "$WORK/as-other/ontology" >/dev/null 2>"$WORK/locked.err" || true
  check "skipped: an unreadable subfolder, named" \
    grep -q "^pressgraph: warning: skipped $WORK/locked-tree/locked: cannot read folder: Permission denied" "$WORK/locked.err"
fi

# Unknown names: the closest names in the graph.
check "path: did you mean Sergey Lavrov" grep -q "no node is named 'Lavrof'.*did you mean: Sergey Lavrov (Person)" "$WORK/path-unknown-name.err"
check "neighbors: did you mean Maxim Ryzhenkov" grep -q "did you mean: Maxim Ryzhenkov (Person)" "$WORK/neighbors-unknown-name.err"
check "timeline: did you mean Alexander Lukashenko" grep -q "did you mean: Alexander Lukashenko (Person)" "$WORK/timeline-unknown-name.err"

# Saved graphs refused with file and line, in bounded time (no stack overflow: exit 1, not 139).
check "nested 20,000 deep: file:line and the limit" grep -q "^pressgraph: error: $WORK/deep.ttl:2:[0-9]*: .*nested more than 256 deep" "$WORK/graph-too-deep.err"
check "200,000 prefixes: stopped at line 1025" grep -q "^pressgraph: error: $WORK/prefixes.ttl:1025:[0-9]*: more than 1024 prefix declarations" "$WORK/graph-many-prefixes.err"
check "a Turtle syntax error names file and line" grep -q "^pressgraph: error: $WORK/syntax.ttl:3:[0-9]*: not valid Turtle" "$WORK/graph-syntax-error.err"
finish
