// A scroll smoke test at the size the app is designed for: 100,000 articles,
// generated at test time as one JSON Lines file and imported by the real importer.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, expect, test } from '../harness/fixtures';
import { openReadingRoom, resultTotal, rows, rowTitled } from './reading-room';

const COUNT = 100_000;
/** Far more than a window of rows, far fewer than the archive: what "virtualised" means here. */
const MAX_ROWS_IN_DOM = 200;

test.use({ archiveName: 'large-archive' });

const headline = (i: number): string => `Dispatch ${i} on the harvest in province ${i % 97}`;

test.beforeAll(async ({ archive }) => {
  // Importing 100,000 records takes about half a minute on a 2-core machine.
  test.setTimeout(300_000);
  const folder = join(archive.workDir, 'large');
  await mkdir(folder);
  const lines = Array.from({ length: COUNT }, (_, i) =>
    JSON.stringify({
      title: headline(i),
      date: new Date(Date.UTC(2000, 0, 1) + i * 2 * 3600_000).toISOString().slice(0, 10),
      text: `Damascus, SANA – Report ${i} says the harvest in province ${i % 97} rose by ${i % 13} percent this season.`,
    }),
  );
  await writeFile(join(folder, 'large.jsonl'), lines.join('\n'));
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
  // Twelve articles share each day; the oldest day's are all in view at the end.
  await expect(rowTitled(page, headline(0))).toBeVisible();
});

/**
 * The issue asks for the longest task seen while the list scrolls from top to bottom,
 * reported and not asserted (a shared CI machine makes any threshold flaky). It is
 * written to test-results/large-archive-scroll.json and printed.
 */
test('scrolls from top to bottom of 100,000 articles and reports the longest task', async ({ page }) => {
  await expect.poll(() => resultTotal(page)).toBe(COUNT);
  const figures = await page.getByTestId('article-list').evaluate(async (list) => {
    const tasks: number[] = [];
    const observer = new PerformanceObserver((entries) => {
      for (const entry of entries.getEntries()) tasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask', buffered: false });
    const frame = (): Promise<number> => new Promise((done) => requestAnimationFrame(done));
    const steps = 400;
    let longestFrame = 0;
    let last = await frame();
    const started = performance.now();
    for (let i = 1; i <= steps; i++) {
      list.scrollTop = (list.scrollHeight - list.clientHeight) * (i / steps);
      const now = await frame();
      longestFrame = Math.max(longestFrame, now - last);
      last = now;
    }
    // Let the pages asked for during the last steps arrive, and their tasks be observed.
    await new Promise((done) => setTimeout(done, 500));
    observer.disconnect();
    return {
      steps,
      ms: performance.now() - started,
      longTasks: tasks.length,
      longestTaskMs: Math.max(0, ...tasks),
      longestFrameMs: longestFrame,
    };
  });
  await expect(rowTitled(page, headline(0))).toBeVisible();
  expect(figures.steps).toBe(400);
  await writeFile(join(ROOT, 'test-results/large-archive-scroll.json'), `${JSON.stringify(figures, null, 2)}\n`);
  console.log(
    `scrolling 100,000 rows in ${figures.steps} steps: ${figures.longTasks} long tasks, longest ${figures.longestTaskMs.toFixed(0)} ms; longest frame ${figures.longestFrameMs.toFixed(0)} ms`,
  );
});
