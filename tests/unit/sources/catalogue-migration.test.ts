// The catalogue's schema step 1 → 2: per-folder metadata built from the folder list.
// (Step 2 → 3, the file entries moving to files.json, is tested in store/catalogue-files.test.ts.)
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CatalogueStore } from '../../../src-main/core/store/catalogue';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'da-catalogue-v1-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('catalogue migration 1 → 2', () => {
  it('gives every version-1 folder a watched source with unknown dates, and saves it', async () => {
    await writeFile(
      join(dir, 'catalogue.json'),
      JSON.stringify({ version: 1, articles: {}, files: {}, folders: ['/news/a', '/news/b'] }),
    );
    const catalogue = await CatalogueStore.open(dir, []);
    expect(catalogue.data.version).toBe(5);
    expect(catalogue.data.folders).toEqual(['/news/a', '/news/b']);
    expect(catalogue.data.sources).toEqual({
      '/news/a': { addedAt: null, lastScanAt: null, watch: true },
      '/news/b': { addedAt: null, lastScanAt: null, watch: true },
    });
    const stored = JSON.parse(await readFile(join(dir, 'catalogue.json'), 'utf8')) as {
      version: number;
      sources: object;
    };
    expect(stored.version).toBe(5);
    expect(Object.keys(stored.sources)).toEqual(['/news/a', '/news/b']);
  });

  it('keeps the articles and files of a version-1 catalogue', async () => {
    const file = { size: 1, mtimeMs: 1, sha256: 'x', format: 'text', encoding: 'utf-8', recordIds: [], missing: false };
    await writeFile(
      join(dir, 'catalogue.json'),
      JSON.stringify({ version: 1, articles: {}, files: { '/news/a/x.txt': file }, folders: ['/news/a'] }),
    );
    expect((await CatalogueStore.open(dir, [])).file('/news/a/x.txt')).toEqual(file);
  });

  it('starts a new catalogue at the current version, 4, with no sources', async () => {
    const catalogue = await CatalogueStore.open(dir, []);
    expect(catalogue.data).toMatchObject({ version: 5, folders: [], sources: {} });
  });
});
