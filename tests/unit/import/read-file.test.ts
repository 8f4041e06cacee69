// The importer checks the file it opened, not what the walk saw (robustness audit, finding 10):
// the size limit was checked against the walk's size, so /proc files and files growing since
// passed it, and a FIFO put in a file's place blocked the read for good.
import { execFileSync } from 'node:child_process';
import { closeSync, constants, existsSync, openSync } from 'node:fs';
import { appendFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFolder } from '../../../src-main/core/import/import-folder';
import { readAndPrepare, type PrepareJob } from '../../../src-main/core/import/prepare-file';
import { BodyStore } from '../../../src-main/core/store/bodies';
import { CatalogueStore } from '../../../src-main/core/store/catalogue';

const ARTICLE = 'Talks resume in Geneva\n\nDelegations met on Monday.\n';
const canMakeFifo = process.platform !== 'win32';

let work: string;
const fifos: string[] = [];
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'da-read-file-'));
});
afterEach(async () => {
  // A reader still waiting on a FIFO would hold a thread of the pool for good: a writer frees it.
  for (const fifo of fifos.splice(0)) {
    try {
      closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
    } catch {
      // No reader is waiting.
    }
  }
  await rm(work, { recursive: true, force: true });
});

const job = (path: string, maxBytes = 1024 * 1024): PrepareJob => ({
  path,
  mtimeMs: 0,
  knownSha256: null,
  maxBytes,
  budgetMs: 10_000,
});

function mkfifo(path: string): void {
  execFileSync('mkfifo', [path]);
  fifos.push(path);
}

describe('reading a file for the import', () => {
  it.skipIf(!canMakeFifo)(
    'rejects a FIFO put in a file’s place after the walk, at once, without waiting for a writer',
    async () => {
      const path = join(work, 'swapped.txt');
      mkfifo(path);
      expect(await readAndPrepare(job(path))).toEqual({
        kind: 'rejected',
        code: 'not-a-file',
        reason: 'not a regular file (a FIFO)',
      });
    },
  );

  it('rejects a file that grew past the limit after the walk measured it', async () => {
    const path = join(work, 'growing.txt');
    await writeFile(path, ARTICLE);
    const walked = job(path, 1024);
    await appendFile(path, 'x'.repeat(4096));
    expect(await readAndPrepare(walked)).toEqual({
      kind: 'rejected',
      code: 'too-large',
      reason: 'file is 0.0 MB, over the 0.0 MB limit',
    });
  });

  it.skipIf(!existsSync('/proc/self/status'))(
    'rejects a /proc file that holds more than the limit though it measures 0 bytes',
    async () => {
      const prepared = await readAndPrepare(job('/proc/self/status', 256));
      expect(prepared).toEqual({
        kind: 'rejected',
        code: 'too-large',
        reason: 'file holds more than the 0.0 MB limit, though it measured 0.0 MB when opened',
      });
    },
  );

  it('reads a file exactly at the limit', async () => {
    const path = join(work, 'exact.txt');
    await writeFile(path, ARTICLE);
    const prepared = await readAndPrepare(job(path, Buffer.byteLength(ARTICLE)));
    expect(prepared.kind === 'parsed' && prepared.outcome.ok).toBe(true);
  });

  it.skipIf(!canMakeFifo)('rejects a FIFO in the folder as not a regular file and imports the rest', async () => {
    const folder = join(work, 'in');
    await mkdir(folder);
    await writeFile(join(folder, 'a.txt'), ARTICLE);
    mkfifo(join(folder, 'pipe.txt'));
    const dataDir = join(work, 'data');
    const summary = await importFolder(folder, {
      catalogue: await CatalogueStore.open(dataDir, []),
      bodies: new BodyStore(dataDir, []),
      parse: { workers: 0 },
    });
    expect(summary.imported).toBe(1);
    expect(summary.rejected).toEqual([
      { path: join(folder, 'pipe.txt'), code: 'not-a-file', reason: 'not a regular file (a FIFO)' },
    ]);
  });
});
