#!/usr/bin/env python3
"""Count the string literals of the extraction C++ that carry knowledge of English.

The project's rule: what the extractor knows about English (verbs of meeting, cue words,
weekday names, word lists) lives in data (ontology/rules/word_classes.tsv, the lexicon),
not in C++ string literals. This script finds the literals that still do and reports them
as file:line, with a count per folder and in total.

Scanned: src/extract/**/*.{cpp,hpp}, include/pressgraph/extract/**/*.hpp, and the C++
outside src/extract that extraction relies on for English words: src/util/calendar_names.cpp
(the calendar's names by text, which the header reader and the name recognisers read; the
names themselves are the lexicon's). Not scanned: the text stage (src/text: the tokenizer's
abbreviations, the header reader's page furniture), which runs before the sentences are looked
up in the lexicon and is not extraction.

A literal is counted when it contains a letter and is none of these:
  * an #include path;
  * the engine's own syntax: in src/extract/engine/, the pattern shapes and the keywords
    of the rule and word-class files (ENGINE_SYNTAX);
  * an identifier that is not text knowledge: a word-class or other snake_case name
    ("meeting_verb"), a rule id or CURIE with a prefix ("rule:", "pattern:x", "pgo:metWith",
    "lexicon:country"), a file name ("titles.tsv"), or a name of the data's own schema
    (SCHEMA_NAMES: annotation labels, entity and event types, subtypes, lexicon column
    names and values, xsd types, qualifier values) -- but a schema name compared with the
    text of a token ("member" in `t[k].text == "member"`) is text knowledge and counts;
  * a message printed to users: a literal in a statement that throws, or writes to
    std::cerr, a trace or a warning;
  * made only of the short list of function words below (FUNCTION_WORDS), in any case:
    "of", " of the ", "The".

Usage: scripts/count_extraction_literals.py [--max N] [--quiet] [--verbose] [--root DIR]
  prints each counted literal as file:line: "literal", then the count per folder and the
  total; with --max N, exits 1 when the total exceeds N (the ceiling the ctest
  e2e.extraction_literals holds). --quiet prints only the counts, unless over the ceiling;
  --verbose also lists the literals not counted, with why.
"""
import argparse
import os
import re
import sys
from collections import Counter

# The short list of function words C++ may still name: articles, the commonest
# prepositions and conjunctions. Keep it short; every other word belongs in data.
FUNCTION_WORDS = {
    "a", "an", "the",
    "of", "in", "on", "at", "to", "for", "with", "by", "from", "as",
    "and", "or",
}

# The engine's own syntax (src/extract/engine/ only): token shapes of the pattern
# language and the keywords of the .rules and word_classes.tsv files.
ENGINE_SYNTAX = {
    "_", "WORD", "Cap", "CAPS", "Lower", "NUM", "PUNCT",
    "define", "rule", "match", "example", "priority", "class",
}

# Names of the data's own schema: they name things of the ontology and the lexicon files,
# not words of English text. Case-sensitive.
SCHEMA_NAMES = {
    # annotation labels and entity types
    "Person", "Country", "Organization", "Place", "Agreement", "Title", "Titles", "Demonym", "GivenName",
    "Name", "Date", "Ref",
    # event types (pgo classes)
    "Meeting", "Visit", "Summit", "Session", "Forum", "Conference", "PhoneCall", "Ceremony",
    # organisation and agreement subtypes, place kinds (lexicon columns)
    "International", "StateBody", "Parliament", "Ministry", "Company", "Education", "Other",
    "Treaty", "Statement", "Declaration", "Programme", "Plan", "Charter", "Concept", "Guidelines",
    "Resolution", "Address",
    "capital", "city", "region", "seat", "venue", "landmark",
    # lexicon column names
    "iso2", "name", "aliases", "demonyms", "acronyms", "subtype", "country", "kind", "title",
    "scope", "exclusive", "variants", "gender", "head", "needs_complement", "word", "portfolio",
    "modifier", "trigger", "event_type", "ending", "folded", "singular", "number", "short", "spelling", "position",
    # lexicon values: title scopes, trigger kinds, yes/no cells, kinds of calendar words,
    # positions of romanised spellings
    "national", "body", "generic", "noun", "verb", "phrase", "lower", "yes", "no", "month", "weekday", "quarter",
    "inside",
    # rule actions and their arguments (the verbs stages own)
    "entity", "event", "fact", "events", "relations", "entities", "who",
    "subject", "planned", "joins", "each", "apart", "signing", "dateline", "sides", "person", "with", "at", "on", "holder",
    # pgo properties as rules name them (relations.rules: fact PREDICATE ...)
    "holdsPosition", "metWith", "visited", "memberOf", "locatedIn", "party", "partOf", "approvedBy",
    "signedAt",
    # xsd types and literal values of the exports
    "string", "boolean", "date", "gYear", "gYearMonth", "integer", "dateTime", "true", "false",
    # qualifier values: membership statuses (pgo:status)
    "member", "full member", "partner", "chair",
    # the folder of the rules beside the lexicon; the prefix of an office's resolution key
    "rules", "office ",
}

