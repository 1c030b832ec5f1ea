#!/usr/bin/env bash
# Extraction quality on the development set (tests/data/gold) must not drop below the
# floors: raise them as quality improves (see docs/evaluation.md for the current table).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

"$PRESSGRAPH" eval --gold "$PRESSGRAPH_SOURCE_DIR/tests/data/gold" --json "$PRESSGRAPH_CORPUS" > "$WORK/scores.json"
check "eval exits 0 on the bundled corpus" test -s "$WORK/scores.json"

floor() {  # floor TYPE MIN_F1
  local f1
  f1=$("$SYSTEM_PYTHON" -c "import json,sys; print(json.load(open(sys.argv[1]))['entities'][sys.argv[2]]['f1'])" \
        "$WORK/scores.json" "$1")
  if "$SYSTEM_PYTHON" -c "import sys; sys.exit(0 if float(sys.argv[1]) >= float(sys.argv[2]) else 1)" "$f1" "$2"; then
    pass "$1 entity F1 $f1 >= $2"
  else
    fail "$1 entity F1 $f1 < floor $2"
  fi
}
floor Person 0.95
floor Country 0.99
floor Place 0.88
floor Organization 0.80
floor Agreement 0.60
floor overall 0.84

aliases=$("$SYSTEM_PYTHON" -c "import json,sys; a=json.load(open(sys.argv[1]))['aliases']; print(a['gold_ids_on_one_node'], a['gold_ids_found'])" "$WORK/scores.json")
read -r on_one found <<< "$aliases"
if (( on_one * 100 >= found * 85 )); then pass "gold entities on one node: $on_one/$found (>= 85%)"; else fail "gold entities on one node: $on_one/$found (< 85%)"; fi

finish
