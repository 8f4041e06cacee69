// Where a search's time goes, query by query, on a data dir opened as the scale bench's
// search phase opens it (run-phases.ts): the same writes first, then every bench query
// by relevance and then by date, `rounds` times over. The first round is what the bench
// times; later ones are uncached too (31 queries push each one out of the 4 kept matches
// and the 8 kept results), except `Syria`, whose matches the filtered `Syria` just kept.
// Each search's wall and process CPU time (CPU holds on a loaded machine; it includes
// V8's compiler and GC threads) and the main-thread GC pauses that fell in it.
//   --profile        the first round's searches sampled by V8's profiler, each one's time
//                    put under the stage the sampled function belongs to (by source file)
//   --alloc          the bytes the second round allocated, by allocating function
//   --writes-only    the tag writes alone; --settle: after the catalogue's threads are built
// Writes tags into the data dir: run it on a copy (never on a bench data dir itself).
// Run: node --expose-gc --import tsx bench/search-breakdown.ts DATADIR [ROUNDS] [flags] [--json FILE]
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { Session, type Profiler } from 'node:inspector';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { pendingSnippetIds, type SearchSort } from '../src-main/contract/search';
import { ArchiveService } from '../src-main/core/service';
import { recollQuery } from './recoll';
import { percentile, timed } from './measure';
import { QUERIES } from './run-phases';

const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(name);
const after = (name: string): string | undefined => args[args.indexOf(name) + 1];
const [dataDir, roundsArg] = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--json');
const SORTS: SearchSort[] = ['relevance', 'date-desc'];

/** Stages by the file a sampled function is in: what it ran for. */
const STAGES: [string, RegExp][] = [
  [
    'evaluate',
    /\/(evaluate|index-query|matches|segment|byte-stream|index-positions|search-index|compile-query|query|analyzer|query-matches|column-postings)\.ts/,
  ],
  ['fold', /\/story-fold\.ts/],
  ['order', /\/(sort-hits|result-set|facets|facet-column|day-column|list-order)\.ts/],
  ['rows', /\/(result-rows|article-rows|catalogue[\w-]*|user-search|userdata[\w-]*|snippet-cache)\.ts/],
  ['snippets', /\/(highlight|text-store|word-scan)\.ts/],
  ['gc', /^\(garbage collector\)$/],
];

function stageOf(node: Profiler.ProfileNode): string {
  const { url, functionName } = node.callFrame;
  // The inspector's own dispatch of Profiler.start: the measuring, not the search.
  if (functionName === 'dispatch' && !url) return 'profiler';
  for (const [stage, test] of STAGES) if (test.test(url) || test.test(functionName)) return stage;
  return url ? 'other' : functionName || 'other';
}

/** Sampled milliseconds per stage, by each sample's own (leaf) function. */
function byStage(profile: Profiler.Profile): Record<string, number> {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const out: Record<string, number> = {};
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const stage = stageOf(nodes.get(samples[i]!)!);
    out[stage] = (out[stage] ?? 0) + (deltas[i] ?? 0) / 1000;
  }
  return out;
}

function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) =>
    session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res as T))),
  );
}

async function writes(service: ArchiveService): Promise<{ tagOne: number[]; tagThousand: number[]; cpu: number[] }> {
  const ids = Object.keys(service.catalogue.data.articles);
  const tagOne: number[] = [];
  const tagThousand: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 30; i++)
    tagOne.push(
      (await timed(() => service.handlers['tags:apply']({ ids: [ids[i * 7]!], add: ['bench/one'], remove: [] }))).ms,
    );
  for (let i = 0; i < 30; i++) {
    const batch = Array.from({ length: 1000 }, (_, k) => ids[(i * 1000 + k) % ids.length]!);
    const before = process.cpuUsage();
    tagThousand.push(
      (await timed(() => service.handlers['tags:apply']({ ids: batch, add: [`bench/batch${i}`], remove: [] }))).ms,
    );
    const used = process.cpuUsage(before);
    cpu.push((used.user + used.system) / 1000);
  }
  return { tagOne, tagThousand, cpu };
}

