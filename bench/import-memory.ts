// Where an import's RSS goes (issue 20): a cold import, a re-run and the close, as the
// bench's import phase runs them, with the main thread's memory sampled every 100 ms
// (RSS, heap, array buffers) beside the import's phase, and each parse worker's own heap
// (import-memory-worker.mjs). Needs `npm run build` (the bundled worker, as the app runs).
// Run: node --expose-gc --import tsx bench/import-memory.ts DATADIR DIR
// IMPORT_MEMORY_SNAPSHOT=MB also writes a heap snapshot once the main heap passes MB.
import { readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { getHeapSpaceStatistics, writeHeapSnapshot } from 'node:v8';
import { ArchiveService } from '../src-main/core/service';

const mb = (bytes: number): number => Math.round(bytes / 2 ** 20);

/** The main thread's memory now, in MB, at `s` seconds into `phase`. */
function sampleAt(s: number, phase: string) {
  const { rss, heapUsed, heapTotal, arrayBuffers } = process.memoryUsage();
  return { s, phase, rss: mb(rss), heap: mb(heapUsed), heapTotal: mb(heapTotal), buffers: mb(arrayBuffers) };
}

/** The highest RSS sample of each phase, in phase order. */
function peakByPhase(samples: ReturnType<typeof sampleAt>[]): Record<string, number> {
  const peaks: Record<string, number> = {};
  for (const s of samples) peaks[s.phase] = Math.max(peaks[s.phase] ?? 0, s.rss);
  return peaks;
}

async function main(): Promise<void> {
  const [dataDir, dir] = process.argv.slice(2);
  if (!dataDir || !dir) throw new Error('usage: import-memory.ts DATADIR DIR');
  const log = resolve(dataDir, '..', `import-memory-${process.pid}.log`);
  process.env.IMPORT_MEMORY_LOG = log;
  process.env.IMPORT_MEMORY_WORKER = resolve('out/main/parse-worker.js');
  const service = await ArchiveService.open({
    dataDir,
    // IMPORT_MEMORY_WORKER_MB tries another heap limit for the parse workers (default: workerMemoryMb's).
    parse: {
      workerScript: resolve('bench/import-memory-worker.mjs'),
      ...(process.env.IMPORT_MEMORY_WORKER_MB && { workerMemoryMb: Number(process.env.IMPORT_MEMORY_WORKER_MB) }),
    },
  });
  let phase = 'scanning';
  // What is alive once every file is stored (a full GC first): steadier than a peak RSS, which moves with when GCs run.
  let liveWhenStored: { heap: number; buffers: number } | null = null;
  service.onEvent((event, payload) => {
    if (event === 'import:progress') phase = (payload as { phase: string }).phase;
    if (phase === 'saving' && !liveWhenStored) {
      globalThis.gc?.();
      const { heapUsed, arrayBuffers } = process.memoryUsage();
      liveWhenStored = { heap: mb(heapUsed), buffers: mb(arrayBuffers) };
    }
    // 'done' is the last progress; reconciling the user's work and the search rows' rebuild follow it.
    if (event === 'import:progress' && phase === 'done') phase = 'refresh';
    if (event === 'import:finished') phase = 'finished';
  });
  // The heap's spaces when RSS reaches a new high: what is alive at the peak moment.
  let peakSpaces: Record<string, number> = {};
  let maxRss = 0;
  const snapshotAtMb = Number(process.env.IMPORT_MEMORY_SNAPSHOT ?? Infinity);
  let snapshot = '';
  const start = performance.now();
  const samples: ReturnType<typeof sampleAt>[] = [];
  const timer = setInterval(() => {
    const sample = sampleAt(+((performance.now() - start) / 1000).toFixed(1), phase);
    if (sample.rss > maxRss) maxRss = sample.rss;
    if (sample.rss === maxRss)
      peakSpaces = Object.fromEntries(getHeapSpaceStatistics().map((s) => [s.space_name, mb(s.space_used_size)]));
    samples.push(sample);
    // IMPORT_MEMORY_SNAPSHOT=MB: a heap snapshot (beside DATADIR) the first time the heap passes MB, to see who holds the peak.
    if (sample.heap >= snapshotAtMb && !snapshot)
      snapshot = writeHeapSnapshot(resolve(dataDir, '..', `import-${sample.heap}MB.heapsnapshot`));
  }, 100);
  const cold = await service.importFolder(dir);
  phase = 're-run';
  await service.importFolder(dir);
  phase = 'close';
  await service.close();
  clearInterval(timer);
  const peak = samples.reduce((a, b) => (b.rss > a.rss ? b : a), samples[0]!);
  const workers = readFileSync(log, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { s: number; heap: number; heapTotal: number });
  rmSync(log, { force: true });
  const summary = {
    imported: cold.imported,
    peak,
    maxRssMb: mb(process.resourceUsage().maxRSS * 1024),
    peakSpaces,
    liveWhenStored,
    peakByPhase: peakByPhase(samples),
    workerHeapTotalMaxMb: Math.max(...workers.map((w) => w.heapTotal)),
    workerHeapUsedMaxMb: Math.max(...workers.map((w) => w.heap)),
    cpuS: +(process.cpuUsage().user / 1e6).toFixed(1),
    load: loadavg().map((l) => +l.toFixed(1)),
  };
  console.log(JSON.stringify(summary));
  const every = Math.max(1, Math.floor(samples.length / 20));
  for (let i = 0; i < samples.length; i += every) console.log(JSON.stringify(samples[i]));
  const everyWorker = Math.max(1, Math.floor(workers.length / 10));
  for (let i = 0; i < workers.length; i += everyWorker) console.log('worker', JSON.stringify(workers[i]));
}

await main();
