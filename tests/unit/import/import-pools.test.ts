// Which workers an import reads its files with: most files on workers with a heap limit sized
// for SMALL_FILE_BYTES (so their heaps stay small, issue 20), larger ones on a worker sized for
// the file size limit; and a long import's workers are stopped as it ends.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importFolder, SMALL_FILE_BYTES, type ParseOptions } from '../../../src-main/core/import/import-folder';
import { ParsePool, SOURCE_WORKER, workerMemoryMb, type WorkerConfig } from '../../../src-main/core/import/parse-pool';
import { WORKER_YOUNG_MB } from '../../../src-main/core/import/parse-slot';
import { BodyStore } from '../../../src-main/core/store/bodies';
import { CatalogueStore } from '../../../src-main/core/store/catalogue';

let work: string;
let folder: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'da-pools-'));
  folder = join(work, 'in');
  await mkdir(folder);
  await writeFile(join(folder, 'a.txt'), 'Talks resume in Geneva\n\nDelegations met on Monday.\n');
  // Past SMALL_FILE_BYTES: one article of many paragraphs.
  const paragraph = 'Delegations met again on Tuesday and agreed to meet once more. '.repeat(20);
  const big = `Talks go on in Vienna\n\n${`${paragraph}\n\n`.repeat(Math.ceil((SMALL_FILE_BYTES + 1024) / paragraph.length))}`;
  await writeFile(join(folder, 'b.txt'), big);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(work, { recursive: true, force: true });
});

async function importWith(parse: ParseOptions) {
  const dataDir = join(work, 'data');
  return importFolder(folder, {
    catalogue: await CatalogueStore.open(dataDir, []),
    bodies: new BodyStore(dataDir, []),
    parse,
  });
}

/** Each file read, with the heap limit of the pool that read it. */
function watchPools(): { reads: Map<string, number>; pools: ParsePool[] } {
  const configs = new Map<ParsePool, WorkerConfig>();
  const pools: ParsePool[] = [];
  const shared = ParsePool.shared.bind(ParsePool);
  vi.spyOn(ParsePool, 'shared').mockImplementation((config) => {
    const pool = shared(config);
    configs.set(pool, config);
    pools.push(pool);
    return pool;
  });
  const reads = new Map<string, number>();
  const prepare = ParsePool.prototype.prepare;
  vi.spyOn(ParsePool.prototype, 'prepare').mockImplementation(function (this: ParsePool, job) {
    reads.set(job.path, configs.get(this)!.memoryMb);
    return prepare.call(this, job);
  });
  return { reads, pools };
}

describe('the workers an import reads with', { timeout: 60_000 }, () => {
  it('reads a file past SMALL_FILE_BYTES on a worker sized for the file limit, the rest on one sized for SMALL_FILE_BYTES', async () => {
    const { reads } = watchPools();
    const summary = await importWith({});
    expect(summary).toMatchObject({ imported: 2, rejected: [] });
    expect(reads.get(join(folder, 'a.txt'))).toBe(workerMemoryMb(SMALL_FILE_BYTES));
    expect(reads.get(join(folder, 'b.txt'))).toBe(workerMemoryMb(64 * 1024 * 1024));
    expect(workerMemoryMb(SMALL_FILE_BYTES)).toBeLessThan(workerMemoryMb(64 * 1024 * 1024));
  });

  it('reads every file with the heap limit it is given, when given one', async () => {
    const { reads } = watchPools();
    await importWith({ workerMemoryMb: 400 });
    expect([...reads.values()]).toEqual([400, 400]);
  });

  it('starts its workers with a small young generation as well as a heap limit', async () => {
    // The worker script notes the limits its isolate was given, then runs as usual.
    const limitsFile = join(work, 'limits.json');
    const script = join(work, 'limits-worker.mjs');
    await writeFile(
      script,
      `import { writeFileSync } from 'node:fs';
import { resourceLimits } from 'node:worker_threads';
writeFileSync(${JSON.stringify(limitsFile)}, JSON.stringify(resourceLimits));
await import(${JSON.stringify(SOURCE_WORKER.href)});`,
    );
    await importWith({ workerScript: script, workerMemoryMb: 300 });
    const limits = JSON.parse(await readFile(limitsFile, 'utf8')) as Record<string, number>;
    expect(limits).toMatchObject({ maxOldGenerationSizeMb: 300, maxYoungGenerationSizeMb: WORKER_YOUNG_MB });
    expect(WORKER_YOUNG_MB).toBeLessThan(48);
  });

  it('stops the workers of an import of many files as it ends, and keeps those of a short one', async () => {
    const { pools } = watchPools();
    await importWith({ workersFromFiles: 2 });
    expect(pools.map((p) => p.size)).toEqual([0, 0]);
    await rm(join(work, 'data'), { recursive: true });
    await importWith({ workersFromFiles: 3 });
    expect(pools.slice(2).some((p) => p.size > 0)).toBe(true);
    await Promise.all(pools.map((p) => p.close()));
  });
});
