// The phases of `npm run bench` that drive the app, each run in a fresh Node process
// (spawned by run.ts) so its RSS and startup are the app's alone, not the bench's.
// Run directly: node --expose-gc --import tsx bench/run-phases.ts import|startup|search|pdf DATADIR [DIR [WORKERS]]
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { pendingSnippetIds, type FacetFilters, type SearchSort } from '../src-main/contract/search';
import { ArchiveService } from '../src-main/core/service';
import { percentile, rssSampler, timed } from './measure';
import { measurePdf } from './pdf-measure';
import { threadsPhase } from './threads-phase';

export interface BenchQuery {
  query: string;
  filters?: FacetFilters;
}

/** About 30 queries a user of a ru/ar/en wire archive would type: terms, phrases, prefixes, fields, facets, tags. */
export const QUERIES: readonly BenchQuery[] = [
  { query: 'Syria' },
  { query: 'president' },
  { query: 'oil OR gas' },
  { query: '"trade deficit"' },
  { query: 'govern*' },
  { query: 'Putin -Ukraine' },
  { query: 'chemical attack' },
  { query: '"Security Council"' },
  { query: 'football club' },
  { query: 'shares' },
  { query: 'Москва' },
  { query: 'москв*' },
  { query: 'президент' },
  { query: '"в Москве"' },
  { query: 'выборы OR голосование' },
  { query: 'полиция' },
  { query: 'سوريا' },
  { query: 'دمشق' },
  { query: '"الأمم المتحدة"' },
  { query: 'الرئيس' },
  { query: 'حلب OR إدلب' },
  { query: 'سان*' },
  { query: 'lang:ru' },
  { query: 'agency:SANA army' },
  { query: 'date:2016-01..2016-12 army' },
  { query: 'place:Damascus' },
  { query: '', filters: { language: ['ar'] } },
  { query: 'Syria', filters: { period: ['2016'] } },
  { query: 'tag:bench' },
  { query: 'oil', filters: { language: ['en'] } },
  { query: '' },
];

/** Each sort is a first, uncached run: see searchPhase for the order that keeps it so. */
const SORTS: SearchSort[] = ['relevance', 'date-desc'];

export interface ImportPhase {
  cold: { ms: number; imported: number; duplicates: number; rejected: number; filesSeen: number };
  rerun: { ms: number; unchanged: number };
  sampledMb: number;
  maxRssMb: number;
  /**
   * The main thread's event-loop delay during the cold import (how long an IPC call could
   * wait): while files are stored, and after (the search index caught up and saved).
   */
  loopDelay: LoopDelay;
  loopDelayAfter: LoopDelay;
  /** import:progress events per second during the cold import. */
  progressPerSecond: number;
  /** Whether the workers ran the bundled script, as the app does, or the TypeScript source (no build). */
  bundledWorker?: boolean;
  /** Parse workers asked for (`--workers N`); undefined is the app's default, one per core. */
  workers?: number;
}

export interface LoopDelay {
  maxMs: number;
  p99Ms: number;
  meanMs: number;
}

function loopDelay(histogram: IntervalHistogram): LoopDelay {
  const toMs = (ns: number): number => ns / 1e6;
  return { maxMs: toMs(histogram.max), p99Ms: toMs(histogram.percentile(99)), meanMs: toMs(histogram.mean) };
}

/**
 * The parse worker the app runs: the bundled one (`npm run build` writes it), as the
 * Electron shell passes it (shell/main.ts parseOptions). Run from source, each worker also
 * carried tsx's loader, its compile caches and source maps: ~100 MB and a few % of CPU the
 * app never spends. Without a build the source worker is used, and the run says so.
 */
function builtWorker(): { workerScript?: string } {
  const script = resolve('out/main/parse-worker.js');
  return existsSync(script) ? { workerScript: script } : {};
}

async function importPhase(dataDir: string, dir: string, workers?: number): Promise<ImportPhase> {
  const sampler = rssSampler();
  const worker = builtWorker();
  const service = await ArchiveService.open({ dataDir, parse: { workers, ...worker } });
  const storing = monitorEventLoopDelay({ resolution: 10 });
  const after = monitorEventLoopDelay({ resolution: 10 });
  let progress = 0;
  service.onEvent((event, payload) => {
    if (event !== 'import:progress') return;
    progress++;
    // The importer's 'done' comes before the service refreshes and saves the search index.
    if ((payload as { phase: string }).phase !== 'done') return;
    storing.disable();
    after.enable();
  });
  storing.enable();
  const cold = await timed(() => service.importFolder(dir));
  storing.disable();
  after.disable();
  const rerun = await timed(() => service.importFolder(dir));
  await service.close();
  const { sampledMb, maxRssMb } = sampler.stop();
  const c = cold.value;
  return {
    cold: {
      ms: cold.ms,
      imported: c.imported,
      duplicates: c.duplicates,
      rejected: c.rejected.length,
      filesSeen: c.filesSeen,
    },
    rerun: { ms: rerun.ms, unchanged: rerun.value.unchanged },
    sampledMb,
    maxRssMb,
    loopDelay: loopDelay(storing),
    loopDelayAfter: loopDelay(after),
    progressPerSecond: (progress * 1000) / cold.ms,
    workers,
    bundledWorker: worker.workerScript !== undefined,
  };
}

export interface StartupPhase {
  /** Lock and user data open, the list head read: what the window waits for. */
  openMs: number;
  firstPageMs: number;
  /** From the start until the whole service is open (the catalogue read). */
  catalogueMs?: number;
  readyMs: number;
  rssMb: number;
  /** The process's peak RSS (kernel high-water mark): this phase runs alone in its process. */
  maxRssMb: number;
}

