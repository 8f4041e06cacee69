// Where an import's RSS goes (issue 20): a cold import, a re-run and the close, as the
// bench's import phase runs them, with the main thread's memory sampled every 100 ms
// (RSS, heap, array buffers) beside the import's phase, and each parse worker's own heap
// (import-memory-worker.mjs). Needs `npm run build` (the bundled worker, as the app runs).
// Run: node --expose-gc --import tsx bench/import-memory.ts DATADIR DIR
import { readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ArchiveService } from '../src-main/core/service';

const mb = (bytes: number): number => Math.round(bytes / 2 ** 20);

/** The main thread's memory now, in MB, at `s` seconds into `phase`. */
function sampleAt(s: number, phase: string) {
  const { rss, heapUsed, heapTotal, arrayBuffers } = process.memoryUsage();
  return { s, phase, rss: mb(rss), heap: mb(heapUsed), heapTotal: mb(heapTotal), buffers: mb(arrayBuffers) };
}

async function main(): Promise<void> {
  const [dataDir, dir] = process.argv.slice(2);
  if (!dataDir || !dir) throw new Error('usage: import-memory.ts DATADIR DIR');
  const log = resolve(dataDir, '..', `import-memory-${process.pid}.log`);
  process.env.IMPORT_MEMORY_LOG = log;
  process.env.IMPORT_MEMORY_WORKER = resolve('out/main/parse-worker.js');
  const service = await ArchiveService.open({
    dataDir,
    parse: { workerScript: resolve('bench/import-memory-worker.mjs') },
  });
  let phase = 'scanning';
  service.onEvent((event, payload) => {
    if (event === 'import:progress') phase = (payload as { phase: string }).phase;
  });
  const start = performance.now();
  const samples: ReturnType<typeof sampleAt>[] = [];
  const timer = setInterval(() => {
    samples.push(sampleAt(+((performance.now() - start) / 1000).toFixed(1), phase));
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
    .map((line) => JSON.parse(line) as { heapTotal: number });
  rmSync(log, { force: true });
  const summary = {
    imported: cold.imported,
    peak,
    maxRssMb: mb(process.resourceUsage().maxRSS * 1024),
    workerHeapTotalMaxMb: Math.max(...workers.map((w) => w.heapTotal)),
    load: loadavg().map((l) => +l.toFixed(1)),
  };
  console.log(JSON.stringify(summary));
  const every = Math.max(1, Math.floor(samples.length / 20));
  for (let i = 0; i < samples.length; i += every) console.log(JSON.stringify(samples[i]));
}

await main();
