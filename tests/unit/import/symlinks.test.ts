// Links never lead the import out of the folder (robustness audit, finding 5: a link to a key
// file and one to a diary kept elsewhere made both searchable, and the watcher followed them).
import { mkdir, mkdtemp, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WatchStatus } from '../../../src-main/contract/archive';
import { importFolder } from '../../../src-main/core/import/import-folder';
import { readAndPrepare } from '../../../src-main/core/import/prepare-file';
import { BodyStore } from '../../../src-main/core/store/bodies';
import { CatalogueStore } from '../../../src-main/core/store/catalogue';
import { dispatch, workspace } from '../sources/source-fixtures';

let work: string;
let folder: string;
let outside: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'da-links-'));
  folder = join(work, 'in');
  outside = join(work, 'private');
  await mkdir(folder);
  await mkdir(outside);
  await writeFile(join(folder, 'a.txt'), dispatch('Aleppo'));
  await writeFile(join(outside, 'diary.txt'), dispatch('Diary'));
});
afterEach(() => rm(work, { recursive: true, force: true }));

async function importIt() {
  const dataDir = join(work, 'data');
  const catalogue = await CatalogueStore.open(dataDir, []);
  const summary = await importFolder(folder, { catalogue, bodies: new BodyStore(dataDir, []), parse: { workers: 0 } });
  return { summary, titles: Object.values(catalogue.data.articles).map((a) => a.title) };
}

describe('symlinks in an imported folder', () => {
  it('rejects a link to a file outside the folder, saying where it leads, and does not read it', async () => {
    await symlink(join(outside, 'diary.txt'), join(folder, 'diary.txt'));
    const { summary, titles } = await importIt();
    expect(titles).toEqual(['Aleppo talks resume in Geneva']);
    expect(summary.rejected).toEqual([
      {
        path: join(folder, 'diary.txt'),
        code: 'outside-folder',
        reason: `symlink leads outside the imported folder, to ${join(outside, 'diary.txt')}: not followed`,
      },
    ]);
  });

  it('rejects a link to a folder outside the folder and imports none of its files', async () => {
    await symlink(outside, join(folder, 'private'));
    const { summary, titles } = await importIt();
    expect(titles).toEqual(['Aleppo talks resume in Geneva']);
    expect(summary.rejected.map((r) => [r.path, r.code])).toEqual([[join(folder, 'private'), 'outside-folder']]);
  });

  it('follows a link to a file inside the folder', async () => {
    await symlink(join(folder, 'a.txt'), join(folder, 'b.txt'));
    const { summary } = await importIt();
    expect(summary).toMatchObject({ imported: 1, duplicates: 1, rejected: [] });
  });

  it('follows a link to a folder inside the folder, and imports its files once', async () => {
    await mkdir(join(folder, 'desk'));
    await writeFile(join(folder, 'desk', 'c.txt'), dispatch('Homs'));
    await symlink(join(folder, 'desk'), join(folder, 'alias'));
    const { summary, titles } = await importIt();
    expect(summary).toMatchObject({ imported: 2, duplicates: 0, rejected: [] });
    expect(titles.sort()).toEqual(['Aleppo talks resume in Geneva', 'Homs talks resume in Geneva']);
  });

  it('does not follow a file that became a link after the folder was listed', async () => {
    const path = join(folder, 'a.txt');
    await unlink(path);
    await symlink(join(outside, 'diary.txt'), path);
    expect(await readAndPrepare({ path, mtimeMs: 0, knownSha256: null, maxBytes: 1 << 20, budgetMs: 10_000 })).toEqual({
      kind: 'rejected',
      code: 'outside-folder',
      reason: 'became a symlink after the folder was listed: not followed',
    });
  });

  it('does not watch through a link out of a watched folder', { timeout: 20_000 }, async () => {
    const ws = await workspace('watch-links');
    try {
      const watched = await ws.folder('wires', { 'a.txt': dispatch('Aleppo') });
      await symlink(outside, join(watched, 'private'));
      await ws.service.importFolder(watched);
      const statuses: WatchStatus[] = [];
      ws.service.onEvent((event, payload) => void (event === 'watch:status' && statuses.push(payload as WatchStatus)));
      await ws.service.startWatching();
      await vi.waitFor(() => expect(statuses.at(-1)).toEqual({ state: 'idle' }), { timeout: 8_000, interval: 50 });
      statuses.length = 0;
      await writeFile(join(outside, 'new.txt'), dispatch('Palmyra'));
      // Nothing to wait for: give the watcher well past its settling and quiet periods.
      await new Promise((done) => setTimeout(done, 1_500));
      expect(statuses).toEqual([]);
    } finally {
      await ws.dispose();
    }
  });
});
