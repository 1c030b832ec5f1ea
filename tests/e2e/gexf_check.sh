#!/usr/bin/env bash
# The GEXF export of the bundled corpus: well-formed XML (xmllint), a GEXF 1.3 dynamic
# graph with one <node>/<edge> per graph node/edge of the summary, dated spells, and
# the same bytes on a second run.
# shellcheck source=tests/e2e/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
require_tool xmllint

run_pressgraph "$WORK/run" build "$PRESSGRAPH_CORPUS" -o "$WORK/out" --format gexf
rc=$(cat "$WORK/run.rc")
[[ $rc -eq 0 ]] || { cat "$WORK/run.err"; echo "pressgraph build exited $rc"; exit 1; }
file=$WORK/out/pressgraph.gexf

check "gexf written" test -s "$file"
check "only the asked format is written" test ! -e "$WORK/out/pressgraph.ttl" -a ! -e "$WORK/out/pressgraph.graphml"
check "well-formed XML (xmllint --noout)" xmllint --noout --nonet "$file"

# xpath_value EXPRESSION: an XPath 1.0 value on the export, its default namespace removed.
xpath_value() { xmllint --nonet --xpath "$1" - <<<"$(sed 's/xmlns="[^"]*"//' "$file")"; }

check "root is GEXF 1.3" test "$(xpath_value 'string(/gexf/@version)')" = 1.3
check "graph is dynamic, directed, dated" test \
  "$(xpath_value 'concat(/gexf/graph/@mode, " ", /gexf/graph/@defaultedgetype, " ", /gexf/graph/@timeformat)')" \
  = "dynamic directed date"
nodes=$(summary_field "$WORK/run.err" nodes)
edges=$(summary_field "$WORK/run.err" edges)
check "summary reports a non-empty graph ($nodes nodes, $edges edges)" test "$nodes" -gt 0 -a "$edges" -gt 0
check "one <node> per graph node" test "$(xpath_value 'count(/gexf/graph/nodes/node)')" = "$nodes"
check "one <edge> per graph edge" test "$(xpath_value 'count(/gexf/graph/edges/edge)')" = "$edges"
check "dated events carry spells" test "$(xpath_value 'count(//node[spells/spell])')" -gt 0
check "dated facts carry spells" test "$(xpath_value 'count(//edge[spells/spell])')" -gt 0
check "every spell is a YYYY-MM-DD interval" test "$(xpath_value \
  'count(//spell[string-length(@start) != 10 or string-length(@end) != 10 or translate(@start, "-", "") > translate(@end, "-", "")])')" = 0

run_pressgraph "$WORK/again" build "$PRESSGRAPH_CORPUS" -o "$WORK/again-out" --format gexf
check "same bytes on a second run" cmp -s "$file" "$WORK/again-out/pressgraph.gexf"
finish
