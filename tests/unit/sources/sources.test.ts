// The sources channels through the real service and router: list, re-scan, remove, set-watch.
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CatalogueStore } from '../../../src-main/core/store/catalogue';
import { dispatch, workspace, type Workspace } from './source-fixtures';

let ws: Workspace;
beforeEach(async () => {
  ws = await workspace('sources');
});
afterEach(() => ws.dispose());

describe('sources:list', () => {
  it('counts articles, missing articles and files per folder, newest scan first', async () => {
    const older = await ws.folder('older', { 'a.txt': dispatch('Aleppo'), 'b.txt': dispatch('Homs') });
    const newer = await ws.folder('newer', { 'c.txt': dispatch('Idlib') });
    await ws.service.importFolder(older);
    await rm(join(older, 'b.txt'));
    await ws.service.importFolder(older);
    await ws.service.importFolder(newer);
    const list = await ws.call('sources:list', {});
    expect(list.map((s) => s.path)).toEqual([newer, older]);
    expect(list[1]).toMatchObject({ articles: 2, missingArticles: 1, files: 1, watch: true, present: true });
    expect(list[0]).toMatchObject({ articles: 1, missingArticles: 0, files: 1 });
    expect(Date.parse(list[0]!.lastScanAt!)).toBeGreaterThanOrEqual(Date.parse(list[1]!.lastScanAt!));
  });

  it('says when a source folder is gone from disk', async () => {
    const folder = await ws.folder('wires', { 'a.txt': dispatch('Aleppo') });
    await ws.service.importFolder(folder);
    await rm(folder, { recursive: true });
    expect((await ws.call('sources:list', {}))[0]).toMatchObject({ path: folder, present: false, articles: 1 });
  });

  it('does not count a cancelled import as a scan', async () => {
    const folder = await ws.folder('wires', { 'a.txt': dispatch('Aleppo') });
    ws.service.onEvent((event) => {
      if (event === 'import:progress') void ws.service.handlers['import:cancel']({});
    });
    expect((await ws.service.importFolder(folder)).cancelled).toBe(true);
    expect((await ws.call('sources:list', {}))[0]).toMatchObject({ path: folder, lastScanAt: null });
  });
});

describe('sources:rescan', () => {
  it('picks up a file added since the last import', async () => {
    const folder = await ws.folder('wires', { 'a.txt': dispatch('Aleppo') });
    await ws.service.importFolder(folder);
    await writeFile(join(folder, 'b.txt'), dispatch('Palmyra'));
    const [summary] = await ws.call('sources:rescan', { path: folder });
    expect(summary).toMatchObject({ root: folder, imported: 1, unchanged: 1 });
    expect(await ws.find('Palmyra')).toHaveLength(1);
  });

  it('re-scans every source one after another when given no path', async () => {
    const a = await ws.folder('a', { 'a.txt': dispatch('Aleppo') });
    const b = await ws.folder('b', { 'b.txt': dispatch('Homs') });
    await ws.service.importFolder(a);
    await ws.service.importFolder(b);
    const summaries = await ws.call('sources:rescan', {});
    expect(summaries.map((s) => [s.root, s.unchanged])).toEqual([
      [a, 1],
      [b, 1],
    ]);
  });

  it('refuses a folder that is not a source', async () => {
    expect(await ws.failure('sources:rescan', { path: join(ws.root, 'elsewhere') })).toMatch(
      /^not-found: .*elsewhere is not a source folder/,
    );
  });

  it('reports a source folder that is gone as a reject, not a failure', async () => {
    const folder = await ws.folder('wires', { 'a.txt': dispatch('Aleppo') });
    await ws.service.importFolder(folder);
    await rm(folder, { recursive: true });
    const [summary] = await ws.call('sources:rescan', { path: folder });
    expect(summary!.rejected).toEqual([
      { path: folder, code: 'unreadable', reason: `cannot import ${folder}: no such file` },
    ]);
    expect(await ws.find('Aleppo')).toHaveLength(1);
  });
});

