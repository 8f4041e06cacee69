// Where startup's time goes, step by step, in CPU time as well as wall time: on a shared
// machine the wall time of one run swings with the load, its CPU time far less.
// Run: node --expose-gc --import tsx bench/startup-steps.ts DATADIR
import { performance } from 'node:perf_hooks';
import { ArchiveSearch } from '../src-main/core/search/archive-search';
import { UserSearch } from '../src-main/core/search/user-search';
import { BodyStore } from '../src-main/core/store/bodies';
import { CatalogueStore } from '../src-main/core/store/catalogue';
import { UserDataStore } from '../src-main/core/store/userdata';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: bench/startup-steps.ts DATADIR');

async function step<T>(label: string, run: () => Promise<T> | T): Promise<T> {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const value = await run();
  const used = process.cpuUsage(cpu);
  const ms = (n: number): string => n.toFixed(0).padStart(6);
  console.log(
    `${label.padEnd(34)} wall ${ms(performance.now() - wall)} ms  cpu ${ms((used.user + used.system) / 1000)} ms`,
  );
  return value;
}

const start = performance.now();
const warnings: string[] = [];
const catalogue = await step('catalogue open', () => CatalogueStore.open(dataDir, warnings));
const userData = await step('user data open', () => UserDataStore.open(dataDir, warnings));
const search = await step('search tables', () => {
  const bodies = new BodyStore(dataDir, warnings);
  return new ArchiveSearch(catalogue, bodies, new UserSearch(userData), dataDir, warnings);
});
await step('first page', () => search.search({ query: '', filters: {}, sort: 'date-desc', offset: 0, limit: 100 }));
console.log(`startup to first page: ${(performance.now() - start).toFixed(0)} ms`);
await step('threads ready', () => search.threadsReady);
await step('index ready', () => search.ready);
console.log(
  `articles ${Object.keys(catalogue.data.articles).length}, rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB, warnings ${warnings.length}`,
);
await userData.close();
