// Issue 20 in real Chromium: above 3,000 matches (result-set.ts COUNTS_INLINE_UP_TO)
// main sends a search's first page before its facet counts and timeline, which follow by
// archive:searchCounts. The sidebar and the chart must still end up with the exact figures.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { COUNTS_INLINE_UP_TO } from '../../src-main/core/search/result-set';
import { entityForField } from '../../src-main/core/names';
import { expect, screenshot, test } from '../harness/fixtures';
import { facetCount, openReadingRoom, resultTotal, revealFacetOption, search } from './reading-room';

const COUNT = 12_000;
/** Every third article is TASS's, the rest SANA's; all but every twelfth speak of the season. */
const isTass = (i: number): boolean => i % 3 === 0;
const ofSeason = (i: number): boolean => i % 12 !== 0;
const SANA = entityForField('agency', 'SANA')!.id;
const TASS = entityForField('agency', 'TASS')!.id;

test.use({ archiveName: 'late-counts' });

test.beforeAll(async ({ archive }) => {
  test.setTimeout(300_000);
  const folder = join(archive.workDir, 'many');
  await mkdir(folder);
  const lines = Array.from({ length: COUNT }, (_, i) =>
    JSON.stringify({
      title: `Harvest report ${i}`,
      date: new Date(Date.UTC(2010, 0, 1) + i * 6 * 3600_000).toISOString().slice(0, 10),
      text: `${isTass(i) ? 'Moscow, TASS' : 'Damascus, SANA'} – The harvest rose${ofSeason(i) ? ' this season' : ''}.`,
    }),
  );
  await writeFile(join(folder, 'many.jsonl'), lines.join('\n'));
  expect((await archive.service.importFolder(folder)).imported).toBe(COUNT);
});

test.beforeEach(async ({ page }) => {
  await openReadingRoom(page);
});

/** Resolves when main has answered archive:searchCounts for this query. */
function countsAnswered(page: Page, query: string): Promise<unknown> {
  return page.waitForResponse((response) => {
    if (!response.url().endsWith(`/ipc/${encodeURIComponent('archive:searchCounts')}`)) return false;
    return ((JSON.parse(response.request().postData() ?? '{}') as { query?: string }).query ?? '') === query;
  });
}

test('counts the agencies of 12,000 articles after the first page of the list', async ({ page }) => {
  await expect.poll(() => resultTotal(page)).toBe(COUNT);
  const tass = Array.from({ length: COUNT }, (_, i) => i).filter(isTass).length;
  await expect.poll(async () => facetCount(await revealFacetOption(page, 'agency', TASS))).toBe(tass);
  await expect.poll(async () => facetCount(await revealFacetOption(page, 'agency', SANA))).toBe(COUNT - tass);
});

test('shows a search’s exact total at once and its facets and timeline when counted', async ({ page }) => {
  const indices = Array.from({ length: COUNT }, (_, i) => i).filter(ofSeason);
  // More matches than a page carries counts for, so they come by archive:searchCounts.
  expect(indices.length).toBeGreaterThan(COUNTS_INLINE_UP_TO);
  const counted = countsAnswered(page, 'season');
  await search(page, 'season');
  await expect.poll(() => resultTotal(page)).toBe(indices.length);
  await counted;
  const tass = indices.filter(isTass).length;
  await expect.poll(async () => facetCount(await revealFacetOption(page, 'agency', TASS))).toBe(tass);
  await expect.poll(async () => facetCount(await revealFacetOption(page, 'agency', SANA))).toBe(indices.length - tass);
  await expect(page.getByTestId('timeline-chart')).toBeVisible();
  await screenshot(page, 'late-counts');
});
