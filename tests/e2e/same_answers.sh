#!/usr/bin/env bash
# Same graph, same answers: every query on the bundled corpus, extracted afresh, prints
# byte for byte what it prints on the same graph loaded back from its Turtle export
# (--graph pressgraph.ttl), with the same exit code: paths (several pairs, --k 3, every
# --via), neighbours, timelines, rankings (every measure) and statistics, text and JSON.
# shellcheck source=tests/e2e/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

"$PRESSGRAPH" build "$PRESSGRAPH_CORPUS" -o "$WORK/exports" -q --format ttl
saved=$WORK/exports/pressgraph.ttl

n=0
# same ARGS...: the query on the corpus and on the saved graph agree.
same() {
  n=$((n + 1))
  run_pressgraph "$WORK/fresh-$n" "$@" "$PRESSGRAPH_CORPUS"
  run_pressgraph "$WORK/saved-$n" "$@" --graph "$saved"
  if [[ ! -s $WORK/fresh-$n.out ]]; then
    fail "$*: no answer on the fresh graph: $(head -c 300 "$WORK/fresh-$n.err")"
  elif cmp -s "$WORK/fresh-$n.out" "$WORK/saved-$n.out" && cmp -s "$WORK/fresh-$n.rc" "$WORK/saved-$n.rc"; then
    pass "$*: fresh and reloaded answers identical (exit $(cat "$WORK/fresh-$n.rc"))"
  else
    fail "$*: fresh and reloaded answers differ"
    diff "$WORK/fresh-$n.out" "$WORK/saved-$n.out" | head -n 12 | sed 's/^/    /'
  fi
}

pairs=("Sergey Lavrov|Vladimir Putin" "Sergey Lavrov|Alexander Lukashenko" "Maxim Ryzhenkov|Vladimir Putin"
       "Sergey Aleinik|Sergey Lavrov" "Natalya Kochanova|Maxim Ryzhenkov" "Alexei Overchuk|Minsk")
for pair in "${pairs[@]}"; do
  a=${pair%%|*} b=${pair#*|}
  same path "$a" "$b" --k 3
  same path "$a" "$b" --k 3 --via people --json
done
for pair in "${pairs[@]:0:5}"; do
  a=${pair%%|*} b=${pair#*|}
  same path "$a" "$b" --k 2 --via events
done
for who in "Sergey Lavrov" "Maxim Ryzhenkov" "Belarus"; do
  same neighbors "$who" --depth 2
  same neighbors "$who" --json
done
for who in "Alexander Lukashenko" "Sergey Lavrov" "Minsk"; do
  same timeline "$who"
  same timeline "$who" --json
done
for measure in degree betweenness pagerank; do
  same rank --by "$measure" --top 25
  same rank --by "$measure" --type Person --json
done
same stats
same stats --json
finish
