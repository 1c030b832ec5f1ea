// The GraphML export of the bundled corpus, read by graphology-graphml (the JS graph
// library) and by networkx, must give the graph the summary line reports.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { buildCorpus, requireModule, SYSTEM_PYTHON } from './helpers.mjs';

const { default: Graph } = await requireModule('graphology');
const graphml = await requireModule('graphology-graphml');

describe('GraphML export of the bundled corpus in graphology', () => {
  let build;
  let file;
  let graph;

  before(() => {
    build = buildCorpus('graphml');
    file = join(build.dir, 'pressgraph.graphml');
    graph = graphml.parse(Graph, readFileSync(file, 'utf8'));
  });

  test('has nodes and edges', () => {
    assert.ok(graph.order > 0, 'no nodes');
    assert.ok(graph.size > 0, 'no edges');
  });

  test('node and edge counts equal the summary line', () => {
    assert.equal(graph.order, build.summary.nodes);
    assert.equal(graph.size, build.summary.edges);
  });

  test('node and edge counts equal networkx read_graphml', () => {
    const script = 'import sys, networkx as nx\n' +
                   'g = nx.read_graphml(sys.argv[1])\n' +
                   'print(g.number_of_nodes(), g.number_of_edges())\n';
    const r = spawnSync(SYSTEM_PYTHON, ['-c', script, file], { encoding: 'utf8' });
    assert.equal(r.status, 0, `networkx failed (${SYSTEM_PYTHON}): ${r.stderr}`);
    const [nodes, edges] = r.stdout.trim().split(/\s+/).map(Number);
    assert.equal(graph.order, nodes);
    assert.equal(graph.size, edges);
  });

  test('every edge joins two declared nodes and every node carries attributes', () => {
    graph.forEachEdge((edge, attrs, source, target) => {
      assert.ok(graph.hasNode(source) && graph.hasNode(target), `edge ${edge} dangles`);
    });
    const bare = graph.filterNodes((node, attrs) => Object.keys(attrs).length === 0);
    assert.deepEqual(bare, [], 'nodes without any data');
  });
});
