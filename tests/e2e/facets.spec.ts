import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../harness/fixtures';
import type { ArticleSummary } from '../../src-main/contract/archive';
import { entityForField } from '../../src-main/core/names';
import { SEED, writeCorpusSlice, writeSmallFolder } from './fixture-folders';
import {
  allArticles,
  facetCount,
  facetOption,
  openReadingRoom,
  resultTotal,
  revealFacetOption,
  search,
} from './reading-room';

test.use({ archiveName: 'facets' });

let articles: ArticleSummary[] = [];

test.beforeAll(async ({ archive }) => {
  const folder = join(archive.workDir, 'dispatches');
  await writeSmallFolder(folder);
  await writeCorpusSlice(folder);
  await archive.service.importFolder(folder);
  articles = await allArticles(archive);
});

test.beforeEach(async ({ page }) => {
  await openReadingRoom(page);
});

// The agency facet counts SANA, САНА and سانا as one value, sent as its gazetteer id (core/names).
const SEED_AGENCY = entityForField('agency', SEED.agency)!.id;
const bySeedAgency = (a: ArticleSummary): boolean =>
  a.agency !== null && entityForField('agency', a.agency)?.id === SEED_AGENCY;

function countWhere(test: (article: ArticleSummary) => boolean): number {
  return articles.filter(test).length;
}

async function toggle(page: Page, facet: 'agency' | 'language', value: string): Promise<void> {
  const option = await revealFacetOption(page, facet, value);
  const pressed = await option.getAttribute('aria-pressed');
  await option.click();
  await expect(option).toHaveAttribute('aria-pressed', pressed === 'true' ? 'false' : 'true');
}

test('shows, next to each agency, how many articles it has', async ({ page }) => {
  await expect.poll(() => facetCount(facetOption(page, 'agency', SEED_AGENCY))).toBe(countWhere(bySeedAgency));
});

test('narrows the list to one agency when its facet is pressed', async ({ page }) => {
  const expected = countWhere(bySeedAgency);
  await toggle(page, 'agency', SEED_AGENCY);
  await expect.poll(() => resultTotal(page)).toBe(expected);
  // Every spelling of the agency counts, so the list runs past one screen: check the rows drawn.
  const shown = await page.getByTestId('article-row').allTextContents();
  expect(shown.length).toBeGreaterThan(0);
  for (const text of shown) expect(text).toMatch(/SANA|САНА|سانا/u);
});

test('narrows the list to one language when its facet is pressed', async ({ page }) => {
  const expected = countWhere((a) => a.language === 'ar');
  await expect.poll(() => facetCount(facetOption(page, 'language', 'ar'))).toBe(expected);
  await toggle(page, 'language', 'ar');
  await expect.poll(() => resultTotal(page)).toBe(expected);
  expect(await resultTotal(page)).toBeLessThan(articles.length);
});

test('keeps only the articles that match both of two facets', async ({ page }) => {
  await toggle(page, 'language', 'ru');
  await expect.poll(() => resultTotal(page)).toBe(countWhere((a) => a.language === 'ru'));
  await toggle(page, 'agency', SEED_AGENCY);
  await expect.poll(() => resultTotal(page)).toBe(countWhere((a) => a.language === 'ru' && bySeedAgency(a)));
});

test('combines a facet with the query', async ({ page }) => {
  await search(page, 'Москве');
  const withQuery = await resultTotal(page);
  expect(withQuery).toBeGreaterThanOrEqual(1);
  await toggle(page, 'agency', SEED_AGENCY);
  await expect.poll(() => resultTotal(page)).toBe(1);
  await expect(page.getByTestId('article-row')).toHaveCount(1);
});

test('finds nothing when the query and a facet exclude each other', async ({ page }) => {
  await toggle(page, 'language', 'ar');
  await expect.poll(() => resultTotal(page)).toBeGreaterThan(0);
  await search(page, 'Москве');
  await expect(page.getByTestId('article-row')).toHaveCount(0);
});

test('clears every filter with one button', async ({ page }) => {
  await toggle(page, 'language', 'ar');
  await expect.poll(() => resultTotal(page)).toBeLessThan(articles.length);
  await page.getByTestId('facet-clear').click();
  await expect.poll(() => resultTotal(page)).toBe(articles.length);
  await expect(facetOption(page, 'language', 'ar')).toHaveAttribute('aria-pressed', 'false');
});
