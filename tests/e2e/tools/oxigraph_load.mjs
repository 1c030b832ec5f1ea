// Loads one RDF file into an Oxigraph store in strict mode and prints the triple count.
// Usage: node oxigraph_load.mjs FILE [MEDIA_TYPE]   (default text/turtle)
// Exits 1 with Oxigraph's parser message when the file does not load.
import { readFileSync } from 'node:fs';
import { requireModule } from '../helpers.mjs';

const [file, format = 'text/turtle'] = process.argv.slice(2);
if (!file) {
  console.error('usage: node oxigraph_load.mjs FILE [MEDIA_TYPE]');
  process.exit(2);
}
const oxigraph = await requireModule('oxigraph');
const store = new oxigraph.Store();
try {
  store.load(readFileSync(file), { format });
} catch (e) {
  console.error(`oxigraph: ${file}: ${e.message}`);
  process.exit(1);
}
console.log(store.size);
