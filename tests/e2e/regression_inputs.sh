#!/usr/bin/env bash
# Inputs that once crashed the build (tests/data/regression): built together they give exit
# code 0 and exports that rapper (Turtle, N-Triples), Serd (pressgraph stats --graph) and xmllint
# (GraphML XSD) accept.
# shellcheck source=tests/e2e/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
require_tool rapper
require_tool xmllint

inputs=$PRESSGRAPH_SOURCE_DIR/tests/data/regression
run_pressgraph "$WORK/run" build "$inputs" -o "$WORK/out" --format ttl,nt,graphml --jobs 2
rc=$(cat "$WORK/run.rc")
check "pressgraph build tests/data/regression exits 0 (got $rc)" test "$rc" -eq 0
[[ $rc -eq 0 ]] || cat "$WORK/run.err"
documents=$(summary_field "$WORK/run.err" documents || echo 0)
check "all 4 documents read ($documents)" test "$documents" -eq 4
check "rapper -i turtle -c accepts the Turtle" rapper_ok "$WORK/out/pressgraph.ttl"
check "rapper -i ntriples -c accepts the N-Triples" rapper -q -i ntriples -c "$WORK/out/pressgraph.nt"
check "the GraphML is valid against graphml.xsd" xmllint_schema_ok "$WORK/out/pressgraph.graphml"
# Serd reads the Turtle back too (pressgraph's own loader): a quote before a backslash once broke it.
run_pressgraph "$WORK/load" stats --graph "$WORK/out/pressgraph.ttl"
check "pressgraph stats --graph loads the Turtle export (got $(cat "$WORK/load.rc"); $(head -c 200 "$WORK/load.err"))" \
    test "$(cat "$WORK/load.rc")" -eq 0
finish
