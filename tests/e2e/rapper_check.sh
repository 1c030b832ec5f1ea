#!/usr/bin/env bash
# The Turtle export of the bundled corpus (and the ontology it uses) parses with Raptor (rapper) and Serd (serdi),
# both in strict mode, with the triple count the summary reports.
# shellcheck source=tests/e2e/lib.sh disable=SC2016
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
require_tool rapper
require_tool serdi

run_pressgraph "$WORK/run" build "$PRESSGRAPH_CORPUS" -o "$WORK/out" --format ttl,nt
rc=$(cat "$WORK/run.rc")
[[ $rc -eq 0 ]] || { cat "$WORK/run.err"; echo "pressgraph build exited $rc"; exit 1; }
ttl=$WORK/out/pressgraph.ttl
nt=$WORK/out/pressgraph.nt
triples=$(summary_field "$WORK/run.err" triples)

check "rapper -i turtle -c accepts the Turtle" rapper_ok "$ttl"
check "rapper -i ntriples -c accepts the N-Triples" rapper -q -i ntriples -c "$nt"
rapper_count() { rapper -i "$1" -c "$2" 2>&1 | sed -n 's/.*returned \([0-9]*\) triples.*/\1/p'; }
count=$(rapper_count turtle "$ttl")
check "rapper counts $count Turtle triples, the summary $triples" test "$count" = "$triples"
count=$(rapper_count ntriples "$nt")
check "rapper counts $count N-Triples triples, the summary $triples" test "$count" = "$triples"
check "rapper accepts the ontology (ontology/pressgraph.ttl)" rapper_ok "$PRESSGRAPH_SOURCE_DIR/ontology/pressgraph.ttl"
check "serdi (strict by default) reads the Turtle" sh -c 'serdi -i turtle -o ntriples "$1" >/dev/null' _ "$ttl"
finish
