"""Cross-checks `pressgraph path` lengths against networkx on the bundled corpus.

Usage: /usr/bin/python3 paths_networkx.py PRESSGRAPH GRAPHML WORKDIR
GRAPHML is `pressgraph build -f graphml` of the same corpus the binary extracts by default.
The view is the one pressgraph queries: undirected, without nodes whose 'type' is
'Document' and without edges whose 'label' is 'mentionedIn'. 200 random pairs (fixed seed)
go to `pressgraph path --pairs FILE --json`; for each pair both must say "no path" or give
the same shortest length. Exits 1 on any disagreement.
"""
import json
import random
import subprocess
import sys

import networkx as nx

PAIRS = 200
SEED = 20240624


def query_view(path):
    exported = nx.read_graphml(path)
    view = nx.Graph()
    for node, data in exported.nodes(data=True):
        if data.get("type") != "Document":
            view.add_node(node, iri=data["iri"])
    for source, target, data in exported.edges(data=True):
        if data.get("label") != "mentionedIn" and source in view and target in view and source != target:
            view.add_edge(source, target)
    return view


def main() -> int:
    binary, graphml, workdir = sys.argv[1], sys.argv[2], sys.argv[3]
    view = query_view(graphml)
    nodes = sorted(view.nodes, key=lambda n: view.nodes[n]["iri"])
    rng = random.Random(SEED)
    pairs = []
    while len(pairs) < PAIRS:
        a, b = rng.sample(nodes, 2)
        pairs.append((a, b))

    pairs_file = f"{workdir}/pairs.tsv"
    with open(pairs_file, "w", encoding="utf-8") as out:
        for a, b in pairs:
            out.write(f"{view.nodes[a]['iri']}\t{view.nodes[b]['iri']}\n")
    run = subprocess.run([binary, "path", "--pairs", pairs_file, "--json"], capture_output=True, text=True, check=False)
    if run.returncode != 0:
        print(f"FAIL pressgraph path --pairs exited {run.returncode}: {run.stderr}")
        return 1
    answers = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
    if len(answers) != len(pairs):
        print(f"FAIL {len(answers)} answers for {len(pairs)} pairs")
        return 1

    problems = 0
    connected = 0
    for (a, b), answer in zip(pairs, answers):
        try:
            expected = nx.shortest_path_length(view, a, b)
        except nx.NetworkXNoPath:
            expected = None
        got = answer.get("length")
        if expected is not None:
            connected += 1
        if got != expected:
            problems += 1
            print(f"FAIL {view.nodes[a]['iri']} -> {view.nodes[b]['iri']}: networkx {expected}, pressgraph {got}")
        elif got is not None and len(answer["paths"][0]["hops"]) != got:
            problems += 1
            print(f"FAIL {view.nodes[a]['iri']} -> {view.nodes[b]['iri']}: {len(answer['paths'][0]['hops'])} hops for length {got}")
    print(f"{len(pairs)} pairs ({connected} connected), view of {view.number_of_nodes()} nodes and "
          f"{view.number_of_edges()} node pairs, {problems} disagreements")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
