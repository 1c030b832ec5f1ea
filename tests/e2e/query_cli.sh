#!/usr/bin/env bash
# The query subcommands (path, neighbors, timeline, rank, stats) on the bundled corpus:
# paths with evidence for every hop, exit codes for unknown and ambiguous names, JSON that
# parses, and shortest-path lengths equal to networkx's on 200 random pairs.
# shellcheck source=tests/e2e/lib.sh disable=SC2016
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

rc_of() { cat "$1.rc"; }
# json_ok FILE PYTHON-EXPRESSION: the file parses as JSON and the expression over `d` holds.
json_ok() {
  "$SYSTEM_PYTHON" -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if eval(sys.argv[2]) else 1)' "$1" "$2"
}

run_pressgraph "$WORK/lavrov" path "Sergey Lavrov" "Maxim Ryzhenkov" --json
check "path Lavrov -> Ryzhenkov exits 0 (got $(rc_of "$WORK/lavrov"))" test "$(rc_of "$WORK/lavrov")" -eq 0
check "path Lavrov -> Ryzhenkov: a path whose every hop has a sentence and a document" json_ok "$WORK/lavrov.out" \
  'd["paths"] and d["from"]["label"] == "Sergey Lavrov" and d["to"]["label"] == "Maxim Ryzhenkov" and all(h["sentence"] and h["document"] and h["relation"] for p in d["paths"] for h in p["hops"]) and d["paths"][0]["length"] == len(d["paths"][0]["hops"]) >= 1'
check "path hops chain from A to B" json_ok "$WORK/lavrov.out" \
  'all(p["hops"][0]["from"]["label"] == "Sergey Lavrov" and p["hops"][-1]["to"]["label"] == "Maxim Ryzhenkov" and all(x["to"]["iri"] == y["from"]["iri"] for x, y in zip(p["hops"], p["hops"][1:])) for p in d["paths"])'

run_pressgraph "$WORK/regional" path "Pyotr Parkhomchik" "Vladimir Putin" --json
check "path Parkhomchik -> Putin exits 0 (got $(rc_of "$WORK/regional"))" test "$(rc_of "$WORK/regional")" -eq 0
check "path Parkhomchik -> Putin has hops with sentences" json_ok "$WORK/regional.out" \
  'd["paths"] and all(h["sentence"] for h in d["paths"][0]["hops"])'

run_pressgraph "$WORK/text" path "Pyotr Parkhomchik" "Vladimir Putin" --k 3
check "text output: numbered hops with quoted sentences" grep -q '^  1\. Pyotr Parkhomchik' "$WORK/text.out"

run_pressgraph "$WORK/k3" path "Sergey Lavrov" "Vladimir Putin" --k 3 --json
check "--k 3 gives distinct, loopless paths, shortest first" json_ok "$WORK/k3.out" \
  'len(d["paths"]) >= 2 and len({tuple(h["to"]["iri"] for h in p["hops"]) for p in d["paths"]}) == len(d["paths"]) and all(len({h["to"]["iri"] for h in p["hops"]}) == len(p["hops"]) for p in d["paths"]) and [p["length"] for p in d["paths"]] == sorted(p["length"] for p in d["paths"])'

run_pressgraph "$WORK/people" path "Sergey Lavrov" "Maxim Ryzhenkov" --via people --json
check "--via people: only persons in between (rc $(rc_of "$WORK/people"))" json_ok "$WORK/people.out" \
  'all(h["to"]["type"] == "Person" for p in d["paths"] for h in p["hops"][:-1])'

run_pressgraph "$WORK/unknown" path "Nobody Atall" "Vladimir Putin"
check "unknown name exits 5" test "$(rc_of "$WORK/unknown")" -eq 5
check "unknown name is reported on stderr" grep -q "no node is named 'Nobody Atall'" "$WORK/unknown.err"

run_pressgraph "$WORK/ambiguous" path "Sergey" "Vladimir Putin"
check "ambiguous prefix exits 5" test "$(rc_of "$WORK/ambiguous")" -eq 5
check "ambiguous prefix lists its candidates" grep -q "ambiguous" "$WORK/ambiguous.err"
check "the candidates include Sergey Lavrov" grep -q "^  Sergey Lavrov (Person)" "$WORK/ambiguous.err"

run_pressgraph "$WORK/baddate" path "Sergey Lavrov" "Vladimir Putin" --from June
check "a malformed --from is a usage error (2)" test "$(rc_of "$WORK/baddate")" -eq 2
run_pressgraph "$WORK/nopath" path "Sergey Lavrov" "Vladimir Putin" --to 1990
check "no fact before 1990: no path, exit 5" test "$(rc_of "$WORK/nopath")" -eq 5
run_pressgraph "$WORK/usage" path "Sergey Lavrov"
check "path with one node is a usage error (2)" test "$(rc_of "$WORK/usage")" -eq 2
run_pressgraph "$WORK/help" path --help
check "path --help documents --pairs" grep -q -- "--pairs" "$WORK/help.out"

for cmd in "rank" "rank --by betweenness --type Person" "rank --by pagerank --top 5" "stats" \
           "neighbors Lavrov --depth 2" "timeline Lavrov"; do
  name=${cmd// /_}
  # shellcheck disable=SC2086
  run_pressgraph "$WORK/$name" $cmd --json
  check "$cmd --json exits 0 (got $(rc_of "$WORK/$name"))" test "$(rc_of "$WORK/$name")" -eq 0
  check "$cmd --json prints JSON that parses" json_ok "$WORK/$name.out" 'True'
done
check "rank --type Person ranks persons only" json_ok "$WORK/rank_--by_betweenness_--type_Person.out" \
  'd["ranking"] and all(r["node"]["type"] == "Person" for r in d["ranking"])'
check "stats: documents counted, components found" json_ok "$WORK/stats.out" \
  'd["nodes_by_type"]["pgo:Document"] > 0 and d["view"]["components"] >= 1 and 0 < d["view"]["density"] < 1'
check "timeline: events in date order" json_ok "$WORK/timeline_Lavrov.out" \
  'd["events"] and [e["start"] for e in d["events"] if e["start"]] == sorted(e["start"] for e in d["events"] if e["start"])'
check "neighbors: no document among them" json_ok "$WORK/neighbors_Lavrov_--depth_2.out" \
  'd["neighbours"] and all(n["node"]["type"] != "Document" and 1 <= n["distance"] <= 2 for n in d["neighbours"])'

# A saved Turtle export answers like the documents it came from.
run_pressgraph "$WORK/build" build "$PRESSGRAPH_CORPUS" -o "$WORK/out" --format ttl,graphml
check "build for the saved-graph checks exits 0" test "$(rc_of "$WORK/build")" -eq 0
run_pressgraph "$WORK/saved" path "Sergey Lavrov" "Maxim Ryzhenkov" --json --graph "$WORK/out/pressgraph.ttl"
check "path --graph FILE.ttl exits 0 (got $(rc_of "$WORK/saved"); $(head -c 200 "$WORK/saved.err"))" \
  test "$(rc_of "$WORK/saved")" -eq 0
check "path --graph gives the same length as the documents" "$SYSTEM_PYTHON" -c \
  'import json,sys; a=json.load(open(sys.argv[1])); b=json.load(open(sys.argv[2])); sys.exit(a["paths"][0]["length"] != b["paths"][0]["length"])' \
  "$WORK/saved.out" "$WORK/lavrov.out"

check "networkx agrees on 200 random pairs" "$SYSTEM_PYTHON" "$E2E_DIR/paths_networkx.py" "$PRESSGRAPH" \
  "$WORK/out/pressgraph.graphml" "$WORK"
finish
