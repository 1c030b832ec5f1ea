#!/usr/bin/env bash
# A thread the system will not start (reproducer 08: `ulimit -u` below what --jobs asks)
# lowers the worker count with a warning; the run completes, exit 0, and its exports are
# byte-identical to a one-thread run. RLIMIT_NPROC does not bind root, so as root the
# limited run is made as an unused uid (setpriv); otherwise as the user, with the limit
# set just above the user's current process count.
# shellcheck source=tests/e2e/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

docs=$WORK/docs
mkdir -p "$docs" "$WORK/limited"
for i in $(seq 1 80); do
  echo "Foreign Minister Sergey Lavrov met Foreign Minister of Belarus Maxim Ryzhenkov$i in Minsk on May $((i % 28 + 1)), 2024." \
    >"$docs/t$i.txt"
done
chmod 755 "$WORK" "$docs" && chmod 644 "$docs"/*.txt && chmod 777 "$WORK/limited"

"$PRESSGRAPH" build "$docs" -o "$WORK/one" -q --jobs 1 --format ttl,graphml

binary=("$PRESSGRAPH")
if [[ $(id -u) -eq 0 ]]; then
  require_tool setpriv
  uid=64731  # no process runs as it, so a limit of 6 leaves room for about 5 threads
  limited=(setpriv --reuid=$uid --regid=$uid --clear-groups bash -c 'ulimit -u 6 && exec "$@"' _)
  # The uid may not reach the checkout (a clone in a 0700 temporary folder): it runs a copy of
  # the binary and the ontology in the test's own folder.
  mkdir -p "$WORK/as-other" && cp "$PRESSGRAPH" "$WORK/as-other/pressgraph" \
    && cp -r "$PRESSGRAPH_SOURCE_DIR/ontology" "$WORK/as-other/ontology" && chmod -R a+rX "$WORK/as-other"
  binary=("$WORK/as-other/pressgraph" --data "$WORK/as-other/ontology")
  if ! setpriv --reuid=$uid --regid=$uid --clear-groups test -x "${binary[0]}"; then
    echo "skipped: uid $uid cannot run ${binary[0]} (a folder on its path is not world-readable)"; exit 77
  fi
else
  have=$(ps -L -u "$(id -u)" --no-headers | wc -l)
  limited=(bash -c "ulimit -u $((have + 6)) && exec \"\$@\"" _)
fi
rc=0
"${limited[@]}" "${binary[0]}" build "$docs" -o "$WORK/limited/out" --jobs 60 --format ttl,graphml "${binary[@]:1}" \
  >"$WORK/limited.out" 2>"$WORK/limited.err" || rc=$?
sed 's/^/    stderr: /' "$WORK/limited.err" | head -n 5

check "the limited run completes: exit 0 (got $rc; 134 was std::terminate)" test "$rc" -eq 0
check "it warns that it runs on fewer threads" \
  grep -Eq '^pressgraph: warning: could not start worker thread [0-9]+ of 60 \(.*\); continuing with [0-9]+$' "$WORK/limited.err"
check "all 80 documents read" test "$(summary_field "$WORK/limited.err" documents)" -eq 80
check "Turtle byte-identical to the one-thread run" cmp "$WORK/one/pressgraph.ttl" "$WORK/limited/out/pressgraph.ttl"
check "GraphML byte-identical to the one-thread run" cmp "$WORK/one/pressgraph.graphml" "$WORK/limited/out/pressgraph.graphml"
finish
