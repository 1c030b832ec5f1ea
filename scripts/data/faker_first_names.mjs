// Print the first names of every locale of @faker-js/faker as TSV lines:
// locale, name, gender (m = the locale's male list, f = female, u = its generic list).
// Usage: node scripts/data/faker_first_names.mjs /tmp/namesdata/node_modules
// Read by make_given_names.py; the script filters the names (script, words, countries, ...).
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const nodeModules = path.resolve(process.argv[2] ?? '/tmp/namesdata/node_modules');
const require = createRequire(path.join(nodeModules, 'noop.js'));
const pkg = require('@faker-js/faker/package.json');
const entry = require.resolve('@faker-js/faker');
const { allLocales } = await import(pathToFileURL(entry).href);

console.log(`#version\t${pkg.version}\t${pkg.license}`);
const kinds = { male: 'm', female: 'f', generic: 'u' };
for (const locale of Object.keys(allLocales).sort()) {
    const firstNames = allLocales[locale].person?.first_name;
    if (!firstNames) continue;
    for (const [kind, gender] of Object.entries(kinds))
        for (const name of firstNames[kind] ?? []) console.log(`${locale}\t${name}\t${gender}`);
}
