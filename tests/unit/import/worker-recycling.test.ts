// A parse worker is replaced after its share of files (parse-slot.ts FILES_PER_WORKER), so
// what its heap has gathered goes with it; no file is lost or read twice on the way.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SOURCE_WORKER } from '../../../src-main/core/import/parse-pool';
import { ParseSlot } from '../../../src-main/core/import/parse-slot';
import type { PrepareJob } from '../../../src-main/core/import/prepare-file';

let work: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'da-recycle-'));
});
afterEach(() => rm(work, { recursive: true, force: true }));

async function jobs(count: number): Promise<PrepareJob[]> {
  const out: PrepareJob[] = [];
  for (let i = 0; i < count; i++) {
    const path = join(work, `${i}.txt`);
    await writeFile(path, `Talks resume in city ${i}\n\nDelegations met on Monday, round ${i}.\n`);
    out.push({ path, mtimeMs: 0, knownSha256: null, maxBytes: 1024 * 1024, budgetMs: 30_000 });
  }
  return out;
}

// Workers load the parsers through tsx here, which takes a few seconds each on a busy machine.
describe('a parse worker past its share of files', { timeout: 120_000 }, () => {
  it('is replaced by a fresh one once it has answered, and every file is parsed once', async () => {
    const slot = new ParseSlot({ script: SOURCE_WORKER, memoryMb: 256, filesPerWorker: 3 }, 'recycle', () => {});
    try {
      const all = await jobs(12);
      const parse = (from: number, to: number) =>
        Promise.all(all.slice(from, to).map((job, i) => slot.prepare(from + i, job)));
      // A batch goes whole to the worker it is sent to, even past its share.
      const results = await parse(0, 5);
      expect(slot.starts).toBe(1);
      results.push(...(await parse(5, 8)));
      expect(slot.starts).toBe(2);
      results.push(...(await parse(8, 12)));
      expect(slot.starts).toBe(3);
      const titles = results.map((r) => (r.kind === 'parsed' && r.outcome.ok ? r.outcome.records[0]!.title : r.kind));
      expect(titles).toEqual(all.map((_, i) => `Talks resume in city ${i}`));
    } finally {
      await slot.close();
    }
  });
});
