// Which step of an import holds the main thread's array buffers (Buffers, typed arrays):
// each step named below is wrapped, and while it runs every sample of
// process.memoryUsage().arrayBuffers is charged to it. Every 2 s a full collection
// shows how much of the total is live rather than garbage waiting for one.
// Run: BUILT_WORKER=1 node --expose-gc --import tsx bench/import-buffers.ts DATADIR DIR
import { resolve } from 'node:path';
import { ArchiveService } from '../src-main/core/service';
import { PendingSegment } from '../src-main/core/search/index/pending-segment';
import { Journal } from '../src-main/core/store/journal';
import { BodyStore } from '../src-main/core/store/bodies';
import { CatalogueStore } from '../src-main/core/store/catalogue';
import { ArchiveSearch } from '../src-main/core/search/archive-search';
import { IndexFile } from '../src-main/core/search/index/index-file';
import { TextStore } from '../src-main/core/search/index/text-store';

const mb = (bytes: number): number => Math.round(bytes / 2 ** 20);
const active = new Map<string, number>();
const charged = new Map<string, { calls: number; maxBefore: number; maxDuring: number; maxRise: number }>();

function wrap(proto: object, name: string, label: string): void {
  const target = proto as Record<string, (...args: unknown[]) => unknown>;
  const original = target[name]!;
  target[name] = function (this: unknown, ...args: unknown[]) {
    const before = process.memoryUsage().arrayBuffers;
    const stat = charged.get(label) ?? { calls: 0, maxBefore: 0, maxDuring: 0, maxRise: 0 };
    charged.set(label, stat);
    stat.calls++;
    stat.maxBefore = Math.max(stat.maxBefore, before);
    active.set(label, (active.get(label) ?? 0) + 1);
    const end = (): void => {
      const after = process.memoryUsage().arrayBuffers;
      stat.maxDuring = Math.max(stat.maxDuring, after);
      stat.maxRise = Math.max(stat.maxRise, after - before);
      active.set(label, active.get(label)! - 1);
    };
    const result = original.apply(this, args);
    if (result instanceof Promise) return result.finally(end);
    end();
    return result;
  };
}

wrap(PendingSegment.prototype, 'seal', 'seal');
wrap(Journal.prototype, 'appendMany', 'journal append');
wrap(BodyStore.prototype, 'flush', 'body flush');
wrap(CatalogueStore.prototype, 'commit', 'catalogue commit');
wrap(CatalogueStore.prototype, 'save', 'catalogue save');
wrap(IndexFile.prototype, 'save', 'index save');
wrap(ArchiveSearch.prototype, 'refresh', 'search refresh');
wrap(TextStore.prototype, 'flush', 'text flush');

const [dataDir, dir] = process.argv.slice(2);
if (!dataDir || !dir) throw new Error('usage: import-buffers.ts DATADIR DIR');
const service = await ArchiveService.open({
  dataDir,
  parse: process.env.BUILT_WORKER ? { workerScript: resolve('out/main/parse-worker.js') } : undefined,
});
const samples: string[] = [];
const started = Date.now();
const sampler = setInterval(() => {
  const m = process.memoryUsage();
  for (const [label, n] of active) {
    if (n <= 0) continue;
    const stat = charged.get(label)!;
    stat.maxDuring = Math.max(stat.maxDuring, m.arrayBuffers);
  }
}, 20);
const collector = setInterval(() => {
  const before = process.memoryUsage();
  globalThis.gc?.();
  const after = process.memoryUsage();
  const running = [...active].filter(([, n]) => n > 0).map(([l]) => l);
  samples.push(
    `${((Date.now() - started) / 1000).toFixed(0)}s rss ${mb(before.rss)} buffers ${mb(before.arrayBuffers)} → live ${mb(after.arrayBuffers)}, heap ${mb(before.heapUsed)} → ${mb(after.heapUsed)} [${running.join(', ')}]`,
  );
}, 2000);
await service.importFolder(dir);
clearInterval(sampler);
clearInterval(collector);
await service.close();
for (const s of samples) console.log(s);
for (const [label, s] of charged)
  console.log(
    `${label}: ${s.calls} calls, max before ${mb(s.maxBefore)} MB, max during ${mb(s.maxDuring)} MB, max rise ${mb(s.maxRise)} MB`,
  );
