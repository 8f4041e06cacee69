import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SearchPage } from '../../../src-main/contract/search';
import type { ParsedArgs } from '../../../src-main/contract/ipc';
import { INDEX_FILE } from '../../../src-main/core/search/index/index-file';
import { ArchiveService } from '../../../src-main/core/service';
import { CatalogueStore } from '../../../src-main/core/store/catalogue';

const SEED = resolve(import.meta.dirname, '../../../seeds/000_068abd54a537aef4.txt');

let work: string;
let news: string;
let dataDir: string;
let service: ArchiveService;

async function writeNews(): Promise<void> {
  await mkdir(join(news, 'sub'), { recursive: true });
  await copyFile(SEED, join(news, 'seed.txt'));
  await writeFile(
    join(news, 'en1.txt'),
    'Syria gas field reopens\n\nDamascus – SANA\n\n30-12-2016\n\nGas flows again in Syria after repairs, the ministry said on Friday.\n\nThe deficit of trade is not mentioned here at all.\n',
  );
  await writeFile(
    join(news, 'sub', 'en2.txt'),
    'Oil prices rise\n\nLondon – Reuters\n\n01-03-1987\n\nCrude oil rose as the trade deficit widened, traders said on Monday.\n',
  );
  await writeFile(
    join(news, 'ar1.txt'),
    'الرئيس الأسد يستقبل وفداً روسياً\n\nدمشق – سانا\n\n10-01-2017\n\nاستقبل الرئيس بشار الأسد وفداً روسياً في دمشق اليوم وبحث معه العلاقات الثنائية.\n',
  );
}

function search(args: Partial<ParsedArgs<'archive:search'>> = {}, on = service): Promise<SearchPage> {
  return on.handlers['archive:search']({ query: '', filters: {}, sort: 'date-desc', offset: 0, limit: 100, ...args });
}

const titles = (page: SearchPage): string[] => page.items.map((i) => i.title);

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'da-search-'));
  news = join(work, 'news');
  dataDir = join(work, 'data');
  await writeNews();
  service = await ArchiveService.open({ dataDir });
  await service.importFolder(news);
});
afterEach(() => rm(work, { recursive: true, force: true }));

describe('archive:search', () => {
  it('lists every article newest first for an empty query', async () => {
    const page = await search();
    expect(page.total).toBe(4);
    expect(page.items.map((i) => i.date)).toEqual(['2017-01-10', '2016-12-30', '2016-07-15', '1987-03-01']);
    expect(page.queryError).toBeNull();
  });

  it('finds the seed from Москве, with the hit marked in its snippet', async () => {
    const page = await search({ query: 'Москве' });
    expect(titles(page)).toEqual([
      'Песков: РФ готова к координации совместных усилий с США в борьбе с терроризмом в Сирии',
    ]);
    const [hit] = page.items;
    expect(hit!.snippetHits.length).toBeGreaterThan(0);
    expect(hit!.snippetHits.map(([s, e]) => hit!.snippet.slice(s, e))).toContain('Москва');
  });

  it('marks hits in the headline', async () => {
    const [hit] = (await search({ query: 'Syrian' })).items;
    expect(hit!.title.slice(...hit!.titleHits[0]!)).toBe('Syria');
  });

  it('ranks by relevance when asked, and scores each hit', async () => {
    const page = await search({ query: 'trade OR gas', sort: 'relevance' });
    expect(titles(page)[0]).toBe('Syria gas field reopens');
    expect(page.items.every((i) => i.score > 0)).toBe(true);
  });

  it('sorts hits by date both ways and by headline', async () => {
    expect(titles(await search({ query: 'deficit', sort: 'date-asc' }))).toEqual([
      'Oil prices rise',
      'Syria gas field reopens',
    ]);
    expect(titles(await search({ query: 'deficit', sort: 'date-desc' }))).toEqual([
      'Syria gas field reopens',
      'Oil prices rise',
    ]);
    expect(titles(await search({ query: 'deficit', sort: 'title' }))).toEqual([
      'Oil prices rise',
      'Syria gas field reopens',
    ]);
  });

  it('pages through the results', async () => {
    const page = await search({ offset: 1, limit: 2 });
    expect(page).toMatchObject({ total: 4, offset: 1 });
    expect(page.items.map((i) => i.date)).toEqual(['2016-12-30', '2016-07-15']);
  });

  it('returns a query error and an empty page for a query that does not parse', async () => {
    const page = await search({ query: '"trade deficit' });
    expect(page).toMatchObject({
      total: 0,
      items: [],
      queryError: { code: 'unclosed-quote', message: 'A closing quotation mark (") is missing.' },
    });
  });

  it('counts facets over the results, folders being the imported root', async () => {
    const { facets } = await search({ query: 'deficit' });
    expect(facets.folder).toEqual([{ value: news, count: 2 }]);
    // Agencies the gazetteer knows come as ids, whatever the spelling (core/names).
    expect(facets.agency.map((c) => c.value).sort()).toEqual(['agency/reuters', 'agency/sana']);
    expect(facets.period.map((c) => c.value)).toEqual(['2016', '2016-12', '1987', '1987-03']);
  });

  it('combines facet filters with the query', async () => {
    const page = await search({ query: 'deficit', filters: { agency: ['agency/reuters'] } });
    expect(titles(page)).toEqual(['Oil prices rise']);
    expect(page.facets.agency.find((c) => c.value === 'agency/sana')?.count).toBe(1);
  });
});

