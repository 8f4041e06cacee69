// The JSON round trip through the real service: export an annotated archive, restore it
// into an empty data dir, and get the same articles, tags, annotations and notes; restore
// again and nothing doubles; import the original folder afterwards and nothing duplicates.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RestoreSummary } from '../../../src-main/contract/export';
import { ArchiveService } from '../../../src-main/core/service';
import { annotateArchive, idOf, writeWires } from '../../fixtures/export/backup-archive';

let root: string;
let wires: string;
let backup: string;
let a: ArchiveService;
let b: ArchiveService;
let bDir: string;
let restored: RestoreSummary;
let serial = 0;

/** Every article of the archive as the reader gets it, minus what depends on the data dir (its folder). */
async function snapshot(service: ArchiveService) {
  const { ids } = await service.handlers['archive:ids']({ query: '', filters: {}, sort: 'title' });
  const articles = await Promise.all(ids.map((id) => service.article(id)));
  return articles.map((article) => {
    const { folder, ...rest } = article!;
    void folder;
    return rest;
  });
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'da-restore-'));
  wires = join(root, 'wires');
  await writeWires(wires);
  backup = join(root, 'backup.json');
  a = await ArchiveService.open({
    dataDir: join(root, 'a'),
    chooseExportTarget: async () => ({ path: backup, replace: false }),
    openPdfRenderer: () => Promise.reject(new Error('a JSON export needs no PDF engine')),
  });
  await annotateArchive(a, wires);
  await a.handlers['export:run']({
    format: 'json',
    layout: 'dossier',
    scope: { kind: 'search', query: '', filters: {} },
    includeWithdrawn: false,
  });
});
afterAll(() => rm(root, { recursive: true, force: true }));

beforeEach(async () => {
  bDir = join(root, `b${++serial}`);
  b = await ArchiveService.open({ dataDir: bDir });
  restored = await b.handlers['backup:restore']({ path: backup });
});

describe('restoring a JSON export into an empty archive', () => {
  it('says what it restored', () => {
    expect(restored).toEqual({
      file: backup,
      articles: 4,
      added: 4,
      annotations: 5,
      notes: 1,
      tagged: 3,
      rejected: [],
    });
  });

  it('has an orphaned highlight to carry, so the round trip covers one', async () => {
    const placements = (await snapshot(a)).flatMap((x) => x.userData.annotations.map((n) => n.placement));
    expect(placements.filter((p) => p === 'orphaned')).toHaveLength(1);
  });

  it('gives every article the same text, metadata, sources, tags, note and annotations', async () => {
    expect(await snapshot(b)).toEqual(await snapshot(a));
  });

  it('gives the tags the same names, colours and counts, a coloured parent included', async () => {
    const tags = await b.handlers['tags:list']({});
    expect(tags).toEqual(await a.handlers['tags:list']({}));
    expect(tags.find((t) => t.name === 'syria')).toMatchObject({ color: 'red', count: 3 });
  });

  it('doubles nothing when the same backup is restored again', async () => {
    const generation = b.userData.generation;
    const before = await snapshot(b);
    expect(await b.handlers['backup:restore']({ path: backup })).toMatchObject({
      added: 0,
      annotations: 0,
      notes: 0,
      tagged: 0,
    });
    expect(b.userData.generation).toBe(generation);
    expect(await snapshot(b)).toEqual(before);
  });

  it('changes nothing when restored into the archive it came from', async () => {
    const generation = a.userData.generation;
    const revision = a.catalogue.revision;
    const before = await snapshot(a);
    expect(await a.handlers['backup:restore']({ path: backup })).toMatchObject({
      added: 0,
      annotations: 0,
      notes: 0,
      tagged: 0,
    });
    expect([a.userData.generation, a.catalogue.revision]).toEqual([generation, revision]);
    expect(await snapshot(a)).toEqual(before);
  });

  it('keeps everything after the archive is closed and opened again', async () => {
    const before = await snapshot(b);
    await b.close();
    const reopened = await ArchiveService.open({ dataDir: bDir });
    expect(await snapshot(reopened)).toEqual(before);
    expect(await reopened.handlers['tags:list']({})).toEqual(await a.handlers['tags:list']({}));
  });

  it('finds the restored articles by their words and by their tags', async () => {
    const search = (query: string) =>
      b.handlers['archive:search']({ query, filters: {}, sort: 'date-desc', offset: 0, limit: 10 });
    expect((await search('convoy')).items.map((i) => i.title)).toEqual(['Aleppo convoy reaches city']);
    expect((await search('сотрудничеству')).total).toBe(1);
    expect((await search('الإرهاب')).total).toBe(1);
    expect((await search('tag:syria')).total).toBe(3);
    expect((await search('has:note')).total).toBe(1);
  });

  it('adds no second copy when the original folder is imported afterwards', async () => {
    const before = await snapshot(b);
    const summary = await b.importFolder(wires);
    expect(summary.duplicates).toBe(0);
    expect((await b.stats()).articles).toBe(4);
    const after = await snapshot(b);
    expect(after.map((x) => [x.id, x.userData])).toEqual(before.map((x) => [x.id, x.userData]));
  });

  it("keeps a different note the archive already has and adds the backup's after it, once", async () => {
    const id = await idOf(b, 'convoy');
    const backupNote = (await b.article(id))!.userData.note;
    await b.handlers['note:set']({ articleId: id, note: 'My own note.' });
    expect(await b.handlers['backup:restore']({ path: backup })).toMatchObject({ notes: 1 });
    await b.handlers['backup:restore']({ path: backup });
    expect((await b.article(id))!.userData.note).toBe(`My own note.\n\n${backupNote}`);
  });

  it('keeps the colour a tag already has in the archive', async () => {
    await b.handlers['tags:set-color']({ name: 'syria/aleppo', color: 'purple' });
    await b.handlers['tags:apply']({ ids: [await idOf(b, 'convoy')], remove: ['syria/aleppo'], add: [] });
    await b.handlers['backup:restore']({ path: backup });
    expect((await b.handlers['tags:list']({})).find((t) => t.name === 'syria/aleppo')).toMatchObject({
      color: 'purple',
      own: 2,
    });
  });
});
