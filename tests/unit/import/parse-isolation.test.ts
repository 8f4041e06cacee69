// Files are read and parsed on worker threads only, each within a time budget and a memory
// limit: a file that overruns either is rejected and its worker replaced, and nothing is ever
// read again on the main thread (robustness audit, finding 18 and "parse off the main thread").
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importFolder, type ParseOptions } from '../../../src-main/core/import/import-folder';
import { BodyStore } from '../../../src-main/core/store/bodies';
import { CatalogueStore } from '../../../src-main/core/store/catalogue';

// Counts the files parsed on this (the main) thread; workers load their own, unmocked copy.
const onMainThread = vi.hoisted(() => ({ files: 0 }));
vi.mock('../../../src-main/core/parse/index', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src-main/core/parse/index')>();
  return {
    ...actual,
    parseFile: (...args: Parameters<typeof actual.parseFile>) => (onMainThread.files++, actual.parseFile(...args)),
  };
});

const ARTICLE = (city: string): string => `Talks resume in ${city}\n\nDelegations met on Monday.\n`;

let work: string;
let folder: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'da-isolation-'));
  folder = join(work, 'in');
  await mkdir(folder);
  await writeFile(join(folder, 'a.txt'), ARTICLE('Geneva'));
  await writeFile(join(folder, 'z.txt'), ARTICLE('Vienna'));
  onMainThread.files = 0;
});
afterEach(() => rm(work, { recursive: true, force: true }));

async function importWith(parse: ParseOptions = {}) {
  const dataDir = join(work, 'data');
  return importFolder(folder, {
    catalogue: await CatalogueStore.open(dataDir, []),
    bodies: new BodyStore(dataDir, []),
    parse,
  });
}

describe('reading files on worker threads only', { timeout: 60_000 }, () => {
  it('reads even a two-file import on a worker, not on the main thread', async () => {
    const summary = await importWith();
    expect(summary).toMatchObject({ imported: 2, rejected: [] });
    expect(onMainThread.files).toBe(0);
  });

  it('rejects a file that takes longer than the budget as too slow, and reads the rest on a new worker', async () => {
    // htmlparser2 moves its whole open-element stack for each nested tag: seconds for these.
    await writeFile(join(folder, 'm.html'), `<html><body>${'<div>'.repeat(80_000)}x</body></html>`);
    const summary = await importWith({ fileBudgetMs: 300 });
    expect(summary.imported).toBe(2);
    expect(summary.rejected).toEqual([
      {
        path: join(folder, 'm.html'),
        code: 'too-slow',
        reason: expect.stringMatching(/^took too long to read \(over \d\.\d s\)$/),
      },
    ]);
    expect(onMainThread.files).toBe(0);
  });

  it('rejects a file that makes its reader run out of memory, and reads the rest on a new worker', async () => {
    await writeFile(join(folder, 'm.html'), `<html><body>${'<p>a</p>'.repeat(500_000)}</body></html>`);
    const summary = await importWith({ workerMemoryMb: 96 });
    expect(summary.imported).toBe(2);
    expect(summary.rejected).toEqual([
      {
        path: join(folder, 'm.html'),
        code: 'reader-crashed',
        reason: 'could not be read: the reader ran out of memory (over 96 MB)',
      },
    ]);
    expect(onMainThread.files).toBe(0);
  });
});