describe('sources:remove', () => {
  async function taggedArchive(): Promise<{ folder: string; id: string }> {
    const folder = await ws.folder('wires', { 'a.txt': dispatch('Aleppo'), 'b.txt': dispatch('Homs') });
    await ws.service.importFolder(folder);
    const [id] = await ws.find('Aleppo');
    await ws.call('tags:apply', { ids: [id!], add: ['syria/aleppo'] });
    return { folder, id: id! };
  }

  it('takes the folder, its articles and their search entries out of the archive', async () => {
    const { folder } = await taggedArchive();
    expect(await ws.call('sources:remove', { path: folder, keepUserData: true })).toEqual({
      articles: 2,
      userDataRemoved: 0,
    });
    expect(await ws.call('sources:list', {})).toEqual([]);
    expect(await ws.find('Aleppo')).toEqual([]);
    expect((await ws.call('archive:search', {})).total).toBe(0);
    expect(await ws.service.stats()).toMatchObject({ articles: 0, files: 0, folders: [] });
  });

  it('keeps the removal after a restart, bodies included', async () => {
    const { folder, id } = await taggedArchive();
    await ws.call('sources:remove', { path: folder, keepUserData: true });
    await ws.reopen();
    expect(await ws.call('archive:get', { id })).toBeNull();
    expect(await ws.service.bodies.get(id)).toBeUndefined();
    expect(await ws.find('Aleppo')).toEqual([]);
  });

  it('brings the kept tags back when the folder is added again', async () => {
    const { folder, id } = await taggedArchive();
    await ws.call('sources:remove', { path: folder, keepUserData: true });
    await ws.service.importFolder(folder);
    expect((await ws.call('archive:get', { id }))!.userData.tags).toEqual(['syria/aleppo']);
    expect(await ws.find('tag:syria')).toEqual([id]);
  });

  it('deletes the user data of the removed articles when asked, and counts it', async () => {
    const { folder, id } = await taggedArchive();
    expect(await ws.call('sources:remove', { path: folder, keepUserData: false })).toEqual({
      articles: 2,
      userDataRemoved: 1,
    });
    expect(ws.service.userData.record(id)).toBeUndefined();
    expect(await ws.call('tags:list', {})).toEqual([]);
    await ws.service.importFolder(folder);
    expect((await ws.call('archive:get', { id }))!.userData.tags).toEqual([]);
  });

  it('keeps an article another source folder also holds, without the removed folder as a source', async () => {
    const a = await ws.folder('a', { 'same.txt': dispatch('Aleppo'), 'own.txt': dispatch('Homs') });
    const b = await ws.folder('b', { 'copy.txt': dispatch('Aleppo') });
    await ws.service.importFolder(a);
    await ws.service.importFolder(b);
    const [id] = await ws.find('Aleppo');
    expect((await ws.call('sources:remove', { path: a, keepUserData: false })).articles).toBe(1);
    const article = await ws.call('archive:get', { id: id! });
    expect(article!.sources.map((s) => s.path)).toEqual([join(b, 'copy.txt')]);
    expect(article).toMatchObject({ missing: false, folder: b });
    expect((await ws.call('sources:list', {}))[0]).toMatchObject({ path: b, articles: 1, files: 1 });
  });

  it('is refused for a folder that is not a source', async () => {
    expect(await ws.failure('sources:remove', { path: join(ws.root, 'nope'), keepUserData: true })).toMatch(
      /^not-found:/,
    );
  });
});

describe('sources:set-watch', () => {
  it('keeps the flag on disk and lists it', async () => {
    const folder = await ws.folder('wires', { 'a.txt': dispatch('Aleppo') });
    await ws.service.importFolder(folder);
    const list = await ws.call('sources:set-watch', { path: folder, watch: false });
    expect(list[0]).toMatchObject({ path: folder, watch: false });
    await ws.reopen();
    expect((await ws.call('sources:list', {}))[0]!.watch).toBe(false);
    // Read back by a store of its own, apart from the service.
    expect((await CatalogueStore.open(ws.data, [])).source(folder)?.watch).toBe(false);
  });
});
