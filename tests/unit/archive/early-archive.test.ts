// Startup while the catalogue loads (issue 20): the plain list's first page from the head
// the last close wrote, the same page a fully open service gives, with the user's tags as
// they are now; every other call, and a head the catalogue has moved past, wait for the
// catalogue.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SearchPage } from '../../../src-main/contract/search';
import type { SearchArgs } from '../../../src-main/core/search/archive-search';
import { ArchiveService, type EarlyArchive } from '../../../src-main/core/service';
import { CatalogueStore } from '../../../src-main/core/store/catalogue';
import { LIST_HEAD_FILE, LIST_HEAD_ROWS } from '../../../src-main/core/store/list-head';
import { storedArticle } from '../store/stored-article';

const ITEMS = 130;
let work: string;
let dataDir: string;
let early: EarlyArchive | null = null;

const plain: SearchArgs = { query: '', filters: {}, sort: 'date-desc', offset: 0, limit: LIST_HEAD_ROWS };

/** ninjs items on 130 days, and a second version of one story, which the list shows once. */
async function importNews(): Promise<void> {
  const news = join(work, 'news');
  await mkdir(news, { recursive: true });
  for (let i = 0; i < ITEMS; i++) {
    const day = new Date(Date.UTC(2024, 0, 1 + i)).toISOString();
    const item = { guid: `urn:item:${i}`, version: '1', type: 'text', versioncreated: day, language: 'en' };
    await writeFile(
      join(news, `item-${i}.json`),
      JSON.stringify({ ...item, headline: `Report ${i}`, body_text: `Body ${i} of the day.` }),
    );
  }
  const later = { guid: 'urn:item:129', version: '2', type: 'text', versioncreated: '2024-05-10T12:00:00Z' };
  await writeFile(
    join(news, 'item-129-v2.json'),
    JSON.stringify({ ...later, language: 'en', headline: 'Report 129, updated', body_text: 'Body 129, updated.' }),
  );
  const service = await ArchiveService.open({ dataDir });
  await service.importFolder(news);
  // Folded into catalogue.json and files.json, as a large archive always is: without a
  // snapshot the catalogue knows there are no file entries without reading any.
  await service.catalogue.snapshot();
  await service.close();
}

/** What a service opened the usual way answers. */
async function fullPage(args = plain): Promise<SearchPage> {
  const service = await ArchiveService.open({ dataDir });
  try {
    return await service.handlers['archive:search'](args);
  } finally {
    await service.close();
  }
}

async function openEarly(): Promise<EarlyArchive> {
  early = await ArchiveService.openEarly({ dataDir });
  return early;
}

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'da-early-'));
  dataDir = join(work, 'data');
  await importNews();
});

afterEach(async () => {
  if (early) {
    const service = await early.service;
    // The index saves what it re-indexed in the background; the folder is removed after.
    await service.search.ready;
    await service.close();
  }
  early = null;
  await rm(work, { recursive: true, force: true });
});

describe('the archive while its catalogue loads', () => {
  it('serves the plain list’s first page from the head, the same rows and total a fully open service gives', async () => {
    const expected = await fullPage();
    const { handlers, service } = await openEarly();
    const page = await handlers['archive:search'](plain);
    // Served from the head: the catalogue was still loading.
    expect(await Promise.race([service.then(() => 'open'), Promise.resolve('loading')])).toBe('loading');
    expect(page.total).toBe(ITEMS);
    expect(page.items.map((h) => h.title)).toEqual(expected.items.map((h) => h.title));
    expect(page.items).toEqual(expected.items);
    expect(page.countsPending).toBe(true);
    // The counts it leaves pending come once the catalogue is open, as the full service's.
    expect(await handlers['archive:searchCounts'](plain)).toMatchObject({ facets: expected.facets });
  });

  it('shows the user’s tags as they are now, not as they were when the head was written', async () => {
    const first = (await fullPage()).items[3]!.id;
    const service = await ArchiveService.open({ dataDir });
    await service.handlers['tags:apply']({ ids: [first], add: ['kept'], remove: [] });
    // The close writes the head again, without the user's part of any row.
    await service.close();
    const { handlers } = await openEarly();
    const page = await handlers['archive:search'](plain);
    expect(page.items[3]).toMatchObject({ id: first, tags: ['kept'] });
  });

  it('waits for the catalogue when it changed after the head was written, and shows the change', async () => {
    const catalogue = await CatalogueStore.open(dataDir, []);
    catalogue.putArticle({ ...storedArticle('ffffffffffffffff', 'Written after the head'), date: '2030-01-01' });
    await catalogue.commit();
    const { handlers } = await openEarly();
    const page = await handlers['archive:search'](plain);
    expect(page.items[0]!.title).toBe('Written after the head');
    expect(page.total).toBe(ITEMS + 1);
  });

  it('waits for the catalogue for a query, a filter, another sort or rows past the head', async () => {
    const asked = [
      { ...plain, query: 'Report' },
      { ...plain, filters: { language: ['en'] } },
      { ...plain, sort: 'title' as const },
      { ...plain, offset: LIST_HEAD_ROWS, limit: 50 },
    ];
    const expected: SearchPage[] = [];
    for (const args of asked) expected.push(await fullPage(args));
    const { handlers } = await openEarly();
    for (const [i, args] of asked.entries()) {
      const page = await handlers['archive:search'](args);
      expect(page.items.map((h) => h.id)).toEqual(expected[i]!.items.map((h) => h.id));
    }
  });

  it('serves nothing from a head it cannot read, and the app’s own channels at once', async () => {
    await writeFile(join(dataDir, LIST_HEAD_FILE), '{"format": 1, "rows": [');
    const expected = await fullPage();
    await writeFile(join(dataDir, LIST_HEAD_FILE), '{"format": 1, "rows": [');
    const { handlers } = await openEarly();
    expect(await handlers['settings:get']({})).toMatchObject({ paperSize: 'A4' });
    expect((await handlers['archive:search'](plain)).items).toEqual(expected.items);
    expect((await handlers['archive:stats']({})).stories).toBe(ITEMS);
  });

  it('gives the window its story count and the stores’ warnings without reading the file entries', async () => {
    const { handlers, service } = await openEarly();
    const summary = await handlers['archive:summary']({});
    expect(summary).toEqual({ stories: ITEMS, storeWarnings: [], watchedFolders: 1 });
    // archive:stats counts the file entries (files.json); the summary left them unread.
    const opened = await service;
    expect(() => opened.catalogue.file('/nowhere.txt')).toThrow(/not loaded/);
    expect((await handlers['archive:stats']({})).files).toBe(ITEMS + 1);
    // A watched folder gone from disk is not counted as watched.
    await rm(join(work, 'news'), { recursive: true });
    expect((await handlers['archive:summary']({})).watchedFolders).toBe(0);
  });
});
