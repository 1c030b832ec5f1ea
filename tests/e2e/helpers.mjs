// Shared helpers for the node end-to-end tests (node --test).
// Environment (set by tests/e2e/CMakeLists.txt): PRESSGRAPH, PRESSGRAPH_SOURCE_DIR,
// PRESSGRAPH_CORPUS, SYSTEM_PYTHON.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const E2E_DIR = dirname(fileURLToPath(import.meta.url));
export const SOURCE_DIR = process.env.PRESSGRAPH_SOURCE_DIR ?? join(E2E_DIR, '..', '..');
export const PRESSGRAPH = process.env.PRESSGRAPH ?? join(SOURCE_DIR, 'build', 'pressgraph');
export const CORPUS = process.env.PRESSGRAPH_CORPUS ?? join(SOURCE_DIR, 'corpus');
export const SYSTEM_PYTHON = process.env.SYSTEM_PYTHON ?? '/usr/bin/python3';

/// Imports a package from tests/e2e/node_modules; a missing one is an error that says
/// how to install it (the tests must fail, not skip, without their consumers).
export async function requireModule(name) {
  if (!existsSync(join(E2E_DIR, 'node_modules', name))) {
    throw new Error(`tests/e2e/node_modules/${name} is missing: run scripts/install-dependencies.sh ` +
                    '(it runs npm ci in tests/e2e)');
  }
  return import(name);
}

/// A fresh temp dir, removed when the process exits unless E2E_KEEP=1.
export function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'pressgraph-e2e-'));
  if (process.env.E2E_KEEP !== '1') process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const SUMMARY = /^pressgraph: (\d+) documents \((\d+) rejected\), (\d+) entities, (\d+) events, (\d+) triples, (\d+) graph nodes, (\d+) graph edges, [\d.]+ ?s$/;

/// Parses the closing summary line of pressgraph's stderr.
export function parseSummary(stderr) {
  const lines = stderr.trimEnd().split('\n');
  const last = lines[lines.length - 1];
  const m = SUMMARY.exec(last);
  if (!m) throw new Error(`no summary line at the end of stderr: ${JSON.stringify(last)}`);
  const [documents, rejected, entities, events, triples, nodes, edges] = m.slice(1, 8).map(Number);
  return { documents, rejected, entities, events, triples, nodes, edges };
}

/// Runs `pressgraph ARGS...`; returns { status, stdout, stderr }.
export function runPressgraph(args, { input } = {}) {
  if (!existsSync(PRESSGRAPH)) throw new Error(`pressgraph binary not found at ${PRESSGRAPH}`);
  const r = spawnSync(PRESSGRAPH, args, { input: input ?? '', encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.error) throw r.error;
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/// Runs `pressgraph build` on the bundled corpus into a new temp dir and checks it
/// succeeded; returns { dir, summary, stderr }.
export function buildCorpus(formats = 'ttl,nt,graphml') {
  const dir = tempDir();
  const r = runPressgraph(['build', CORPUS, '-o', dir, '--format', formats]);
  if (r.status !== 0) {
    throw new Error(`pressgraph build exited ${r.status ?? r.signal}; stderr:\n${r.stderr}`);
  }
  return { dir, summary: parseSummary(r.stderr), stderr: r.stderr };
}