SNAKE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)+$")
PREFIXED_ID = re.compile(r"^[a-z][a-zA-Z0-9]*:[^\s]*$")  # pgo:metWith, rule:, pattern:x, quarter:
FILE_NAME = re.compile(r"^([\w./-]*\.(tsv|rules|ttl|jsonl|json|txt|nt|graphml|gexf)|<[\w ]+>)$")
ENV_NAME = re.compile(r"^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$")
HAS_LETTER = re.compile(r"[A-Za-z]")
ESCAPE = re.compile(r"\\(x[0-9A-Fa-f]+|[0-7]{1,3}|u[0-9A-Fa-f]{4}|.)")
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
MESSAGE_CONTEXT = re.compile(r"\bthrow\b|\bcerr\b|<<|\bwarning\s*\(|\btrace\w*\s*\(|\bfail\s*\(|PG_CHECK")
# A literal's other operand that is a field of the data's schema, not text.
SCHEMA_OPERAND = re.compile(r"((\.|\b)(type|kind|scope|subtype|predicate|rule|verb|status|qualifier|event_type|lexical)"
                            r"|\b(cells|args|positional)\s*\[[^\]]*\])\s*$")
TEXT_CALL = re.compile(r"(\b(token_is|text_is|iequals|one_of)|\.(ends_with|starts_with|find|rfind|compare))\s*\($")


def literals(path):
    """The string literals of a C++ file as (line, value, offset), the file's code with
    comments and literals blanked out (same offsets, for context tests), and its source."""
    src = open(path, encoding="utf-8").read()
    out = []
    code = list(src)
    i, n, line = 0, len(src), 1

    def blank(a, b):
        for k in range(a, b):
            if code[k] != "\n":
                code[k] = " "

    while i < n:
        c = src[i]
        if c == "\n":
            line += 1
            i += 1
        elif src.startswith("//", i):
            j = src.find("\n", i)
            j = n if j < 0 else j
            blank(i, j)
            i = j
        elif src.startswith("/*", i):
            j = src.find("*/", i + 2)
            j = n if j < 0 else j + 2
            line += src.count("\n", i, j)
            blank(i, j)
            i = j
        elif c == "'" and not (i > 0 and (src[i - 1].isalnum())):
            # character literal ('"' must not open a string); digit separators (1'000) excluded
            j = i + 1
            while j < n and src[j] != "'":
                j += 2 if src[j] == "\\" else 1
            blank(i, j + 1)
            i = j + 1
        elif c == "R" and src.startswith('R"', i) and not (i > 0 and (src[i - 1].isalnum() or src[i - 1] == "_")):
            k = src.find("(", i)
            delim = src[i + 2:k]
            end = src.find(")" + delim + '"', k)
            value = src[k + 1:end]
            out.append((line, value, i))
            j = end + len(delim) + 2
            line += src.count("\n", i, j)
            blank(i, j)
            i = j
        elif c == '"':
            j = i + 1
            chars = []
            while j < n and src[j] != '"':
                if src[j] == "\\":
                    chars.append(src[j:j + 2])
                    j += 2
                else:
                    chars.append(src[j])
                    j += 1
            out.append((line, "".join(chars), i))
            blank(i, j + 1)
            i = j + 1
        else:
            i += 1
    return out, "".join(code), src


def statement_around(code, offset):
    """The code of the statement holding `offset`: from the previous ';', '{' or '}' to the next ';'."""
    start = max(code.rfind(";", 0, offset), code.rfind("{", 0, offset), code.rfind("}", 0, offset)) + 1
    end = code.find(";", offset)
    return code[start:end if end >= 0 else len(code)]


def text_test(code, offset, length):
    """The literal at `offset` is compared with text (a token, a word) or passed to a text
    test, rather than compared with a field of the data's schema (`.type == "Visit"`)."""
    before = code[max(0, offset - 80):offset]
    after = code[offset + length:offset + length + 80]
    m = re.search(r"(\S[^;{}=!&|?:,(]*?)\s*(==|!=)\s*$", before)
    if m:
        return not SCHEMA_OPERAND.search(m.group(1))
    m = re.match(r"\s*(==|!=)\s*([^;{}&|?:,)]*)", after)
    if m:
        return not SCHEMA_OPERAND.search(m.group(2))
    # an argument of a text predicate: token_is(s, k, "member")
    depth = 0
    for k in range(len(before) - 1, -1, -1):
        ch = before[k]
        if ch == ")":
            depth += 1
        elif ch == "(":
            if depth == 0:
                return bool(TEXT_CALL.search(before[:k + 1]))
            depth -= 1
        elif ch in ";{}":
            break
    return False