interface QueryFigures {
  query: string;
  shared: boolean;
  total: number;
  ms: Record<SearchSort, number[]>;
  cpu: Record<SearchSort, number[]>;
  stages: Partial<Record<SearchSort, Record<string, number>>>;
  /** Per sort, per round: main-thread GC pauses in the search (ms), `majorGc` 1 when one was a full one. */
  marks: Partial<Record<SearchSort, Record<string, number>[]>>;
}

let marks: Record<string, number> = {};
// GC pauses on the main thread, each put under the search it fell in (by start time).
const pauses: { start: number; ms: number; kind: number }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries())
    pauses.push({ start: e.startTime, ms: e.duration, kind: (e as { detail?: { kind?: number } }).detail?.kind ?? 0 });
}).observe({ entryTypes: ['gc'] });

async function main(): Promise<void> {
  if (!dataDir) throw new Error('usage: search-breakdown.ts DATADIR [ROUNDS] [--profile] [--json FILE]');
  const rounds = Number(roundsArg ?? 5);
  const service = await ArchiveService.open({ dataDir });
  await service.search.ready;
  if (flag('--settle')) {
    await service.search.threadsReady;
    await new Promise((r) => setTimeout(r, 1000));
  }
  const w = await writes(service);
  if (flag('--writes-only')) {
    report([], w, 0);
    return void (await service.close());
  }
  const session = flag('--profile') ? new Session() : null;
  if (session) {
    session.connect();
    await post(session, 'Profiler.enable');
    await post(session, 'Profiler.setSamplingInterval', { interval: 100 });
  }
  const figures: QueryFigures[] = QUERIES.map((q) => ({
    query: q.query + (q.filters ? ` ${JSON.stringify(q.filters)}` : ''),
    shared: recollQuery(q.query, Boolean(q.filters)) !== null,
    total: 0,
    ms: { relevance: [], 'date-desc': [], 'date-asc': [], title: [] },
    cpu: { relevance: [], 'date-desc': [], 'date-asc': [], title: [] },
    stages: {},
    marks: {},
  }));
  for (let round = 0; round < rounds; round++) {
    const sampling = flag('--alloc') && round === 1 ? new Session() : null;
    if (sampling) {
      sampling.connect();
      await post(sampling, 'HeapProfiler.startSampling', {
        samplingInterval: 4096,
        includeObjectsCollectedByMinorGC: true,
        includeObjectsCollectedByMajorGC: true,
      });
    }
    for (const sort of SORTS) {
      for (const [i, q] of QUERIES.entries()) {
        const f = figures[i]!;
        const profiled = session !== null && round === 0;
        if (profiled) await post(session, 'Profiler.start');
        marks = {};
        const startedAt = performance.now();
        const before = process.cpuUsage();
        const page = await timed(() =>
          service.handlers['archive:search']({ query: q.query, filters: q.filters ?? {}, sort, offset: 0, limit: 100 }),
        );
        const used = process.cpuUsage(before);
        if (profiled)
          f.stages[sort] = byStage((await post<{ profile: Profiler.Profile }>(session, 'Profiler.stop')).profile);
        await new Promise((r) => setTimeout(r, 1)); // the observer reports on a later turn
        const gc = pauses.filter((p) => p.start >= startedAt && p.start < startedAt + page.ms);
        if (gc.length) marks.gcPause = gc.reduce((n, p) => n + p.ms, 0);
        if (gc.some((p) => p.kind === 4)) marks.majorGc = 1;
        (f.marks[sort] ??= []).push(marks);
        f.ms[sort].push(page.ms);
        f.cpu[sort].push((used.user + used.system) / 1000);
        f.total = page.value.total;
        const ids = pendingSnippetIds(page.value.items);
        if (ids.length) await service.handlers['archive:searchSnippets']({ query: q.query, ids });
      }
    }
    if (sampling) allocations((await post<{ profile: HeapProfile }>(sampling, 'HeapProfiler.stopSampling')).profile);
  }
  report(figures, w, rounds);
  if (flag('--json')) writeFileSync(after('--json')!, JSON.stringify({ figures, writes: w }, null, 1));
  await service.close();
}

