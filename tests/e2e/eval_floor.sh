#!/usr/bin/env bash
# Extraction quality on the development set (tests/data/gold) must not drop below the
# floors: raise them as quality improves (see docs/evaluation.md for the current table).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

"$PRESSGRAPH" eval --gold "$PRESSGRAPH_SOURCE_DIR/tests/data/gold" --json "$PRESSGRAPH_CORPUS" > "$WORK/scores.json"
check "eval exits 0 on the bundled corpus" test -s "$WORK/scores.json"

floor() {  # floor SECTION TYPE MIN_F1   (SECTION: entities, events or relations)
  local f1
  f1=$("$SYSTEM_PYTHON" -c "import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]][sys.argv[3]]['f1'])" \
        "$WORK/scores.json" "$1" "$2")
  if "$SYSTEM_PYTHON" -c "import sys; sys.exit(0 if float(sys.argv[1]) >= float(sys.argv[2]) else 1)" "$f1" "$3"; then
    pass "$1 $2 F1 $f1 >= $3"
  else
    fail "$1 $2 F1 $f1 < floor $3"
  fi
}
# The issue's targets, which the development set meets; a drop below them fails.
floor entities Person 0.95
floor entities Country 0.99
floor entities Place 0.92
floor entities Organization 0.95
floor entities Agreement 0.87
floor entities overall 0.94
floor events overall 0.90
floor relations overall 0.84
floor relations holdsPosition 0.90
floor relations metWith 0.90
# memberOf: 0.95 until the rule member.sides-cooperation-within (2026-12-06), which reads "the level
# of interaction within the Union State" in two bundled releases about Russia and Belarus as both
# states' membership: true, and what the later gold (dev2, the blind sets) records, but those two
# documents' gold does not list it, so per document it counts as 2 false positives (0.80). The
# reference scorer, which scores the merged graph, is unchanged (tests/e2e/eval_floor_reference.sh).
floor relations memberOf 0.80
floor relations signedAt 0.88

aliases=$("$SYSTEM_PYTHON" -c "import json,sys; a=json.load(open(sys.argv[1]))['aliases']; print(a['gold_ids_on_one_node'], a['gold_ids_found'])" "$WORK/scores.json")
read -r on_one found <<< "$aliases"
if (( on_one == found )); then pass "every gold entity on one node: $on_one/$found"; else fail "gold entities split across nodes: $on_one/$found on one node"; fi

finish
