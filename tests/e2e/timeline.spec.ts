// The results timeline (issue 19) in real Chromium: the chart over the list, brushing a
// range into the search and the URL, a reload keeping it, the open article marked on it.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from '../harness/fixtures';
import { openArticle, openReadingRoom, resultTotal } from './reading-room';

test.use({ archiveName: 'timeline' });

/** 50 dispatches four days apart from Monday 4 January 2016 to 18 July (29 weeks: drawn by week), and two undated. */
const DATED = Array.from({ length: 50 }, (_, i) => {
  const day = new Date(Date.UTC(2016, 0, 4 + 4 * i)).toISOString().slice(0, 10);
  return { title: `Harvest report ${i + 1}`, day };
});
const TOTAL = DATED.length + 2;

test.beforeAll(async ({ archive }) => {
  const folder = join(archive.workDir, 'dispatches');
  await mkdir(folder, { recursive: true });
  for (const [i, { title, day }] of DATED.entries()) {
    const [y, m, d] = day.split('-');
    const text = `${title}\n\nDamascus – SANA\n\n${d}-${m}-${y}\n\nThe harvest report number ${i + 1} from the provinces.\n`;
    await writeFile(join(folder, `report-${i}.txt`), text);
  }
  for (const n of [1, 2]) await writeFile(join(folder, `undated-${n}.txt`), `Undated note ${n}\n\nNo date here.\n`);
  await archive.service.importFolder(folder);
});

const bars = (page: Page) => page.getByTestId('timeline-bar');

/** Drags across the brush from the middle of bar `from` to the middle of bar `to`. */
async function brush(page: Page, from: number, to: number): Promise<void> {
  const box = (await page.getByTestId('timeline-brush').boundingBox())!;
  const count = await bars(page).count();
  const x = (i: number): number => box.x + ((i + 0.5) * box.width) / count;
  const y = box.y + box.height / 2;
  await page.mouse.move(x(from), y);
  await page.mouse.down();
  await page.mouse.move((x(from) + x(to)) / 2, y, { steps: 4 });
  await page.mouse.move(x(to), y, { steps: 4 });
  await page.mouse.up();
}

function rangeInUrl(page: Page): string | null {
  return new URLSearchParams(new URL(page.url()).hash.slice(1)).get('date');
}

function datedWithin(range: string): number {
  const [from, to] = range.split('..') as [string, string];
  return DATED.filter(({ day }) => day >= from && day <= to).length;
}

test('draws the results by week, brushes a range into the search and the URL, and keeps it on reload', async ({
  page,
}) => {
  await openReadingRoom(page);
  await expect.poll(() => resultTotal(page)).toBe(TOTAL);
  const chart = page.getByTestId('timeline-chart');
  await expect(chart).toHaveAttribute('role', 'img');
  await expect(chart).toHaveAttribute(
    'aria-label',
    'Results by week, 4 January 2016 to 24 July 2016: 50 dated, 2 undated',
  );
  await expect(bars(page)).toHaveCount(29);
  await expect(page.getByTestId('timeline-undated')).toHaveText('2 undated');
  // The table behind the chart: a row per week with results (four days apart, every week has one) and the undated.
  await expect(page.getByTestId('timeline-table').locator('tbody tr')).toHaveCount(29 + 1);

  await brush(page, 4, 9);
  await expect.poll(() => rangeInUrl(page)).toBe('2016-02-01..2016-03-13');
  const expected = datedWithin('2016-02-01..2016-03-13');
  expect(expected).toBeGreaterThan(5);
  await expect.poll(() => resultTotal(page)).toBe(expected);
  await expect(page.getByTestId('timeline-range')).toHaveText('Dates: 1 February 2016 – 13 March 2016');
  // The chart keeps showing the whole span, the brushed weeks lit.
  await expect(bars(page)).toHaveCount(29);
  await expect(page.locator('[data-testid="timeline-bar"].lit')).toHaveCount(6);

  await page.reload();
  await expect.poll(() => resultTotal(page)).toBe(expected);
  await expect(page.getByTestId('timeline-range')).toBeVisible();
  expect(rangeInUrl(page)).toBe('2016-02-01..2016-03-13');

  await openArticle(page, 'Harvest report 9');
  const marker = page.getByTestId('timeline-marker');
  await expect(marker).toBeVisible();
  await expect(marker.locator('title')).toHaveText('Open article: 5 February 2016');
  await screenshot(page, 'timeline-brushed');

  await page.getByTestId('timeline-clear').click();
  await expect.poll(() => resultTotal(page)).toBe(TOTAL);
  expect(rangeInUrl(page)).toBeNull();
});

test('brushes from the keyboard: arrows to a week, Shift+arrows to widen, Enter to search', async ({ page }) => {
  await openReadingRoom(page);
  await expect(bars(page)).toHaveCount(29);
  await page.getByTestId('timeline-brush').focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Enter');
  await expect.poll(() => rangeInUrl(page)).toBe('2016-01-04..2016-01-17');
  await expect.poll(() => resultTotal(page)).toBe(datedWithin('2016-01-04..2016-01-17'));
  await page.keyboard.press('Escape');
  await expect.poll(() => rangeInUrl(page)).toBeNull();
});
