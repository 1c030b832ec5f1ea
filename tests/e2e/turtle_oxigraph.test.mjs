// The Turtle and N-Triples exports of the bundled corpus, loaded by Oxigraph in strict
// mode and queried with SPARQL, as a downstream user would.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { buildCorpus, requireModule } from './helpers.mjs';

const oxigraph = await requireModule('oxigraph');

const PREFIXES = `
PREFIX pgo: <https://w3id.org/pressgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
`;

function load(file, format) {
  const store = new oxigraph.Store();
  // Strict mode (no `lenient`): any IRI or literal that Oxigraph would refuse fails here.
  store.load(readFileSync(file), { format });
  return store;
}

function select(store, query, variable) {
  return store.query(PREFIXES + query).map((binding) => binding.get(variable).value);
}

describe('Turtle export of the bundled corpus in Oxigraph', () => {
  let build;
  let turtle;

  before(() => {
    build = buildCorpus('ttl,nt,graphml');
    turtle = load(join(build.dir, 'pressgraph.ttl'), 'text/turtle');
  });

  test('loads strictly with as many triples as the summary reports', () => {
    assert.ok(turtle.size > 0, 'the Turtle export holds no triples');
    assert.equal(turtle.size, build.summary.triples);
  });

  test('people the corpus introduces with a title are pgo:Person with their label', () => {
    const labels = new Set(select(turtle, 'SELECT ?l WHERE { ?p a pgo:Person ; rdfs:label ?l }', 'l'));
    for (const name of ['Sergey Lavrov', 'Alexander Lukashenko', 'Maxim Ryzhenkov',
                        'Natalya Kochanova', 'Pyotr Parkhomchik']) {
      assert.ok(labels.has(name), `no pgo:Person labelled "${name}"; people found: ${[...labels].sort().join(', ')}`);
    }
  });

  test('Russia and Belarus are countries', () => {
    const labels = select(turtle, 'SELECT ?l WHERE { ?c a pgo:Country ; rdfs:label ?l }', 'l');
    assert.ok(labels.some((l) => /Russia/.test(l)), `no pgo:Country for Russia: ${labels.join(', ')}`);
    assert.ok(labels.some((l) => /Belarus/.test(l)), `no pgo:Country for Belarus: ${labels.join(', ')}`);
  });

  test('every pgo:Person and pgo:Country has an rdfs:label', () => {
    const unlabelled = select(turtle, `
      SELECT ?x WHERE {
        VALUES ?type { pgo:Person pgo:Country }
        ?x a ?type .
        FILTER NOT EXISTS { ?x rdfs:label ?l }
      }`, 'x');
    assert.deepEqual(unlabelled, [], `resources without rdfs:label: ${unlabelled.join(', ')}`);
  });

  test('N-Triples export loads strictly and holds the same triples as the Turtle', () => {
    const ntriples = load(join(build.dir, 'pressgraph.nt'), 'application/n-triples');
    assert.equal(ntriples.size, turtle.size);
    // Same set of triples, not just the same count: every N-Triples triple is in the Turtle
    // store (blank nodes aside, whose labels differ between two parses).
    const missing = ntriples.match(null, null, null, null)
      .filter((q) => q.subject.termType !== 'BlankNode' && q.object.termType !== 'BlankNode')
      .filter((q) => turtle.match(q.subject, q.predicate, q.object, q.graph).length === 0);
    assert.deepEqual(missing.slice(0, 5).map(String), [], `${missing.length} N-Triples triples not in the Turtle`);
  });
});
