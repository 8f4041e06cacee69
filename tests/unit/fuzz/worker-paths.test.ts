// The same bytes give the same outcome on the import's real worker as on the main thread
// (robustness audit, finding 2: the two paths disagreed on the same file). A sample of the
// fuzz inputs goes through both; the worker is the one imports use, started through tsx.
import fc from 'fast-check';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ParsePool, SOURCE_WORKER } from '../../../src-main/core/import/parse-pool';
import { readAndPrepare, type PrepareJob } from '../../../src-main/core/import/prepare-file';
import { fileBytes, PATHS } from './fuzz-inputs';

let work: string;
let pool: ParsePool;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'da-fuzz-'));
  pool = ParsePool.shared({ script: SOURCE_WORKER, memoryMb: 512 });
});
afterAll(async () => {
  await pool.close();
  await rm(work, { recursive: true, force: true });
});

let files = 0;

it('gives the same outcome for the same file on a worker as on the main thread', { timeout: 120_000 }, async () => {
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...PATHS), fileBytes, async (name, bytes) => {
      const path = join(work, `${files++}-${name.slice(name.lastIndexOf('/') + 1)}`);
      await writeFile(path, bytes);
      const job: PrepareJob = { path, mtimeMs: 0, knownSha256: null, maxBytes: 1 << 20, budgetMs: 60_000 };
      expect(await pool.prepare(job)).toEqual(await readAndPrepare(job));
    }),
    { numRuns: 40 },
  );
});