describe('archive:get', () => {
  it('gives the folder, the sub-headlines and, with a query, the hits', async () => {
    const [hit] = (await search({ query: 'Россия' })).items;
    const article = await service.handlers['archive:get']({ id: hit!.id, query: 'Россия' });
    expect(article!.folder).toBe(news);
    expect(article!.subheadings.map((i) => article!.paragraphs[i])).toEqual([
      'Путин обозначил взаимные усилия РФ и США в урегулировании конфликтов, в частности в Сирии и на Украине',
    ]);
    const inParagraphs = article!.highlights!.paragraphs.flatMap((ranges, p) =>
      ranges.map(([s, e]) => article!.paragraphs[p]!.slice(s, e)),
    );
    expect(inParagraphs).toContain('Россия');
    expect(inParagraphs).toContain('России');
  });

  it('has no highlights without a query', async () => {
    const [hit] = (await search()).items;
    expect((await service.handlers['archive:get']({ id: hit!.id }))!.highlights).toBeNull();
  });
});

describe('keeping the index current', () => {
  it('finds a changed article by its new words after a re-import, and no longer by its old ones', async () => {
    await writeFile(
      join(news, 'sub', 'en2.txt'),
      'Wheat prices fall\n\nLondon – Reuters\n\n02-03-1987\n\nGrain fell sharply in Chicago trading on Monday.\n',
    );
    await service.importFolder(news);
    expect(titles(await search({ query: 'crude' }))).toEqual([]);
    expect(titles(await search({ query: 'wheat' }))).toEqual(['Wheat prices fall']);
  });

  it('finds a new file after a re-import', async () => {
    await writeFile(
      join(news, 'en3.txt'),
      'Ceasefire holds in Aleppo\n\nAleppo – SANA\n\n05-01-2017\n\nThe ceasefire held for a third day, residents said.\n',
    );
    await service.importFolder(news);
    expect(titles(await search({ query: 'ceasefire' }))).toEqual(['Ceasefire holds in Aleppo']);
  });

  it('loads the saved index after a restart, without the body store', async () => {
    await rm(join(dataDir, 'bodies'), { recursive: true });
    await service.close();
    const restarted = await ArchiveService.open({ dataDir });
    await restarted.search.ready;
    const page = await search({ query: '"trade deficit"' }, restarted);
    expect(titles(page)).toEqual(['Oil prices rise']);
    expect(page.items[0]!.snippet).toContain('trade deficit');
  });

  it('rebuilds a missing index at the next start', async () => {
    await rm(join(dataDir, INDEX_FILE));
    await service.close();
    const restarted = await ArchiveService.open({ dataDir });
    await restarted.search.ready;
    expect(titles(await search({ query: 'Syrian' }, restarted))).toEqual(['Syria gas field reopens']);
  });

  it('re-indexes at the next start an article the catalogue changed while the app was closed', async () => {
    const catalogue = await CatalogueStore.open(dataDir, []);
    const oil = Object.values(catalogue.data.articles).find((a) => a.title === 'Oil prices rise')!;
    catalogue.putArticle({ ...oil, agency: 'Bloomberg', contentHash: oil.contentHash });
    await catalogue.save();
    await service.close();
    const restarted = await ArchiveService.open({ dataDir });
    await restarted.search.ready;
    expect(titles(await search({ query: 'agency:Bloomberg' }, restarted))).toEqual(['Oil prices rise']);
    expect(titles(await search({ query: 'agency:Reuters' }, restarted))).toEqual([]);
  });
});
