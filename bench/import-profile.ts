// The cold import alone, with figures that hold on a shared, loaded machine: wall time,
// the process's CPU time (all threads), the main thread's busy share, and memory samples
// (RSS, the main heap, array buffers) to see what holds memory and when.
// Run: [BUILT_WORKER=1|PATH] [PROGRESS=S] node --expose-gc --import tsx bench/import-profile.ts DATADIR DIR [WORKERS [WORKER_HEAP_MB]]
import { performance } from 'node:perf_hooks';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { writeHeapSnapshot } from 'node:v8';
import { readdirSync, readFileSync } from 'node:fs';
import { ArchiveService } from '../src-main/core/service';

/**
 * CPU seconds of each of this process's threads, from /proc (Linux): which thread is the
 * critical path, whatever the load. Read every second and kept per thread, since a parse
 * worker left idle is stopped (parse-pool.ts) before the import's last saves end.
 */
function threadSampler(): () => { name: string; cpuS: number }[] {
  const seen = new Map<string, number>();
  const read = (): void => {
    for (const tid of readdirSync('/proc/self/task')) {
      let stat: string;
      try {
        stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      } catch {
        continue; // the thread ended between the listing and the read
      }
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      seen.set(`${name}#${tid}`, (Number(fields[11]) + Number(fields[12])) / 100);
    }
  };
  const timer = setInterval(read, 1000);
  return () => {
    clearInterval(timer);
    read();
    return [...seen]
      .map(([name, cpuS]) => ({ name, cpuS }))
      .filter((t) => t.cpuS >= 0.5)
      .sort((a, b) => b.cpuS - a.cpuS);
  };
}

interface Sample {
  s: number;
  rss: number;
  heap: number;
  /** The main heap as committed (heapUsed plus what V8 keeps free): what RSS sees. */
  heapTotal: number;
  buffers: number;
}

const mb = (bytes: number): number => Math.round(bytes / 2 ** 20);

async function main(): Promise<void> {
  const [dataDir, dir, workers, memoryMb] = process.argv.slice(2);
  if (!dataDir || !dir) throw new Error('usage: import-profile.ts DATADIR DIR [WORKERS]');
  const service = await ArchiveService.open({
    dataDir,
    parse: {
      workers: workers ? Number(workers) : undefined,
      workerMemoryMb: memoryMb ? Number(memoryMb) : undefined,
      // The app runs the bundled worker (npm run build), not the TypeScript source through tsx, which adds its own loader thread and ~170 MB.
      // BUILT_WORKER=PATH runs another build's worker (one built before a change, to compare).
      ...(process.env.BUILT_WORKER && {
        workerScript: resolve(process.env.BUILT_WORKER === '1' ? 'out/main/parse-worker.js' : process.env.BUILT_WORKER),
      }),
    },
  });
  const samples: Sample[] = [];
  const start = performance.now();
  const sample = (): void => {
    const m = process.memoryUsage();
    samples.push({
      s: (performance.now() - start) / 1000,
      rss: mb(m.rss),
      heap: mb(m.heapUsed),
      heapTotal: mb(m.heapTotal),
      buffers: mb(m.arrayBuffers),
    });
  };
  const timer = setInterval(sample, 250);
  // PROGRESS=S prints the latest sample every S seconds on stderr: a million-file run takes most of an hour.
  const every = Number(process.env.PROGRESS ?? 0);
  const progress = every > 0 ? setInterval(() => console.error(JSON.stringify(samples.at(-1))), every * 1000) : null;
  const threadsAtEnd = threadSampler();
  const cpu0 = process.cpuUsage();
  const elu0 = performance.eventLoopUtilization();
  const summary = await service.importFolder(dir);
  const wall = performance.now() - start;
  const cpu = process.cpuUsage(cpu0);
  const elu = performance.eventLoopUtilization(elu0);
  clearInterval(timer);
  if (progress) clearInterval(progress);
  const threads = threadsAtEnd();
  // What the main thread holds once the import is done: HEAP_SNAPSHOT=FILE writes it there.
  if (process.env.HEAP_SNAPSHOT) writeHeapSnapshot(process.env.HEAP_SNAPSHOT);
  await service.close();
  const peak = samples.reduce((a, b) => (b.rss > a.rss ? b : a), samples[0]!);
  const step = Math.max(1, Math.floor(samples.length / 12));
  console.log(
    JSON.stringify({
      files: summary.filesSeen,
      imported: summary.imported,
      duplicates: summary.duplicates,
      rejected: summary.rejected.length,
      wallS: +(wall / 1000).toFixed(1),
      cpuS: +((cpu.user + cpu.system) / 1e6).toFixed(1),
      mainBusyS: +(elu.active / 1000).toFixed(1),
      peak,
      maxRssMb: mb(process.resourceUsage().maxRSS * 1024),
      threads,
      load: loadavg().map((l) => +l.toFixed(1)),
    }),
  );
  for (let i = 0; i < samples.length; i += step) console.log(JSON.stringify(samples[i]));
}

await main();
