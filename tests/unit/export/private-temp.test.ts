// The private temp folder the print HTML goes through on its way to a PDF engine (audit
// finding 17): nobody else can read it while it exists, and it never outlives its use.
import { mkdir, mkdtemp, readFile, readdir, rm, stat, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  PRIVATE_TEMP_PREFIX,
  STALE_AFTER_MS,
  sweepStaleTempFolders,
  withPrivateTempFile,
} from '../../../src-main/core/export/private-temp';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'da-private-temp-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

const permissions = async (path: string): Promise<number> => (await stat(path)).mode & 0o777;

describe('withPrivateTempFile', () => {
  it.skipIf(process.platform === 'win32')('keeps the file 0600 in a folder 0700 while it is used', async () => {
    const modes = await withPrivateTempFile(
      'print.html',
      '<p>My note</p>',
      async (file) => [await permissions(file), await permissions(join(file, '..'))],
      { root },
    );
    expect(modes).toEqual([0o600, 0o700]);
  });

  it('hands the work a file holding the data, in a folder of its own prefix', async () => {
    const seen = await withPrivateTempFile(
      'print.html',
      '<p>My note</p>',
      async (file) => ({
        folders: await readdir(root),
        files: await readdir(join(file, '..')),
        text: await readFile(file, 'utf8'),
      }),
      { root },
    );
    expect(seen).toEqual({
      folders: [expect.stringMatching(new RegExp(`^${PRIVATE_TEMP_PREFIX}`, 'u'))],
      files: ['print.html'],
      text: '<p>My note</p>',
    });
  });

  it('removes the folder when the work is done', async () => {
    await withPrivateTempFile('print.html', 'x', async () => 'pdf', { root });
    expect(await readdir(root)).toEqual([]);
  });

  it('removes the folder when the work throws, and passes the error on', async () => {
    const failing = withPrivateTempFile('print.html', 'x', async () => Promise.reject(new Error('renderer crashed')), {
      root,
    });
    await expect(failing).rejects.toThrow('renderer crashed');
    expect(await readdir(root)).toEqual([]);
  });
});

describe('sweepStaleTempFolders', () => {
  it("removes our folders older than a day and leaves newer ones and other programs' alone", async () => {
    const now = Date.now();
    const old = new Date(now - STALE_AFTER_MS - 60_000);
    for (const name of [`${PRIVATE_TEMP_PREFIX}old`, `${PRIVATE_TEMP_PREFIX}new`, 'someone-else-old'])
      await mkdir(join(root, name));
    await utimes(join(root, `${PRIVATE_TEMP_PREFIX}old`), old, old);
    await utimes(join(root, 'someone-else-old'), old, old);
    expect(await sweepStaleTempFolders({ root, now })).toEqual([join(root, `${PRIVATE_TEMP_PREFIX}old`)]);
    expect((await readdir(root)).sort()).toEqual([`${PRIVATE_TEMP_PREFIX}new`, 'someone-else-old']);
  });
});
