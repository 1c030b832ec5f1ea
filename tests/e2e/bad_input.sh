#!/usr/bin/env bash
# Bad inputs among good ones: each bad file gets one error line on stderr naming it, the
# good files are still processed, the exit code is 1, and the exports stay valid for
# rapper, xmllint (GraphML XSD) and Oxigraph (strict).
# shellcheck source=tests/e2e/lib.sh disable=SC2016
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
require_tool rapper
require_tool xmllint
require_tool node
require_node_modules

in=$WORK/in
mkdir -p "$in/folder/nested"
missing=$in/does-not-exist.txt
# A folder holding a binary file named *.txt (a PNG header with NUL bytes), a PNG that the
# *.txt scan must ignore, and a good document copied from the corpus.
binary=$in/folder/nested/scan.txt
printf '\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00' >"$binary"
cp "$binary" "$in/folder/logo.png"
good=$in/folder/good.txt
cp "$(find "$PRESSGRAPH_CORPUS" -name '*.txt' | sort | head -n 1)" "$good"
invalid=$in/invalid-utf8.txt
printf 'Foreign Minister Sergey Lavrov met his counterpart in Minsk \xc3\x28 on Monday.\n' >"$invalid"
empty=$in/empty.txt
: >"$empty"
# Text with XML/Turtle metacharacters and control characters: valid UTF-8, to be accepted.
special=$in/special.txt
printf 'Moscow, 3 March 2025\n\nForeign Minister Sergey Lavrov met President of France Emmanuel Macron in Paris <script>&amp;.\nThe "talks" with Belarus on back\\slash & <markup> > were \x01useful\x07 and \x1b[1mlong.\n' >"$special"

run_pressgraph "$WORK/run" build "$missing" "$in/folder" "$invalid" "$empty" "$special" \
  -o "$WORK/out" --format ttl,nt,graphml
err=$WORK/run.err
rc=$(cat "$WORK/run.rc")
echo "--- pressgraph stderr"; cat "$err"; echo "---"

check "exit code is 1 when some input is rejected (got $rc)" test "$rc" -eq 1

# error_line FILE REGEX: exactly one `pressgraph: error: FILE: ...` line, matching REGEX.
error_line() {
  local file=$1 regex=$2 lines
  lines=$(grep -F -- "pressgraph: error: $file:" "$err" || true)
  [[ $(printf '%s' "$lines" | grep -c '^' || true) -eq 1 ]] || { echo "want one error line for $file, got: '$lines'"; return 1; }
  grep -Eiq -- "$regex" <<<"$lines" || { echo "error line does not say '$regex': $lines"; return 1; }
}
check "missing file reported once" error_line "$missing" 'missing|not found|no such|does not exist'
check "binary file reported once" error_line "$binary" 'binary'
check "invalid UTF-8 reported once" error_line "$invalid" 'invalid UTF-8|UTF-8'
check "empty file reported once" error_line "$empty" 'empty'
check "no error line for the good file" bash -c '! grep -F -- "$1" "$2"' _ "$good" "$err"
check "no error line for the text with control characters" bash -c '! grep -F -- "$1" "$2"' _ "$special" "$err"
check "the PNG is not read (not *.txt)" bash -c '! grep -F -- logo.png "$1"' _ "$err"
check "exactly four error lines" test "$(grep -c '^pressgraph: error: ' "$err")" -eq 4

documents=$(summary_field "$err" documents) || documents=0
rejected=$(summary_field "$err" rejected) || rejected=0
check "summary: 4 rejected (got $rejected)" test "$rejected" -eq 4
check "summary: the two good documents processed ($documents documents)" test "$documents" -eq 2

ttl=$WORK/out/pressgraph.ttl nt=$WORK/out/pressgraph.nt graphml=$WORK/out/pressgraph.graphml
check "Turtle written" test -s "$ttl"
check "N-Triples written" test -s "$nt"
check "GraphML written" test -s "$graphml"
check "rapper accepts the Turtle" rapper_ok "$ttl"
check "rapper accepts the N-Triples" rapper -q -i ntriples -c "$nt"
check "xmllint: GraphML well-formed and valid against graphml.xsd" xmllint_schema_ok "$graphml"
check "Oxigraph loads the Turtle strictly" oxigraph_ok "$ttl" text/turtle
check "Oxigraph loads the N-Triples strictly" oxigraph_ok "$nt" application/n-triples
check "no raw control character from the input in the GraphML" \
  bash -c '! LC_ALL=C grep -q "[[:cntrl:]]" <(tr -d "\n\r\t" <"$1")' _ "$graphml"

# The metacharacters reach the consumers intact: what Oxigraph and the XML parser read
# back is the text of the document.
ox_select() { node "$E2E_DIR/tools/oxigraph_select.mjs" "$ttl" text/turtle "$1"; }
ox_select 'SELECT ?l WHERE { ?p a pgo:Person ; rdfs:label ?l }' >"$WORK/people" || true
ox_select 'SELECT ?e WHERE { ?s pgo:evidence ?e }' >"$WORK/evidence" || true
check "Sergey Lavrov (named in both good documents) is a pgo:Person" grep -qx 'Sergey Lavrov' "$WORK/people"
check "Emmanuel Macron (from the text with metacharacters) is a pgo:Person" grep -qx 'Emmanuel Macron' "$WORK/people"
check "evidence keeps <script>&amp; verbatim" grep -qF 'Emmanuel Macron in Paris <script>&amp;' "$WORK/evidence"
check "evidence keeps quotes, backslash, &, <, >" grep -qF 'The "talks" with Belarus on back\slash & <markup> >' "$WORK/evidence"
check "GraphML data keeps quotes, backslash, &, <, > after XML parsing" "$SYSTEM_PYTHON" -c '
import sys, xml.etree.ElementTree as ET
texts = [d.text or "" for d in ET.parse(sys.argv[1]).getroot().iter("{http://graphml.graphdrawing.org/xmlns}data")]
sys.exit(0 if any(sys.argv[2] in t for t in texts) else 1)' "$graphml" 'The "talks" with Belarus on back\slash & <markup> >'
finish