def braced_list(code, offset, offsets):
    """The literals (offsets) of the innermost braced list around `offset`, if it is one."""
    depth = 0
    for k in range(offset - 1, -1, -1):
        ch = code[k]
        if ch == "}":
            depth += 1
        elif ch == "{":
            if depth == 0:
                break
            depth -= 1
        elif ch == ";" and depth == 0:
            return []
    else:
        return []
    # A block ("f(...) {", "} else {", "... const {") holds statements, not a list of words.
    if re.search(r"(\)|\b(const|noexcept|override|else|do|try))\s*$", code[:k]):
        return []
    end = code.find("}", offset)
    return [o for o in offsets if k < o < end]


def is_identifier(value):
    return bool(SNAKE.match(value) or ENV_NAME.match(value) or PREFIXED_ID.match(value) or FILE_NAME.match(value)
                or value in SCHEMA_NAMES)


def classify(rel, value, code, offset, length, line_text, values_at):
    """None when counted, else the reason it is not."""
    if line_text.lstrip().startswith("#"):
        return "preprocessor"
    value = ESCAPE.sub("", value)
    if not HAS_LETTER.search(value):
        return "no letters"
    if rel.startswith("src/extract/engine/") and value in ENGINE_SYNTAX:
        return "engine syntax"
    words = WORD.findall(value)
    if words and all(w.lower() in FUNCTION_WORDS for w in words) and not re.search(r"[^A-Za-z\s'’-]", value):
        return "function words"
    if MESSAGE_CONTEXT.search(statement_around(code, offset)):
        return "message"
    if SNAKE.match(value) or ENV_NAME.match(value):
        return "identifier (snake_case)"
    if PREFIXED_ID.match(value):
        return "identifier (prefixed id)"
    if FILE_NAME.match(value):
        return "identifier (file name)"
    if value in SCHEMA_NAMES and not text_test(code, offset, length):
        # a schema name inside a list of words ("planned" among "expected", "scheduled") is a word
        listed = [values_at[o] for o in braced_list(code, offset, values_at)]
        words = [v for v in listed if not is_identifier(v) and not all(w.lower() in FUNCTION_WORDS for w in WORD.findall(v))]
        if len(listed) >= 3 and 2 * len(words) >= len(listed):
            return None
        return "identifier (schema name)"
    return None


def scanned_files(root):
    files = []
    for base in ("src/extract", "include/pressgraph/extract"):
        for dirpath, _, names in os.walk(os.path.join(root, base)):
            for name in names:
                if name.endswith((".cpp", ".hpp")):
                    files.append(os.path.join(dirpath, name))
    files.append(os.path.join(root, "src/util/calendar_names.cpp"))
    return sorted(files)


def group_of(rel):
    parts = rel.split("/")
    if rel.startswith("src/extract/") and len(parts) > 3:
        return "src/extract/" + parts[2]
    return os.path.dirname(rel)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--root", default=os.path.dirname(here))
    ap.add_argument("--max", type=int, help="fail when the total exceeds this ceiling")
    ap.add_argument("--verbose", action="store_true", help="also list the literals not counted, with why")
    ap.add_argument("--quiet", action="store_true", help="print only the counts (and the literals when over --max)")
    args = ap.parse_args()

    counted = []
    skipped = []
    for path in scanned_files(args.root):
        rel = os.path.relpath(path, args.root)
        found, code, src = literals(path)
        lines = src.split("\n")
        values_at = {offset: value for _, value, offset in found}
        for line, value, offset in found:
            length = len(value) + 2
            why = classify(rel, value, code, offset, length, lines[line - 1], values_at)
            (skipped if why else counted).append((rel, line, value, why))

    total = len(counted)
    over = args.max is not None and total > args.max
    if not args.quiet or over:
        for rel, line, value, _ in counted:
            print(f'{rel}:{line}: "{value}"')
    if args.verbose:
        print("\nnot counted:")
        for rel, line, value, why in skipped:
            print(f'{rel}:{line}: "{value}"  ({why})')
    per_group = Counter(group_of(rel) for rel, *_ in counted)
    print("\nEnglish literals per folder:")
    groups = sorted(set(per_group) | {group_of(os.path.relpath(p, args.root)) for p in scanned_files(args.root)})
    for g in groups:
        print(f"  {per_group.get(g, 0):5d}  {g}")
    entities = per_group.get("src/extract/entities", 0)
    print(f"  ({total - entities} outside src/extract/entities, {entities} in it)")
    print(f"extraction literals: {total}" + (f" (ceiling {args.max})" if args.max is not None else ""))
    if over:
        print(f"FAIL: {total} English literals in the extraction C++, more than the ceiling {args.max}: "
              "move the new ones to ontology/rules/word_classes.tsv", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
