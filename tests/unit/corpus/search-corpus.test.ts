import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchPage } from '../../../src-main/contract/search';
import { entityForField } from '../../../src-main/core/names';
import { ArchiveService } from '../../../src-main/core/service';
import { CORPUS } from './corpus-files';

const SEEDS = resolve(import.meta.dirname, '../../../seeds');

if (!existsSync(CORPUS))
  console.warn(`corpus search test skipped: ${CORPUS} not found (it sits beside the repo as ../shared/corpus)`);

describe.skipIf(!existsSync(CORPUS))('searching the seed and the whole corpus', { timeout: 300_000 }, () => {
  let dataDir: string;
  let service: ArchiveService;

  const search = (query: string, limit = 500): Promise<SearchPage> =>
    service.handlers['archive:search']({ query, filters: {}, sort: 'date-desc', offset: 0, limit });
  const ids = async (query: string): Promise<string[]> => (await search(query)).items.map((i) => i.id).sort();
  const articles = () => Object.values(service.catalogue.data.articles);

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'da-search-corpus-'));
    service = await ArchiveService.open({ dataDir });
    await service.importFolder(SEEDS);
    await service.importFolder(CORPUS);
  }, 300_000);
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('finds the seed from Москве', async () => {
    const titles = (await search('Москве')).items.map((i) => i.title);
    expect(titles).toContain('Песков: РФ готова к координации совместных усилий с США в борьбе с терроризмом в Сирии');
  });

  // The corpus's SANA articles are all English (sana/sanasyria.json, fa-kes), so the
  // Arabic check runs over every Arabic source.
  it('finds the same Arabic articles for a word with and without ال, and with diacritics', async () => {
    const withArticle = await ids('السورية');
    expect(withArticle.length).toBeGreaterThan(10);
    expect(await ids('سورية')).toEqual(withArticle);
    expect(await ids('سُورِيَّة')).toEqual(withArticle);
  });

  it('finds an Arabic word after a conjunction and the article (والجيش) from the bare word', async () => {
    expect(await ids('والجيش')).toEqual(await ids('جيش'));
  });

  it('counts exactly the Arabic articles for lang:ar', async () => {
    const arabic = articles().filter((a) => a.language === 'ar').length;
    expect(arabic).toBeGreaterThan(0);
    expect((await search('lang:ar', 1)).total).toBe(arabic);
  });

  it('filters by agency, whichever script the agency is spelt in', async () => {
    // SANA, САНА and سانا are one agency (core/names): the corpus spells it SANA, the seed САНА.
    const sana = articles().filter(
      (a) => a.agency !== null && entityForField('agency', a.agency)?.id === 'agency/sana',
    );
    expect(new Set(sana.map((a) => a.agency)).size).toBeGreaterThan(1);
    const page = await search('agency:SANA', 1);
    expect(page.total).toBe(sana.length);
    expect(page.facets.agency.find((c) => c.value === 'agency/sana')?.count).toBe(sana.length);
  });

  it('finds English articles about Syria from Syrian', async () => {
    const page = await search('Syrian lang:en', 5);
    expect(page.total).toBeGreaterThan(100);
    expect(page.items.every((i) => i.snippetHits.length + i.titleHits.length > 0)).toBe(true);
  });
});
