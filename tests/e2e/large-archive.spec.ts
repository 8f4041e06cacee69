// A scroll smoke test at the size the app is designed for: 100,000 articles,
// generated at test time as JSON Lines files and imported by the real importer. The
// articles are bench/render.ts's (bench/render-archive.ts), which it measures at 1M.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, expect, screenshot, test } from '../harness/fixtures';
import { openReadingRoom, resultTotal, rows, rowTitled } from './reading-room';
import { renderArticle } from '../../bench/render-archive';
import {
  brushTimeline,
  describeFrames,
  scrollListThrough,
  startFrameRecorder,
  stopFrameRecorder,
} from '../harness/frame-recorder';

const COUNT = 100_000;
/** Far more than a window of rows, far fewer than the archive: what "virtualised" means here. */
const MAX_ROWS_IN_DOM = 200;

// The per-file time budget guards users from hostile files; this spec imports 100 plain
// files, three of which went over the default 10 s at load average 25 on a shared machine.
test.use({ archiveName: 'large-archive', archiveParse: { fileBudgetMs: 120_000 } });

const headline = (i: number): string => renderArticle(i, COUNT).title;
const dayOf = (i: number): string => renderArticle(i, COUNT).date;

test.beforeAll(async ({ archive }) => {
  // Importing 100,000 records takes about half a minute on a 2-core machine.
  test.setTimeout(300_000);
  const folder = join(archive.workDir, 'large');
  await mkdir(folder);
  // Each with its own words: with only numbers differing, 98,322 of them made one story thread.
  const lines = Array.from({ length: COUNT }, (_, i) => JSON.stringify(renderArticle(i, COUNT)));
  // Files of 1,000 lines, as a folder of exports would hold: one 100,000-line file went over
  // the importer's per-file time budget at load average 25 and was rejected whole.
  for (let start = 0; start < COUNT; start += 1000)
    await writeFile(join(folder, `large-${start / 1000}.jsonl`), lines.slice(start, start + 1000).join('\n'));
  const summary = await archive.service.importFolder(folder);
  expect(summary.imported).toBe(COUNT);
});

test.beforeEach(async ({ page }) => {
  await openReadingRoom(page);
});

test('lists 100,000 articles with only a window of rows in the page', async ({ page }) => {
  await expect.poll(() => resultTotal(page)).toBe(COUNT);
  expect(await rows(page).count()).toBeLessThan(MAX_ROWS_IN_DOM);
});

test('scrolls to the oldest of 100,000 articles and opens it', async ({ page }) => {
  // The list's height is known once the first page has said how many results there are.
  await expect.poll(() => resultTotal(page)).toBe(COUNT);
  await page.getByTestId('article-list').evaluate((list) => list.scrollTo({ top: list.scrollHeight }));
  const oldest = rowTitled(page, headline(0));
  await expect(oldest).toBeVisible();
  expect(await rows(page).count()).toBeLessThan(MAX_ROWS_IN_DOM);
  await oldest.click();
  await expect(page.getByTestId('reader-title')).toHaveText(headline(0));
});

test('moves the cursor to the last of 100,000 articles with the End key', async ({ page }) => {
  await page.getByTestId('article-list').focus();
  await page.keyboard.press('End');
  await expect(rows(page).last()).toHaveAttribute('aria-selected', 'true');
  // About twelve articles share each day (100,000 over 23 years); the oldest day's are all in view at the end.
  await expect(rowTitled(page, headline(0))).toBeVisible();
});

/**
 * The issue asks for the longest task seen while the list scrolls from top to bottom,
 * reported and not asserted (a shared CI machine makes any threshold flaky). It is
 * written to test-results/large-archive-scroll.json and printed. bench/render.ts
 * measures the same at 1,000,000 articles, outside `npm test`.
 */
test('scrolls from top to bottom of 100,000 articles and reports the longest task', async ({ page }) => {
  await expect.poll(() => resultTotal(page)).toBe(COUNT);
  await startFrameRecorder(page);
  await scrollListThrough(page, 400);
  const figures = await stopFrameRecorder(page);
  await expect(rowTitled(page, headline(0))).toBeVisible();
  expect(figures.frames).toBeGreaterThanOrEqual(400);
  await writeFile(join(ROOT, 'test-results/large-archive-scroll.json'), `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`scrolling 100,000 rows in 400 steps: ${describeFrames(figures)}`);
});

/**
 * The timeline over 100,000 articles (issue 19): a bar a month over 23 years, brushed
 * with the mouse while every frame and long task is recorded, then the narrowed list
 * scrolled top to bottom. Figures are reported, not asserted, as above; written to
 * test-results/large-archive-timeline.json.
 */
test('brushes the timeline over 100,000 articles and scrolls the narrowed list, reporting the longest frame', async ({
  page,
}) => {
  await expect.poll(() => resultTotal(page)).toBe(COUNT);
  const last = new Date(dayOf(COUNT - 1));
  const months = (last.getUTCFullYear() - 2000) * 12 + last.getUTCMonth() + 1;
  await expect(page.getByTestId('timeline-bar')).toHaveCount(months);
  await startFrameRecorder(page);
  await brushTimeline(page);
  await expect.poll(() => new URLSearchParams(new URL(page.url()).hash.slice(1)).get('date')).not.toBeNull();
  const [from, to] = new URLSearchParams(new URL(page.url()).hash.slice(1)).get('date')!.split('..') as [
    string,
    string,
  ];
  const within = Array.from({ length: COUNT }, (_, i) => dayOf(i)).filter((day) => day >= from && day <= to).length;
  await expect.poll(() => resultTotal(page)).toBe(within);
  await scrollListThrough(page, 200);
  const figures = { bars: months, range: `${from}..${to}`, results: within, ...(await stopFrameRecorder(page)) };
  await writeFile(join(ROOT, 'test-results/large-archive-timeline.json'), `${JSON.stringify(figures, null, 2)}\n`);
  await screenshot(page, 'large-archive-timeline');
  console.log(
    `brushing ${months} month bars to ${within} of 100,000 articles and scrolling them: ${describeFrames(figures)}`,
  );
});
