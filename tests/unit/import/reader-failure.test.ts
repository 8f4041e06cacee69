// A reader that throws costs its own file only: the file is rejected with the error named and
// the import goes on (robustness audit, finding 2: one page that overflowed the stack ended a
// whole import with exit 1 and 0 articles, though the folder held two good files).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { importFolder } from '../../../src-main/core/import/import-folder';
import { parseFile } from '../../../src-main/core/parse/index';
import { BodyStore } from '../../../src-main/core/store/bodies';
import { CatalogueStore } from '../../../src-main/core/store/catalogue';

// The text reader throws on one file, as a reader with a bug would.
vi.mock('../../../src-main/core/parse/text', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src-main/core/parse/text')>();
  return {
    parseText: (text: string) => {
      if (text.includes('BOOM')) throw new RangeError('Maximum call stack size exceeded');
      return actual.parseText(text);
    },
  };
});

let work: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'da-reader-failure-'));
});
afterEach(() => rm(work, { recursive: true, force: true }));

it('rejects a file whose reader throws, naming the error', async () => {
  const outcome = await parseFile({
    path: '/in/boom.txt',
    bytes: new TextEncoder().encode('BOOM\n\nText.\n'),
    mtimeMs: 0,
  });
  expect(outcome).toEqual({
    ok: false,
    code: 'reader-failed',
    reason: 'could not be read: the reader failed (RangeError: Maximum call stack size exceeded)',
  });
});

it('imports the good files of a folder in which one file makes its reader throw', async () => {
  const folder = join(work, 'in');
  await mkdir(folder);
  await writeFile(join(folder, 'a.txt'), 'Talks resume in Geneva\n\nDelegations met on Monday.\n');
  await writeFile(join(folder, 'b.txt'), 'BOOM\n\nText.\n');
  await writeFile(join(folder, 'c.txt'), 'Talks resume in Vienna\n\nDelegations met on Tuesday.\n');
  const dataDir = join(work, 'data');
  const summary = await importFolder(folder, {
    catalogue: await CatalogueStore.open(dataDir, []),
    bodies: new BodyStore(dataDir, []),
    parse: { workers: 0 },
  });
  expect(summary.imported).toBe(2);
  expect(summary.rejected).toEqual([
    {
      path: join(folder, 'b.txt'),
      code: 'reader-failed',
      reason: 'could not be read: the reader failed (RangeError: Maximum call stack size exceeded)',
    },
  ]);
});