function medianMarks(rounds: Record<string, number>[]): Record<string, number> {
  const names = new Set(rounds.flatMap((r) => Object.keys(r)));
  return Object.fromEntries(
    [...names].map((n) => [
      n,
      percentile(
        rounds.map((r) => r[n] ?? 0),
        0.5,
      ),
    ]),
  );
}

interface HeapNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: HeapNode[];
}
interface HeapProfile {
  head: HeapNode;
}

/** Bytes allocated over one round (both sorts, with the follow-ups), by allocating function. */
function allocations(profile: HeapProfile): void {
  const by = new Map<string, number>();
  const name = (f: HeapNode['callFrame']): string =>
    `${f.functionName || '(anon)'} ${f.url.split('/').slice(-2).join('/')}`;
  // A built-in (no file) is named with the function that called it.
  const walk = (n: HeapNode, parent: string): void => {
    const key = n.callFrame.url ? name(n.callFrame) : `${name(n.callFrame)} < ${parent}`;
    by.set(key, (by.get(key) ?? 0) + n.selfSize);
    for (const c of n.children) walk(c, n.callFrame.url ? name(n.callFrame) : parent);
  };
  walk(profile.head, '');
  const total = [...by.values()].reduce((a, b) => a + b, 0);
  console.log(
    `allocated in round 2: ${(total / 2 ** 20).toFixed(1)} MB (${(total / 2 ** 10 / QUERIES.length / SORTS.length).toFixed(0)} KB a search with its follow-up)`,
  );
  for (const [k, v] of [...by].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(`  ${(v / 2 ** 10).toFixed(0).padStart(7)} KB ${k}`);
}

const fmt = (n: number): string => (n < 10 ? n.toFixed(1) : n.toFixed(0));

const stagesText = (m: Record<string, number>): string =>
  Object.entries(m)
    .filter(([, v]) => v >= 0.3)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${fmt(v)}`)
    .join(' ');

function report(figures: QueryFigures[], w: Awaited<ReturnType<typeof writes>>, rounds: number): void {
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}; ${rounds} rounds`,
  );
  console.log(
    'query | hits | sort | first round: wall ms, cpu ms [its stages, cpu ms] | later rounds: median wall, median cpu [median stages]',
  );
  for (const f of figures) {
    for (const s of SORTS) {
      const later = (xs: number[]): number => percentile(xs.slice(1), 0.5);
      const first = f.stages[s] ?? f.marks[s]?.[0] ?? {};
      console.log(
        `${f.shared ? '*' : ' '} ${f.query} | ${f.total} | ${s} | ${fmt(f.ms[s][0]!)}, ${fmt(f.cpu[s][0]!)} [${stagesText(first)}] | ${fmt(later(f.ms[s]))}, ${fmt(later(f.cpu[s]))} [${stagesText(medianMarks(f.marks[s]?.slice(1) ?? []))}]`,
      );
    }
  }
  const shared = figures.filter((f) => f.shared);
  const pooled = (fs: QueryFigures[], round: number, of: 'ms' | 'cpu' = 'ms'): number[] =>
    fs.flatMap((f) => SORTS.map((s) => f[of][s][round]!));
  const each = (fs: QueryFigures[], of: 'ms' | 'cpu'): string =>
    Array.from({ length: rounds }, (_, r) => fmt(percentile(pooled(fs, r, of), 0.95))).join(', ');
  console.log(`shared p95 per round: wall ${each(shared, 'ms')} ms; cpu ${each(shared, 'cpu')} ms`);
  console.log(`all p95 per round: wall ${each(figures, 'ms')} ms; cpu ${each(figures, 'cpu')} ms`);
  console.log(
    `tag 1: p50 ${fmt(percentile(w.tagOne, 0.5))} p95 ${fmt(percentile(w.tagOne, 0.95))} ms; tag 1,000: p50 ${fmt(percentile(w.tagThousand, 0.5))} p95 ${fmt(percentile(w.tagThousand, 0.95))} ms, cpu p50 ${fmt(percentile(w.cpu, 0.5))} p95 ${fmt(percentile(w.cpu, 0.95))} ms`,
  );
}

await main();
