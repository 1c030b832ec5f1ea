// The example SPARQL queries of docs/queries/*.rq, run as written against the Turtle
// export of the bundled corpus, loaded by Oxigraph in strict mode. The assertions state
// what the corpus says.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { SOURCE_DIR, buildCorpus, requireModule } from './helpers.mjs';

const oxigraph = await requireModule('oxigraph');
const QUERIES = join(SOURCE_DIR, 'docs', 'queries');
const ID = 'https://w3id.org/pressgraph/id/';

function readQuery(name) {
  return readFileSync(join(QUERIES, name), 'utf8');
}

/// Runs a SELECT; returns one plain object per solution, variable -> term value
/// (IRIs shortened by the resource namespace), unbound variables absent.
function select(store, query) {
  return store.query(query).map((binding) => {
    const row = {};
    for (const [name, term] of binding.entries()) {
      row[name] = term.value.startsWith(ID) ? term.value.slice(ID.length) : term.value;
    }
    return row;
  });
}

const show = (rows) => JSON.stringify(rows, null, 1);

describe('docs/queries/*.rq on the bundled corpus in Oxigraph', () => {
  let store;

  before(() => {
    const build = buildCorpus('ttl');
    store = new oxigraph.Store();
    // Strict mode (no `lenient`), as in turtle_oxigraph.test.mjs.
    store.load(readFileSync(join(build.dir, 'pressgraph.ttl')), { format: 'text/turtle' });
  });

  test('every query file parses and every file starts with a comment block', () => {
    for (const name of ['meetings-between-lavrov-and-belarusian-foreign-ministers.rq',
                        'foreign-minister-of-belarus-on-date.rq',
                        'documents-approved-by-supreme-state-council.rq',
                        'events-of-lukashenko-in-2024.rq',
                        'connected-within-n-hops.rq',
                        'agreement-lifecycle.rq']) {
      const text = readQuery(name);
      assert.match(text, /^# /, `${name} does not start with a comment`);
      assert.doesNotThrow(() => store.query(text), `${name} does not run`);
    }
  });

  // Corpus 000 and 004: "During his visit [November 21-22, Brest], Sergey Lavrov will meet
  // with Foreign Minister of the Republic of Belarus Maxim Ryzhenkov".
  test('1. Lavrov meets Foreign Minister Maxim Ryzhenkov in Brest on 2024-11-21', () => {
    const rows = select(store, readQuery('meetings-between-lavrov-and-belarusian-foreign-ministers.rq'));
    assert.ok(rows.length > 0, 'no meetings at all');
    const brest = rows.filter((r) => r.ministerLabel === 'Maxim Ryzhenkov' && r.start === '2024-11-21' &&
                                     r.placeLabel === 'Brest');
    assert.ok(brest.length > 0, `no meeting with Ryzhenkov on 2024-11-21 in Brest: ${show(rows)}`);
    const ministers = new Set(rows.map((r) => r.ministerLabel));
    assert.ok(ministers.has('Sergey Aleinik'), `no meeting with Aleinik: ${[...ministers].join(', ')}`);
  });

  // Corpus 001 (2024-06-24) and 000: "Foreign Minister of Belarus Sergey Aleinik"; corpus 002:
  // "Maxim Ryzhenkov, who was appointed Foreign Minister of Belarus on June 27" [2024].
  const onDate = (date) => {
    const q = readQuery('foreign-minister-of-belarus-on-date.rq');
    assert.match(q, /"2024-07-01"\^\^xsd:date/);
    return select(store, q.replaceAll('"2024-07-01"^^xsd:date', `"${date}"^^xsd:date`));
  };

  test('2a. the Foreign Minister of Belarus on 2024-06-01 is Sergey Aleinik', () => {
    const rows = onDate('2024-06-01');
    assert.deepEqual(rows.map((r) => r.holderLabel), ['Sergey Aleinik'], show(rows));
  });

  test('2b. the Foreign Minister of Belarus on 2024-07-01 is Maxim Ryzhenkov', () => {
    const rows = onDate('2024-07-01');
    assert.deepEqual(rows.map((r) => r.holderLabel), ['Maxim Ryzhenkov'], show(rows));
  });

  test('3. the Supreme State Council of the Union State approved at least one agreement', () => {
    const rows = select(store, readQuery('documents-approved-by-supreme-state-council.rq'));
    assert.ok(rows.length > 0, 'no pgo:approvedBy the Supreme State Council');
    for (const r of rows) assert.match(r.councilLabel, /Supreme State Council/);
  });

  // Corpus 001/002: the Guidelines for Implementing the Provisions of the Treaty Establishing
  // the Union State for 2024-2026 were approved by the Supreme State Council in St Petersburg
  // on January 29, 2024.
  test('3b. the SSC approved the 2024-2026 Guidelines on 2024-01-29', () => {
    const rows = select(store, readQuery('documents-approved-by-supreme-state-council.rq'));
    const guidelines = rows.filter((r) => /Guidelines/.test(r.agreementLabel ?? '') &&
                                          /2024-2026/.test(r.agreementLabel) &&
                                          [r.approvalDate, r.agreementDate].includes('2024-01-29'));
    assert.ok(guidelines.length > 0, show(rows));
  });

  test('4. Lukashenko\'s events of 2024 are all dated 2024 and include the 2024-06-24 Minsk meeting', () => {
    const rows = select(store, readQuery('events-of-lukashenko-in-2024.rq'));
    assert.ok(rows.length >= 3, `too few events: ${show(rows)}`);
    for (const r of rows) assert.match(r.start, /^2024/, `event not in 2024: ${show(r)}`);
    // Corpus 001: the programme of Lavrov's June 24-25 visit to Minsk includes a meeting
    // with President Alexander Lukashenko.
    assert.ok(rows.some((r) => r.start === '2024-06-24' && r.placeLabel === 'Minsk'), show(rows));
    // Every row really has Lukashenko as a participant (the query is not just "2024 events").
    const all = select(store, `PREFIX pgo: <https://w3id.org/pressgraph/ontology#>
      SELECT ?e WHERE { ?e pgo:participant|pgo:chair <${ID}person/alexander-lukashenko> }`);
    const his = new Set(all.map((r) => r.e));
    for (const r of rows) assert.ok(his.has(r.event), `${r.event} lacks Lukashenko`);
  });

  test('5. Sergey Lavrov and Alexander Lukashenko are connected within 3 hops', () => {
    const rows = select(store, readQuery('connected-within-n-hops.rq'));
    assert.equal(rows.length, 1, show(rows));
    assert.equal(rows[0].from, 'person/sergey-lavrov');
    assert.equal(rows[0].to, 'person/alexander-lukashenko');
    const hops = Number(rows[0].hops);
    assert.ok(hops >= 1 && hops <= 3, show(rows));
  });

  test('5b. the hop bound: on a chain a-b-c-d-e, a reaches d in 3 hops and e not at all', () => {
    // a metWith b, c metWith b (the inverse direction), c and d share an event, d metWith e.
    const chain = new oxigraph.Store();
    chain.load(`@prefix pgo: <https://w3id.org/pressgraph/ontology#> .
      @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
      @prefix : <${ID}person/> .
      :a rdfs:label "Sergey Lavrov" ; pgo:metWith :b .
      :c pgo:metWith :b .
      <${ID}event/e1> pgo:participant :c , :d .
      :d rdfs:label "Alexander Lukashenko" ; pgo:metWith :e .
      :e rdfs:label "Fifth Person" .`, { format: 'text/turtle' });
    const rows = select(chain, readQuery('connected-within-n-hops.rq'));
    assert.deepEqual(rows.map((r) => [r.to, r.hops]), [['person/d', '3']], show(rows));
    const beyond = readQuery('connected-within-n-hops.rq').replace('"Alexander Lukashenko"', '"Fifth Person"');
    assert.deepEqual(select(chain, beyond), []);
  });

  // One row per agreement with a reported step; stage and dates from the merge's lifecycle.
  test('6. agreement lifecycles: announced ones stay planned, reported ones are signed or approved, no plan left beside a report', () => {
    const rows = select(store, readQuery('agreement-lifecycle.rq'));
    assert.ok(rows.length > 0, 'no agreement has a pgo:lifecycleStage');
    const byLabel = new Map(rows.map((r) => [r.agreementLabel, r]));
    assert.equal(byLabel.size, rows.length, `an agreement has two rows (two nodes or two stages): ${show(rows)}`);
    for (const r of rows) {
      assert.ok(['planned', 'signed', 'approved'].includes(r.stage), show(r));
      if (r.stage === 'planned') assert.ok(!r.signedOn && !r.approvedOn, `planned but dated as done: ${show(r)}`);
      if (r.stage === 'signed') assert.ok(!r.approvedOn, `signed but approved: ${show(r)}`);
    }
    // Corpus 000 and 004 (2024-11-22): "The ministers are expected to sign a bilateral
    // declaration on enhancing the role of international law ...": announced, not signed.
    const declaration = rows.find((r) => /^declaration on enhancing the role of international law/i.test(r.agreementLabel ?? ''));
    assert.ok(declaration, `no declaration on international law: ${show(rows)}`);
    assert.equal(declaration.stage, 'planned', show(declaration));
    assert.equal(declaration.announcedOn, '2024-11-22', show(declaration));
    // Corpus 000: "the Supreme State Council ... is planning to approve the Security Concept
    // of the Union State and sign ...": the approval is announced, not done.
    const concept = rows.find((r) => r.agreementLabel === 'Security Concept of the Union State');
    assert.ok(concept, `no Security Concept: ${show(rows)}`);
    assert.equal(concept.stage, 'planned', show(concept));
    // Corpus 003: Makei's visit to Moscow "on June 4-5 [2017] ... included ... the signing
    // of a joint ministerial statement".
    const statement = rows.find((r) => r.agreementLabel === 'joint ministerial statement');
    assert.ok(statement, `no joint ministerial statement: ${show(rows)}`);
    assert.deepEqual([statement.stage, statement.signedOn], ['signed', '2017-06-04'], show(statement));
    // Supersession: no agreement keeps an announced signing next to a reported one.
    const leftover = select(store, `PREFIX pgo: <https://w3id.org/pressgraph/ontology#>
      PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
      SELECT ?a WHERE { ?a pgo:signedOn ?d . ?st rdf:subject ?a ; rdf:predicate pgo:signedAt ; pgo:planned true }`);
    assert.deepEqual(leftover, [], show(leftover));
  });
});
