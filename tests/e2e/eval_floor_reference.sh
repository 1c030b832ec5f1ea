#!/usr/bin/env bash
# Extraction quality by the reference scorer (tests/e2e/tools/reference_score.py, a copy of
# the project's reference scorer: it reads the Turtle export as a SPARQL user would) on both
# development sets: the bundled five (tests/data/gold) and dev2 (tests/data/dev2, twenty
# Kremlin and White House releases), and the genre set (tests/data/genre). The floors are the figures reached so far (ratchets:
# raise them as quality improves; docs/evaluation.md has the tables and the issue targets).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SCORER="$E2E_DIR/tools/reference_score.py"

score() {  # score NAME GOLD_DIR INPUTS...
  local name=$1 gold=$2
  shift 2
  "$PRESSGRAPH" build "$@" -o "$WORK/$name" -q --format ttl
  check "$name: build exits 0" test -s "$WORK/$name/pressgraph.ttl"
  "$SYSTEM_PYTHON" "$SCORER" "$gold" "$WORK/$name/pressgraph.ttl" --json > "$WORK/$name.json"
}

floor() {  # floor NAME SECTION MIN_F1   (SECTION: entities, events or relations)
  local f1
  f1=$("$SYSTEM_PYTHON" -c "
import json,sys
r=json.load(open(sys.argv[1]))
s=r[sys.argv[2]]
print(round(s['all']['F1'] if 'all' in s else s['F1'], 3))" "$WORK/$1.json" "$2")
  if "$SYSTEM_PYTHON" -c "import sys; sys.exit(0 if float(sys.argv[1]) >= float(sys.argv[2]) else 1)" "$f1" "$3"; then
    pass "$1 $2 F1 $f1 >= $3"
  else
    fail "$1 $2 F1 $f1 < floor $3"
  fi
}

score bundled "$PRESSGRAPH_SOURCE_DIR/tests/data/gold" "$PRESSGRAPH_CORPUS"
floor bundled entities 0.93
floor bundled events 0.88
floor bundled relations 0.83

score dev2 "$PRESSGRAPH_SOURCE_DIR/tests/data/dev2/gold" "$PRESSGRAPH_SOURCE_DIR/tests/data/dev2/docs"
floor dev2 entities 0.95
floor dev2 events 0.82
floor dev2 relations 0.79

# The genre set (tests/data/genre): invented releases in the styles of other publishers, gold
# beside each text. Blind: g01-g10 at 2adcbc8 0.896 / 0.552 / 0.637; g11-g12 at a838fb0
# 0.846 / 0.500 / 0.368; g13-g24 at f7f25c8 0.905 / 0.540 / 0.414, after the genre3 rules 0.967 / 0.734 /
# 0.686; g31-g36 at 687261c 0.909 / 0.333 / 0.511, at the merge of genre3 0.959 / 0.560 / 0.674
# (docs/evaluation.md). The whole set's floors fell when g31-g36 joined it (harder documents, not a
# regression): 0.95 / 0.75 / 0.70 over g01-g24, 0.956 / 0.734 / 0.741 over g01-g36.
# g37-g44 (branch genre4): blind at 50521b2 0.757 / 0.419 / 0.441; after the genre4 rules see
# docs/evaluation.md ("Genre set g37-g44"). The floors of "genre" stay those of g01-g36, the set they
# were measured on; the forty-four together have floors of their own ("genre-all").
# Each batch is scored on its own too (its gold files copied apart: the scorer reads a folder).
GENRE="$PRESSGRAPH_SOURCE_DIR/tests/data/genre"
mkdir -p "$WORK/gold-g01-g36" "$WORK/gold-g01-g12" "$WORK/gold-g13-g24" "$WORK/gold-g31-g36" "$WORK/gold-g37-g44"
cp "$GENRE"/g0[1-9]_*.gold.json "$GENRE"/g[12][0-9]_*.gold.json "$GENRE"/g3[0-6]_*.gold.json "$WORK/gold-g01-g36/"
cp "$GENRE"/g0[1-9]_*.gold.json "$GENRE"/g1[0-2]_*.gold.json "$WORK/gold-g01-g12/"
cp "$GENRE"/g1[3-9]_*.gold.json "$GENRE"/g2[0-4]_*.gold.json "$WORK/gold-g13-g24/"
cp "$GENRE"/g3[1-6]_*.gold.json "$WORK/gold-g31-g36/"
cp "$GENRE"/g3[7-9]_*.gold.json "$GENRE"/g4[0-4]_*.gold.json "$WORK/gold-g37-g44/"
mkdir -p "$WORK/gold-g45-g50" "$WORK/gold-g51-g56" "$WORK/gold-g57-g62" "$WORK/gold-g63-g68" "$WORK/gold-g69-g74" "$WORK/gold-g75-g80" \
  "$WORK/gold-g81-g86" "$WORK/gold-g87-g92" "$WORK/gold-g93-g98"
cp "$GENRE"/g4[5-9]_*.gold.json "$GENRE"/g50_*.gold.json "$WORK/gold-g45-g50/"
cp "$GENRE"/g5[1-6]_*.gold.json "$WORK/gold-g51-g56/"
cp "$GENRE"/g5[7-9]_*.gold.json "$GENRE"/g6[0-2]_*.gold.json "$WORK/gold-g57-g62/"
cp "$GENRE"/g6[3-8]_*.gold.json "$WORK/gold-g63-g68/"
cp "$GENRE"/g69_*.gold.json "$GENRE"/g7[0-4]_*.gold.json "$WORK/gold-g69-g74/"
cp "$GENRE"/g7[5-9]_*.gold.json "$GENRE"/g80_*.gold.json "$WORK/gold-g75-g80/"
cp "$GENRE"/g8[1-6]_*.gold.json "$WORK/gold-g81-g86/"
cp "$GENRE"/g8[7-9]_*.gold.json "$GENRE"/g9[0-2]_*.gold.json "$WORK/gold-g87-g92/"
cp "$GENRE"/g9[3-8]_*.gold.json "$WORK/gold-g93-g98/"
score genre "$WORK/gold-g01-g36" "$GENRE"/g0[1-9]_*.txt "$GENRE"/g[12][0-9]_*.txt "$GENRE"/g3[0-6]_*.txt
floor genre entities 0.95
floor genre events 0.80
floor genre relations 0.82

# All the genre releases, fifty (g01-g24, g31-g56): with the blind g45-g50 among forty-four 0.881 / 0.667 /
# 0.648; with the blind g51-g56 added (cd4d738, no rule changed) 0.864 / 0.632 / 0.613 (new documents, not
# a regression). After genre6's entity rules 0.914 / 0.634 / 0.633; with relations5 merged 0.914 / 0.634 / 0.694.
# All fifty-six (g01-g24, g31-g62), with the blind g57-g62 added (15869ea, no rule changed): 0.896 / 0.622 / 0.613;
# with genre7, relations5 and events5 all merged 0.910 / 0.722 / 0.686.
# All sixty-two (g01-g24, g31-g68), with the blind g63-g68 added (afc0c3d, code of main 8195d12, nothing
# changed): 0.897 / 0.713 / 0.658 (the fifty-six alone 0.910 / 0.729 / 0.689): new documents, not a
# regression, so the relations floor falls from 0.68 to 0.66. After genre8's rules: 0.912 / 0.735 / 0.671.
# The fifty-six after relations6 (agreements: listed
# documents, dated past signings, instruments' parties) 0.913 / 0.732 / 0.723 (g01-g36 relations 0.829, g37-g44
# 0.718, g51-g56 0.563 and events 0.596, g57-g62 0.684).
# With the blind g69-g74 added (branch genre9, d74ab15, no rule changed; sixty-two releases, g63-g68 not yet
# among them): 0.900 / 0.701 / 0.664 (new documents, not a regression); after genre9's rules 0.901 / 0.707 / 0.668.
score genre-all "$GENRE" "$GENRE"/*.txt
# All seventy-four (g01-g24, g31-g74) with genre8, genre9, relations6, events7 and heldout3 merged: 0.904 / 0.733 / 0.682
# (g63-g68 events 0.741 with genre8 alone, 0.727 with the other branches merged; g69-g74 events 0.489 -> 0.522).
# With the blind g75-g80 added (branch genre10, texts and gold at 383a165, code of main c18c54c; eighty
# releases): 0.901 / 0.708 / 0.660 (new documents, not a regression; the seventy-four alone are unchanged);
# after genre10's rules 0.901 / 0.716 / 0.667, so the events and relations floors fall to 0.70 and 0.65.
# With the blind g81-g86 added (branch genre11, 8ec6c30, code of main c18c54c, nothing changed): 0.904 / 0.697 /
# 0.673 (new documents, not a regression: the seventy-four alone stay at 0.906 / 0.733 / 0.683), so the events
# floor falls from 0.73 to 0.71. After genre11's rules: 0.904 / 0.717 / 0.683.
# Both batches merged (eighty-six releases, g01-g24, g31-g86), with relations7 too: 0.900 / 0.703 / 0.683.
# Branch events8 (a sentence opened by "Earlier"/"Later" tells an event of its own; "at the Prime Minister's
# Office"; a date line closed by a full stop): events 0.733 -> 0.750; g01-g36 0.800 -> 0.806, g45-g50 0.767 -> 0.787,
# g51-g56 0.621 -> 0.644, g57-g62 0.682 -> 0.773 (relations 0.715 -> 0.741), g63-g68 0.727 -> 0.772, g69-g74
# 0.522 -> 0.638 (and "later in the day" after an announced day is the release's day): all seventy-four 0.733 -> 0.758.
# All eighty-six with events8 merged too (and the session's entity readings): 0.906 / 0.724 / 0.689.
# With the blind g87-g92 added (branch genre12, b811cb3, code of main 4baf50e, nothing changed; ninety-two
# releases): 0.899 / 0.709 / 0.674 (new documents, not a regression: the eighty-six alone stay at 0.906 / 0.724 /
# 0.689), so the floors fell from 0.90 / 0.72 / 0.68 to 0.89 / 0.70 / 0.67. After genre12's rules: 0.901 / 0.723 /
# 0.681, so they are back at 0.90 / 0.72 / 0.68.
# With relations8 (offices with portfolios, co-chairs, signings by two sides) and events9 (calls during visits,
# announced meetings, same-day phrases) merged too: 0.902 / 0.748 / 0.695; the floors rise to 0.90 / 0.74 / 0.69.
# With the blind g93-g98 added (branch genre13, texts and gold at 8b3946f, code of main 8d1718b, nothing changed;
# ninety-eight releases): 0.896 / 0.727 / 0.684 (new documents, not a regression: the ninety-two alone stay at
# 0.902 / 0.748 / 0.695), so the floors fall from 0.90 / 0.74 / 0.69 to 0.89 / 0.72 / 0.68. After genre13's rules:
# 0.899 / 0.727 / 0.686 (floors unchanged).
# With agreements10 (agreement names over lower-case topics, "Exchange of Notes", parties named inside a name) and
# entities9 (archive-wide entity errors) merged too: 0.912 / 0.727 / 0.706; the floors rise to 0.91 / 0.72 / 0.70.
floor genre-all entities 0.91
floor genre-all events 0.72
floor genre-all relations 0.70

score genre-g01-g12 "$WORK/gold-g01-g12" "$GENRE"/g0[1-9]_*.txt "$GENRE"/g1[0-2]_*.txt
floor genre-g01-g12 entities 0.93
floor genre-g01-g12 events 0.86
floor genre-g01-g12 relations 0.83

score genre-g13-g24 "$WORK/gold-g13-g24" "$GENRE"/g1[3-9]_*.txt "$GENRE"/g2[0-4]_*.txt
floor genre-g13-g24 entities 0.96
floor genre-g13-g24 events 0.76
floor genre-g13-g24 relations 0.75

score genre-g31-g36 "$WORK/gold-g31-g36" "$GENRE"/g3[1-6]_*.txt
floor genre-g31-g36 entities 0.95
floor genre-g31-g36 events 0.63
floor genre-g31-g36 relations 0.71

score genre-g37-g44 "$WORK/gold-g37-g44" "$GENRE"/g3[7-9]_*.txt "$GENRE"/g4[0-4]_*.txt
floor genre-g37-g44 entities 0.88
floor genre-g37-g44 events 0.74
floor genre-g37-g44 relations 0.71

# g45-g50 (branch genre5): measured blind at e4a1553, no rule changed for them: 0.798 / 0.536 / 0.379.
# Events floors raised by branch events5 (event F1 at its end: dev2 0.829, genre 0.791, genre-all 0.771,
# g01-g12 0.868, g13-g24 0.779, g37-g44 0.732, g45-g50 0.746; docs/evaluation.md). Merged with genre6 and
# relations5 (all fifty): 0.914 / 0.721 / 0.705; g37-g44 0.871 / 0.750 / 0.657, g45-g50 0.895 / 0.746 / 0.603.
score genre-g45-g50 "$WORK/gold-g45-g50" "$GENRE"/g4[5-9]_*.txt "$GENRE"/g50_*.txt
floor genre-g45-g50 entities 0.89
floor genre-g45-g50 events 0.78
# relations7: past signings of a visit at the visit's meeting, g45-g50 relations 0.619 -> 0.639.
floor genre-g45-g50 relations 0.63

# g51-g56 (branch genre6): measured blind at cd4d738 (code of main 432c993), no rule changed for them:
# 0.810 / 0.407 / 0.453. (Events 0.400 after genre6's places: a wreath laid "in the Hall of Remembrance" is placed
# there now, the gold places it at Yad Vashem.) After genre6's entity rules (no longer blind): 0.901 / 0.400 / 0.498;
# g37-g44 0.871 / 0.485 / 0.519, g45-g50 0.895 / 0.561 / 0.430. After events6 (a dateline run into the first
# sentence dates the release; "held its 166th session today"; "Norway hosted the Nordic foreign ministers in
# Tromsø on 2-3 June"): events 0.400 -> 0.571; all fifty 0.721 -> 0.744.
score genre-g51-g56 "$WORK/gold-g51-g56" "$GENRE"/g5[1-6]_*.txt
floor genre-g51-g56 entities 0.90
floor genre-g51-g56 events 0.63
# relations7: signings at a visit's meetings, parties to and accessions to documents, g51-g56 relations 0.563 -> 0.607.
floor genre-g51-g56 relations 0.60

# g57-g62 (branch genre7): measured blind at 15869ea (code of main ce961c0), no rule changed for them:
# 0.785 / 0.513 / 0.428. With them all fifty-six score 0.896 / 0.622 / 0.613. After genre7's entity and
# dateline rules (no longer blind): 0.866 / 0.564 / 0.494; all fifty-six 0.910 / 0.637 / 0.619; g51-g56 events
# 0.473 (the Chilean dateline in the first sentence now dates the tour), g37-g44 entities 0.890.
score genre-g57-g62 "$WORK/gold-g57-g62" "$GENRE"/g5[7-9]_*.txt "$GENRE"/g6[0-2]_*.txt
# Branch events7 (meetings on the margins of the release's own gathering, a body's session 'was held today at',
# courtesy calls received, a programme city opened without a comma): g01-g36 events 0.791 -> 0.800, g45-g50 0.746 -> 0.767,
# g51-g56 0.571 -> 0.596, g57-g62 0.585 -> 0.682 (relations 0.498 -> 0.512), all fifty-six 0.729 -> 0.748.
floor genre-g57-g62 entities 0.86
floor genre-g57-g62 events 0.76
floor genre-g57-g62 relations 0.72

# g63-g68 (branch genre8): measured blind at afc0c3d (code of main 8195d12), no rule changed for them:
# 0.822 / 0.577 / 0.338. After genre8's rules (no longer blind): 0.911 / 0.741 / 0.462; g37-g44 0.904 / 0.778 / 0.674,
# g57-g62 relations 0.525; every other set unchanged.
score genre-g63-g68 "$WORK/gold-g63-g68" "$GENRE"/g6[3-8]_*.txt
# Batch floors g63-g92 raised to the figures after relations8, events9, genre12, agreements10 and entities9 were
# merged (2026-12-08).
floor genre-g63-g68 entities 0.94
floor genre-g63-g68 events 0.78
# relations7: g63-g68 relations 0.470 -> 0.482.
floor genre-g63-g68 relations 0.65

# g69-g74 (branch genre9): measured blind at d74ab15 (code of main 8195d12), no rule changed for them:
# 0.852 / 0.419 / 0.373. After genre9's rules (no longer blind; docs/evaluation.md "Genre set g69-g74"):
# 0.860 / 0.489 / 0.432; every other set unchanged.
score genre-g69-g74 "$WORK/gold-g69-g74" "$GENRE"/g69_*.txt "$GENRE"/g7[0-4]_*.txt
# Names of two given names and two surnames after a title read whole: entities 0.860 -> 0.884, relations 0.475 -> 0.519.
floor genre-g69-g74 entities 0.91
floor genre-g69-g74 events 0.69
# relations7: signings done in the presence of the two ministers, g69-g74 relations 0.429 -> 0.475.
floor genre-g69-g74 relations 0.61

# g75-g80 (branch genre10): measured blind at 383a165 (code of main c18c54c), no rule changed for them:
# 0.868 / 0.359 / 0.421. After genre10's rules (no longer blind; docs/evaluation.md "Genre set g75-g80"):
# 0.868 / 0.553 / 0.515.
score genre-g75-g80 "$WORK/gold-g75-g80" "$GENRE"/g7[5-9]_*.txt "$GENRE"/g80_*.txt
floor genre-g75-g80 entities 0.87
floor genre-g75-g80 events 0.69
floor genre-g75-g80 relations 0.60

# g81-g86 (branch genre11): measured blind at 8ec6c30 (code of main c18c54c), no rule changed for them:
# 0.913 / 0.351 / 0.585. After genre11's rules (no longer blind; docs/evaluation.md "Genre set g81-g86"):
# 0.913 / 0.556 / 0.681; every other set unchanged (held-out events 0.795 -> 0.796).
score genre-g81-g86 "$WORK/gold-g81-g86" "$GENRE"/g8[1-6]_*.txt
floor genre-g81-g86 entities 0.93
floor genre-g81-g86 events 0.71
floor genre-g81-g86 relations 0.71

# g87-g92 (branch genre12): measured blind at b811cb3 (code of main 4baf50e), no rule changed for them:
# 0.840 / 0.528 / 0.451. After genre12's rules (no longer blind; docs/evaluation.md "Genre set g87-g92"):
# 0.863 / 0.704 / 0.571; g45-g50 0.904 / 0.787 / 0.646, every other set unchanged.
score genre-g87-g92 "$WORK/gold-g87-g92" "$GENRE"/g8[7-9]_*.txt "$GENRE"/g9[0-2]_*.txt
floor genre-g87-g92 entities 0.90
floor genre-g87-g92 events 0.70
floor genre-g87-g92 relations 0.63

# g93-g98 (branch genre13): measured blind at 8b3946f (code of main 8d1718b), no rule changed for them:
# 0.843 / 0.444 / 0.550. After genre13's rules (no longer blind; docs/evaluation.md "Genre set g93-g98"):
# 0.870 / 0.444 / 0.577; every other set unchanged (all ninety-eight 0.899 / 0.727 / 0.686).
score genre-g93-g98 "$WORK/gold-g93-g98" "$GENRE"/g9[3-8]_*.txt
floor genre-g93-g98 entities 0.88
floor genre-g93-g98 events 0.44
floor genre-g93-g98 relations 0.57

# The held-out releases (tests/data/heldout: gold written from the text alone before each set's first
# run; tests/data/heldout/README.md, docs/evaluation.md "Held-out documents"). Every *.txt there is
# scored, so a new draw joins by being added. With the second blind draw (209-211, 309-311; blind on
# those six at d22c579: 0.840 / 0.429 / 0.696) the whole set measured 0.863 / 0.736 / 0.763; with events5
# merged 0.863 / 0.796 / 0.767. With the third draw (1301-1308, agreements and signings; blind on those eight
# at 54accf8: 0.852 / 0.667 / 0.583) the whole set measured 0.858 / 0.786 / 0.754; after the heldout3 rules
# 0.861 / 0.795 / 0.763. With the fourth draw (1401-1408, eight ways of writing events; blind on those eight at
# c18c54c: 0.970 / 0.815 / 0.837) the whole set measured 0.865 / 0.796 / 0.763; after the heldout4 rules
# 0.865 / 0.796 / 0.769 (floors unchanged).
HELDOUT="$PRESSGRAPH_SOURCE_DIR/tests/data/heldout"
mkdir -p "$WORK/gold-heldout"
cp "$HELDOUT"/*.gold.json "$WORK/gold-heldout/"
score heldout "$WORK/gold-heldout" "$HELDOUT"/*.txt
floor heldout entities 0.86
floor heldout events 0.79
floor heldout relations 0.76

finish
