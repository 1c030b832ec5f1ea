// Loads one RDF file into an Oxigraph store in strict mode, runs a SPARQL SELECT and
// prints the value of its first variable, one result a line (the pgo, rdf, rdfs and xsd
// prefixes are declared). Usage: node oxigraph_select.mjs FILE MEDIA_TYPE QUERY
import { readFileSync } from 'node:fs';
import { requireModule } from '../helpers.mjs';

const [file, format, query] = process.argv.slice(2);
if (!query) {
  console.error('usage: node oxigraph_select.mjs FILE MEDIA_TYPE QUERY');
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
const prefixes = `PREFIX pgo: <https://w3id.org/pressgraph/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
`;
for (const binding of store.query(prefixes + query)) {
  const term = binding.values().next().value;
  if (term) console.log(term.value);
}
