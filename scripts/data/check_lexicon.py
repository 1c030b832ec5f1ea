#!/usr/bin/env python3
"""Check the lexicon TSV files under ontology/lexicon/.

For every file: UTF-8, LF line ends, a header row equal to the expected
columns, the right number of cells on every line, no empty required cell, no
leading/trailing spaces in a cell, no empty '|' item, values from the allowed
sets, no duplicate keys, rows sorted by the first column (Unicode code point
order, which is UTF-8 byte order). Lines starting with '#' are comments.

Usage: python3 scripts/data/check_lexicon.py [lexicon_dir]
Exit status 0 when all files pass; 1 otherwise, with file:line: messages.
"""
import os
import sys

ORG_SUBTYPES = {"International", "StateBody", "Parliament", "Ministry", "Company", "Education", "Other"}
AGR_SUBTYPES = {"Treaty", "Statement", "Declaration", "Programme", "Plan", "Charter",
                "Concept", "Guidelines", "Resolution", "Address"}
EVENT_TYPES = {"Meeting", "Visit", "Summit", "Session", "Forum", "Conference", "PhoneCall", "Ceremony"}

# file -> (columns, required columns, allowed values per column, key columns for uniqueness)
SPECS = {
    "countries.tsv": (["iso2", "name", "aliases", "demonyms"], {"iso2", "name"}, {}, ("iso2",)),
    "organizations.tsv": (["name", "acronyms", "aliases", "subtype"], {"name", "subtype"},
                          {"subtype": ORG_SUBTYPES}, ("name",)),
    "places.tsv": (["name", "country", "kind", "aliases"], {"name", "country", "kind"},
                   {"kind": {"capital", "city", "region"}}, ("name", "country", "kind")),
    "landmarks.tsv": (["name", "country", "kind", "aliases"], {"name", "country", "kind"},
                      {"kind": {"seat", "venue", "landmark"}}, ("name",)),
    "areas.tsv": (["name", "country", "kind", "aliases"], {"name", "kind"},
                  {"kind": {"region", "sea", "ocean", "strait", "gulf", "bay", "canal", "river", "lake", "mountains",
                            "desert", "forest", "peninsula", "island", "territory", "border"}}, ("name",)),
    "agreements.tsv": (["name", "subtype", "aliases"], {"name", "subtype"}, {"subtype": AGR_SUBTYPES}, ("name",)),
    "titles.tsv": (["title", "scope", "exclusive", "country"], {"title", "scope", "exclusive"},
                   {"scope": {"national", "body", "generic"}, "exclusive": {"yes", "no"}}, ("title",)),
    "given_names.tsv": (["name", "variants", "gender"], {"name", "gender"},
                        {"gender": {"m", "f", "u"}}, ("name",)),
    "hypocoristics.tsv": (["short", "name"], {"short", "name"}, {}, ("short",)),
    "org_heads.tsv": (["head", "subtype", "needs_complement"], {"head", "subtype", "needs_complement"},
                      {"subtype": ORG_SUBTYPES, "needs_complement": {"yes", "no"}}, ("head",)),
    "ministry_portfolios.tsv": (["word", "portfolio"], {"word", "portfolio"}, {}, ("word",)),
    "agreement_heads.tsv": (["head", "subtype"], {"head", "subtype"}, {"subtype": AGR_SUBTYPES}, ("head",)),
    "surname_endings.tsv": (["ending", "folded"], {"ending", "folded"}, {}, ("ending",)),
    "plural_endings.tsv": (["ending", "singular"], {"ending", "singular"}, {}, ("ending",)),
    "noun_plural_endings.tsv": (["ending", "singular"], {"ending", "singular"}, {}, ("ending",)),
    "name_word_folds.tsv": (["word", "folded"], {"word"}, {}, ("word",)),
    "name_romanisations.tsv": (["spelling", "folded", "position"], {"spelling", "folded", "position"},
                               {"position": {"ending", "inside"}}, ("spelling",)),
    "calendar_words.tsv": (["word", "kind", "number"], {"word", "kind", "number"},
                           {"kind": {"month", "weekday", "quarter"}}, ("word",)),
    "event_triggers.tsv": (["trigger", "event_type", "kind"], {"trigger", "event_type", "kind"},
                           {"event_type": EVENT_TYPES, "kind": {"noun", "verb", "phrase", "name", "lower"}}, ("trigger",)),
}


def check_file(path, spec, errors, iso2=None):
    cols, required, allowed, key = spec
    name = os.path.basename(path)
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{name}: not UTF-8: {e}")
        return None
    if "\r" in text:
        errors.append(f"{name}: CR line ends")
    if not text.endswith("\n"):
        errors.append(f"{name}: no final newline")
    header_seen = False
    prev = None
    keys = set()
    rows = 0
    firsts = set()
    for no, line in enumerate(text.split("\n")[:-1], 1):
        where = f"{name}:{no}"
        # A trailing tab is an empty last cell, which is allowed; spaces are not.
        if line.endswith((" ", "\u00a0")):
            errors.append(f"{where}: trailing whitespace")
        if line.startswith("#"):
            continue
        if not line.strip():
            errors.append(f"{where}: empty line")
            continue
        cells = line.split("\t")
        if not header_seen:
            header_seen = True
            if cells != cols:
                errors.append(f"{where}: header {cells} != {cols}")
            continue
        if len(cells) != len(cols):
            errors.append(f"{where}: {len(cells)} cells, expected {len(cols)}")
            continue
        rows += 1
        row = dict(zip(cols, cells))
        for c, v in row.items():
            if v != v.strip():
                errors.append(f"{where}: cell {c} has surrounding spaces")
            if c in required and not v:
                errors.append(f"{where}: empty required cell {c}")
            if v and any(not item or item != item.strip() for item in v.split("|")):
                errors.append(f"{where}: empty or padded '|' item in {c}")
            if c in allowed and v not in allowed[c]:
                errors.append(f"{where}: {c}={v!r} not in {sorted(allowed[c])}")
        if iso2 is not None and "country" in row and (row["country"] or "country" in required) and row["country"] not in iso2:
            errors.append(f"{where}: unknown country code {row['country']!r}")
        k = tuple(row[c] for c in key)
        if k in keys:
            errors.append(f"{where}: duplicate key {k}")
        keys.add(k)
        first = cells[0]
        firsts.add(first)
        if prev is not None and first < prev:
            errors.append(f"{where}: not sorted ({first!r} after {prev!r})")
        prev = first
    if not header_seen:
        errors.append(f"{name}: no header row")
    return rows, keys


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "..", "ontology", "lexicon")
    errors = []
    iso2 = None
    ok = 0
    for fname in SPECS:  # countries first: places are checked against its codes
        path = os.path.join(root, fname)
        if not os.path.exists(path):
            errors.append(f"{fname}: missing")
            continue
        before = len(errors)
        res = check_file(path, SPECS[fname], errors, iso2)
        if res is None:
            continue
        rows, keys = res
        if fname == "countries.tsv":
            # The states, and the territories make_countries.py leaves to areas.tsv under their own code.
            sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
            from make_countries import TERRITORIES
            iso2 = {k[0] for k in keys} | TERRITORIES
        status = "ok" if len(errors) == before else "FAIL"
        ok += status == "ok"
        print(f"{status:4} {fname}: {rows} rows, {os.path.getsize(path)} bytes")
    for e in errors[:200]:
        print(e, file=sys.stderr)
    if len(errors) > 200:
        print(f"... {len(errors) - 200} more", file=sys.stderr)
    print(f"{ok} passed, {len(SPECS) - ok} failed")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
