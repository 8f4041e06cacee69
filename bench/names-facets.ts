// What does one name across scripts cost the facets? Builds the facet table over N rows
// (default 100,000) whose agencies and places are drawn from the spellings wire copy uses
// (SANA/САНА/سانا, Damascus/Дамаск/دمشق/damascus/DAMASCUS…) plus thousands of names the
// gazetteer does not know, then times building the table and counting every facet.
// Run: npm run bench:names -- [N]
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { ArticleRow } from '../src-main/core/search/compile-query';
import { FacetTable } from '../src-main/core/search/facets';
import { entityForField, findEntity, gazetteerCounts } from '../src-main/core/names';

const N = Number(process.argv[2] ?? 100_000);
const AGENCIES = ['SANA', 'САНА', 'سانا', 'Reuters', 'REUTERS', 'Рейтер', 'رويترز', 'AFP', 'ТАСС', 'TASS', 'dpa'];
const PLACE = 'place/damascus';
const PLACES = ['Damascus', 'DAMASCUS', 'damascus', 'Дамаск', 'دمشق', 'Moscow', 'МОСКВА', 'Москва', 'موسكو', 'aleppo'];

/** Known spellings most of the time, and 5,000 distinct unknown ones, as a large archive holds. */
function rows(n: number): ArticleRow[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `a${i}`,
    title: '',
    date: null,
    language: 'en',
    agency: i % 10 === 0 ? `Outlet ${i % 2000}` : AGENCIES[i % AGENCIES.length]!,
    place: i % 4 === 0 ? `Village ${i % 5000}` : PLACES[i % PLACES.length]!,
    folder: '/news',
    status: 'usable',
    versionCount: 1,
  }));
}

function time<T>(run: () => T): [T, number] {
  const start = performance.now();
  const out = run();
  return [out, performance.now() - start];
}

const [, load] = time(() => gazetteerCounts());
const data = rows(N);
// The machine is shared: the fastest of five runs is the cost, the rest is waiting.
const fastest = <T>(run: () => T): [T, number] => {
  const runs = Array.from({ length: 5 }, () => time(run));
  return runs.reduce((a, b) => (b[1] < a[1] ? b : a));
};
const [table, build] = fastest(() => new FacetTable(data));
const [outcome, count] = fastest(() => table.select(null, {}));
const [, selectOne] = fastest(() => table.select(null, { place: [PLACE] }));
const distinct = [...new Set(data.flatMap((r) => [r.agency!, r.place!]))];
const [, lookups] = fastest(() => distinct.map((s) => findEntity(s)));
// What `place:Damascus` adds to a search: the entity test over every row (compile-query.ts).
const [, placeTest] = fastest(() => data.filter((r) => entityForField('place', r.place!)?.id === 'place/damascus'));
console.log(
  `load average ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')}`,
);
console.log(`${distinct.length} distinct spellings looked up (unremembered): ${lookups.toFixed(1)} ms`);
console.log(`gazetteer first load: ${load.toFixed(1)} ms`);
console.log(
  `${N} rows: facet table ${build.toFixed(0)} ms, count all ${count.toFixed(0)} ms, select one place ${selectOne.toFixed(0)} ms`,
);
console.log(`place:Damascus entity test over ${N} rows: ${placeTest.toFixed(0)} ms`);
console.log(`top agency ${JSON.stringify(outcome.facets.agency[0])}`);
