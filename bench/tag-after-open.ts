// Tagging right after open, as an analyst does who opens the archive and tags a search's
// 1,000 hits at once: the data dir opened as the app opens it (bench/run-phases.ts search),
// then 30 calls of tags:apply on 1,000 articles each, timed one by one, wall and process
// CPU (CPU holds on a shared machine; it includes V8's compiler and GC threads), with the
// main-thread GC pauses that fell in each call. Writes tags into the data dir: run it on a copy.
// Run: node --expose-gc --import tsx bench/tag-after-open.ts DATADIR [--settle] [--profile FILE]
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { Session } from 'node:inspector';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { ArchiveService } from '../src-main/core/service';
import { percentile } from './measure';

const args = process.argv.slice(2);
const dataDir = args[0];
const profileTo = args.includes('--profile') ? args[args.indexOf('--profile') + 1] : undefined;

const pauses: { start: number; ms: number }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) pauses.push({ start: e.startTime, ms: e.duration });
}).observe({ entryTypes: ['gc'] });

function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) =>
    session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res as T))),
  );
}

interface Call {
  wall: number;
  cpu: number;
  gc: number;
}

async function timedCall(run: () => Promise<unknown>): Promise<Call> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  await run();
  const end = performance.now();
  const used = process.cpuUsage(cpu);
  const gc = pauses.filter((p) => p.start >= start && p.start < end).reduce((s, p) => s + p.ms, 0);
  return { wall: end - start, cpu: (used.user + used.system) / 1000, gc };
}

const summary = (calls: Call[], of: keyof Call): string =>
  `p50 ${percentile(
    calls.map((c) => c[of]),
    0.5,
  ).toFixed(1)} p95 ${percentile(
    calls.map((c) => c[of]),
    0.95,
  ).toFixed(1)} max ${Math.max(...calls.map((c) => c[of])).toFixed(1)}`;

async function main(): Promise<void> {
  if (!dataDir) throw new Error('usage: tag-after-open.ts DATADIR [--settle] [--profile FILE]');
  const service = await ArchiveService.open({ dataDir });
  await service.search.ready;
  if (args.includes('--settle')) await service.search.threadsReady;
  const session = profileTo ? new Session() : null;
  if (session) {
    session.connect();
    await post(session, 'Profiler.enable');
    await post(session, 'Profiler.setSamplingInterval', { interval: 100 });
    await post(session, 'Profiler.start');
  }
  const ids = Object.keys(service.catalogue.data.articles);
  const one: Call[] = [];
  for (let i = 0; i < 30; i++)
    one.push(
      await timedCall(() => service.handlers['tags:apply']({ ids: [ids[i * 7]!], add: ['bench/one'], remove: [] })),
    );
  const thousand: Call[] = [];
  for (let i = 0; i < 30; i++) {
    const batch = Array.from({ length: 1000 }, (_, k) => ids[(i * 1000 + k) % ids.length]!);
    thousand.push(
      await timedCall(() => service.handlers['tags:apply']({ ids: batch, add: [`bench/batch${i}`], remove: [] })),
    );
  }
  if (session) {
    const { profile } = await post<{ profile: object }>(session, 'Profiler.stop');
    writeFileSync(profileTo!, JSON.stringify(profile));
  }
  await service.close();
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  console.log(`load ${load}`);
  console.log(`tag 1     wall ${summary(one, 'wall')} | cpu ${summary(one, 'cpu')} ms`);
  console.log(
    `tag 1,000 wall ${summary(thousand, 'wall')} | cpu ${summary(thousand, 'cpu')} | gc ${summary(thousand, 'gc')} ms`,
  );
  console.log(
    `tag 1,000 each (wall/cpu): ${thousand.map((c) => `${c.wall.toFixed(0)}/${c.cpu.toFixed(0)}`).join(' ')}`,
  );
}

await main();