// Opened as the app opens it (ArchiveService.openEarly): the user data, then the plain
// list's first page from the head the import phase's close wrote, while the catalogue
// loads; `catalogueMs` is when the whole service is open, `readyMs` when text queries can run.
async function startupPhase(dataDir: string): Promise<StartupPhase> {
  const open = await timed(() => ArchiveService.openEarly({ dataDir }));
  const early = open.value;
  const page = await timed(() =>
    early.handlers['archive:search']({ query: '', filters: {}, sort: 'date-desc', offset: 0, limit: 100 }),
  );
  const whole = await timed(() => early.service);
  const service = whole.value;
  const ready = await timed(() => service.search.ready);
  const rssMb = process.memoryUsage().rss / 2 ** 20;
  await service.close();
  return {
    openMs: open.ms,
    firstPageMs: page.ms,
    catalogueMs: open.ms + page.ms + whole.ms,
    readyMs: whole.ms + ready.ms,
    rssMb,
    maxRssMb: maxRssMb(),
  };
}

export interface SearchPhase {
  /** `snippetMs`: per sort, the follow-up archive:searchSnippets of the first page's rows past the first screen; 0 when none. */
  queries: { query: string; filters: string; ms: number[]; total: number; snippetMs?: number[] }[];
  writes: Record<'tagOne' | 'tagThousand' | 'open' | 'annotate', { p50: number; p95: number; runs: number }>;
  /** Peak RSS of the process over the whole phase: index loaded, queries, tags, annotations. */
  maxRssMb: number;
}

const maxRssMb = (): number => process.resourceUsage().maxRSS / 1024;

async function searchPhase(dataDir: string): Promise<SearchPhase> {
  const service = await ArchiveService.open({ dataDir });
  await service.search.ready;
  // Writes first, so `tag:bench` has something to find.
  const writes = await writePhase(service);
  // Every query by relevance, then every one by date: the service keeps the last four
  // queries' matches for their other sorts (core/search/query-matches.ts), so timing a
  // query's two sorts back to back would time its second as a cache hit, not a search.
  const runs = QUERIES.map(() => ({ ms: [] as number[], snippetMs: [] as number[], total: 0 }));
  for (const sort of SORTS) {
    for (const [i, q] of QUERIES.entries()) {
      const run = runs[i]!;
      const page = await timed(() =>
        service.handlers['archive:search']({ query: q.query, filters: q.filters ?? {}, sort, offset: 0, limit: 100 }),
      );
      run.ms.push(page.ms);
      run.total = page.value.total;
      // As the list does once the page is shown: the snippets of the rows past its first screen.
      const ids = pendingSnippetIds(page.value.items);
      const follow = async (): Promise<unknown> =>
        ids.length && service.handlers['archive:searchSnippets']({ query: q.query, ids });
      run.snippetMs.push(ids.length ? (await timed(follow)).ms : 0);
    }
  }
  const queries: SearchPhase['queries'] = QUERIES.map((q, i) => ({
    query: q.query,
    filters: Object.entries(q.filters ?? {})
      .map(([k, v]) => `${k}=${[v].flat().join('|')}`)
      .join(' '),
    ...runs[i]!,
  }));
  await service.close();
  return { queries, writes, maxRssMb: maxRssMb() };
}

const stats = (times: number[]): { p50: number; p95: number; runs: number } => ({
  p50: percentile(times, 0.5),
  p95: percentile(times, 0.95),
  runs: times.length,
});

async function writePhase(service: ArchiveService): Promise<SearchPhase['writes']> {
  const articles = Object.values(service.catalogue.data.articles);
  const ids = articles.map((a) => a.id);
  const one: number[] = [];
  for (let i = 0; i < 30; i++)
    one.push(
      (await timed(() => service.handlers['tags:apply']({ ids: [ids[i * 7]!], add: ['bench/one'], remove: [] }))).ms,
    );
  // 30 runs like the others: with 10, the "p95" was the single slowest run, one GC pause.
  const thousand: number[] = [];
  for (let i = 0; i < 30; i++) {
    const batch = Array.from({ length: 1000 }, (_, k) => ids[(i * 1000 + k) % ids.length]!);
    thousand.push(
      (await timed(() => service.handlers['tags:apply']({ ids: batch, add: [`bench/batch${i}`], remove: [] }))).ms,
    );
  }
  // A highlight is made in the reader, so its article is open first: the open (a cold body
  // shard read) is timed as its own row, the annotation as the user waits for it.
  const open: number[] = [];
  const annotate: number[] = [];
  const long = articles.filter((a) => a.snippet.length >= 40).slice(0, 30);
  for (const a of long) {
    open.push((await timed(() => service.handlers['archive:get']({ id: a.id }))).ms);
    annotate.push(
      (
        await timed(() =>
          service.handlers['annotations:create']({
            articleId: a.id,
            start: 0,
            end: 20,
            color: 'yellow',
            note: 'bench',
          }),
        )
      ).ms,
    );
  }
  return { tagOne: stats(one), tagThousand: stats(thousand), open: stats(open), annotate: stats(annotate) };
}

async function main(): Promise<void> {
  const [phase, dataDir, dir, workers] = process.argv.slice(2);
  if (!dataDir) throw new Error('usage: run-phases.ts import|startup|search|pdf DATADIR [DIR [WORKERS]]');
  const result =
    phase === 'import'
      ? await importPhase(dataDir, dir!, workers ? Number(workers) : undefined)
      : phase === 'startup'
        ? await startupPhase(dataDir)
        : phase === 'pdf'
          ? await measurePdf(dataDir, 5)
          : phase === 'threads'
            ? await threadsPhase(dataDir)
            : await searchPhase(dataDir);
  console.log(`RESULT ${JSON.stringify(result)}`);
}

if (process.argv[1]?.endsWith('run-phases.ts')) await main();
