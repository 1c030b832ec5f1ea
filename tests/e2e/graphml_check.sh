#!/usr/bin/env bash
# The GraphML export of the bundled corpus: valid against the GraphML 1.0 XSD (offline,
# vendored in tests/data/schemas/graphml) and read by networkx with the summary's counts;
# dated edges carry start/end days.
# shellcheck source=tests/e2e/lib.sh disable=SC2016
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
require_tool xmllint

run_pressgraph "$WORK/run" build "$PRESSGRAPH_CORPUS" -o "$WORK/out" --format graphml
rc=$(cat "$WORK/run.rc")
[[ $rc -eq 0 ]] || { cat "$WORK/run.err"; echo "pressgraph build exited $rc"; exit 1; }
file=$WORK/out/pressgraph.graphml

check "graphml written" test -s "$file"
check "no Turtle written when only graphml is asked" test ! -e "$WORK/out/pressgraph.ttl"
check "well-formed XML" xmllint --noout --nonet "$file"
check "valid against graphml.xsd" xmllint_schema_ok "$file"

nodes=$(summary_field "$WORK/run.err" nodes)
edges=$(summary_field "$WORK/run.err" edges)
check "summary reports a non-empty graph ($nodes nodes, $edges edges)" test "$nodes" -gt 0 -a "$edges" -gt 0
check "networkx counts equal the summary; keys are for=node|edge with attr.type; dated edges have start/end" \
  "$SYSTEM_PYTHON" "$E2E_DIR/graphml_check.py" "$file" "$nodes" "$edges"
finish
