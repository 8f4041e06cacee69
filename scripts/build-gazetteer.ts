// Rebuilds src-main/core/names/data/gazetteer.json from i18n-iso-countries (country names
// in English, Russian and Arabic) and the hand-kept lists in scripts/gazetteer/: agencies,
// places, and the countries' short names and aliases. Russian spellings get their case
// forms. Run with `npm run gazetteer`; SOURCES.md beside the data says where each list comes from.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import type { EntityKind, EntityRow, GazetteerData } from '../src-main/core/names/gazetteer-data';
import { nameKey } from '../src-main/core/names/name-key';
import { russianCaseForms } from '../src-main/core/names/russian-cases';

const LISTS = new URL('./gazetteer/', import.meta.url);
const OUT = new URL('../src-main/core/names/data/gazetteer.json', import.meta.url);
const LANGS = ['en', 'ru', 'ar'] as const;

const require = createRequire(import.meta.url);
for (const lang of LANGS) countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));

/** The rows of a tab-separated list, comments and blank lines left out. */
function readList(name: string): string[][] {
  return readFileSync(new URL(name, LISTS), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.split('\t').map((cell) => cell.trim()));
}

const split = (cell: string | undefined): string[] => (cell ?? '').split('|').filter(Boolean);
const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * Every spelling with the Russian ones declined, and the Arabic ones also with a bare
 * alef where a word starts with hamza: ألمانيا is often typed المانيا, which nameKey then
 * reads as the article and drops.
 */
function withCases(spellings: readonly string[]): string[] {
  return spellings.flatMap((s) => {
    if (CYRILLIC.test(s)) return russianCaseForms(s);
    const bare = s.replace(/(^|\s)[أإآ]/gu, '$1ا');
    return bare === s ? [s] : [s, bare];
  });
}

interface Draft {
  id: string;
  kind: EntityKind;
  labels: [string, string, string];
  country: string;
  spellings: string[];
}

function countryDrafts(): Draft[] {
  const extra = new Map(readList('countries-extra.tsv').map((row) => [row[0]!, row]));
  const codes = new Set([...Object.keys(countries.getAlpha2Codes()), ...extra.keys()]);
  return [...codes].map((code) => {
    const names = LANGS.map((lang) => countries.getName(code, lang, { select: 'all' }) ?? []);
    const row = extra.get(code);
    const short = split(row?.[1]);
    const labels = LANGS.map((_, i) => short[i] ?? names[i]![0] ?? short[0] ?? code) as Draft['labels'];
    return {
      id: `country/${code.toLowerCase()}`,
      kind: 'country',
      labels,
      country: '',
      spellings: withCases([...labels, ...names.flat(), ...split(row?.[2])]),
    };
  });
}

function placeDrafts(): Draft[] {
  return readList('places.tsv').map(([id, country, en, ru, ar]) => {
    const names = [split(en), split(ru), split(ar)];
    return {
      id: `place/${id}`,
      kind: 'place',
      labels: names.map((n) => n[0]!.replace(/ \(.*\)$/u, '')) as Draft['labels'],
      country: country!.toLowerCase(),
      spellings: withCases(names.flat()),
    };
  });
}

function agencyDrafts(): Draft[] {
  return readList('agencies.tsv').map(([id, en, ru, ar, others]) => ({
    id: `agency/${id}`,
    kind: 'agency',
    labels: [en!, ru!, ar!],
    country: '',
    spellings: [en!, ru!, ar!, ...split(others)],
  }));
}

// Countries and places share the Places facet, so a key goes to the first that claims it:
// countries before cities (Алжир, تونس, الكويت are the country and its capital alike).
function toRows(drafts: Draft[]): { rows: EntityRow[]; clashes: string[] } {
  const owner = new Map<string, string>();
  const clashes: string[] = [];
  const rows = drafts.flatMap((d): EntityRow[] => {
    const group = d.kind === 'agency' ? 'agency' : 'place';
    const keys = [...new Set(d.spellings.map(nameKey).filter(Boolean))].filter((key) => {
      const taken = owner.get(`${group}:${key}`);
      if (taken && taken !== d.id) clashes.push(`${key}: ${taken} over ${d.id}`);
      else owner.set(`${group}:${key}`, d.id);
      return !taken || taken === d.id;
    });
    // A city-state's city (Monaco) is its country: every spelling is already taken.
    if (keys.length === 0) clashes.push(`${d.id} left out: all its spellings name another entity`);
    return keys.length ? [[d.id, d.kind, ...d.labels, d.country, keys.join('|')]] : [];
  });
  return { rows, clashes };
}

const { rows, clashes } = toRows([...countryDrafts(), ...placeDrafts(), ...agencyDrafts()]);
const data: GazetteerData = { version: 1, entities: rows };
const json = `${JSON.stringify(data).replaceAll('],[', '],\n[')}\n`;
writeFileSync(OUT, json);
const kinds = ['agency', 'country', 'place'].map((k) => `${rows.filter((r) => r[1] === k).length} ${k}`);
const keys = rows.reduce((n, r) => n + r[6].split('|').length, 0);
console.log(
  `gazetteer.json: ${kinds.join(', ')}; ${keys} spelling keys; ${(Buffer.byteLength(json) / 1024).toFixed(0)} KB`,
);
console.log(`${clashes.length} spellings kept by the first entity that claimed them:\n  ${clashes.join('\n  ')}`);
