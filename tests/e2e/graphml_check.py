"""Checks a pressgraph GraphML export with networkx and the standard XML parser.

Usage: /usr/bin/python3 graphml_check.py FILE NODES EDGES
(run with Debian's interpreter, which sees python3-networkx). Exits 1 on a failed check.
"""
import re
import sys
import xml.etree.ElementTree as ET

import networkx as nx

NS = "{http://graphml.graphdrawing.org/xmlns}"
ATTR_TYPES = {"boolean", "int", "long", "float", "double", "string"}


def main() -> int:
    path, want_nodes, want_edges = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    problems = []

    graph = nx.read_graphml(path)
    if graph.number_of_nodes() != want_nodes:
        problems.append(f"networkx reads {graph.number_of_nodes()} nodes, the summary says {want_nodes}")
    if graph.number_of_edges() != want_edges:
        problems.append(f"networkx reads {graph.number_of_edges()} edges, the summary says {want_edges}")

    root = ET.parse(path).getroot()
    keys = root.findall(f"{NS}key")
    if not keys:
        problems.append("no <key> declarations")
    for key in keys:
        kid, kfor = key.get("id"), key.get("for")
        if kfor not in ("node", "edge"):
            problems.append(f'key {kid} has for="{kfor}" (want node or edge)')
        if key.get("attr.type") not in ATTR_TYPES:
            problems.append(f"key {kid} has attr.type={key.get('attr.type')!r}")
        if not key.get("attr.name"):
            problems.append(f"key {kid} has no attr.name")

    # Dated facts carry start/end (YYYY-MM-DD), declared as string keys of both domains.
    date = re.compile(r"^\d{4}-\d{2}-\d{2}$")
    for domain in ("node", "edge"):
        for name in ("start", "end"):
            if not any(k.get("for") == domain and k.get("attr.name") == name and k.get("attr.type") == "string" for k in keys):
                problems.append(f'no string key "{name}" for {domain}s')
    edge_start = {k.get("id") for k in keys if k.get("for") == "edge" and k.get("attr.name") == "start"}
    starts = [d.text for e in root.iter(f"{NS}edge") for d in e.findall(f"{NS}data") if d.get("key") in edge_start]
    if not starts:
        problems.append("no edge has a start value")
    elif not all(date.match(v or "") for v in starts):
        problems.append(f"edge start values that are not YYYY-MM-DD: {[v for v in starts if not date.match(v or '')][:3]}")
    dated = [(a.get("start"), a.get("end")) for _, _, a in graph.edges(data=True) if "start" in a]
    if len(dated) != len(starts) or any(not e or s > e for s, e in dated):
        problems.append("networkx reads edge start/end that do not match or run backwards")

    graphs = root.findall(f"{NS}graph")
    if len(graphs) != 1:
        problems.append(f"{len(graphs)} <graph> elements (want 1)")

    for p in problems:
        print(f"FAIL {p}")
    print(f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges, {len(keys)} keys, {len(starts)} dated edges")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
