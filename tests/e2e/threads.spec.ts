// Story threads in real Chromium against the real service: one story imported from two
// agencies is marked "2 reports · 2 agencies" in the list, collapses to its earliest
// report on request, and the reader shows who reported it when and compares a copy with
// the earliest.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, screenshot, test } from '../harness/fixtures';
import { BANK_STORY, FLOOD_STORY as STORY, jsonArticle } from '../fixtures/threads';
import { openArticle, openReadingRoom, rows, rowTitled } from './reading-room';

test.use({ archiveName: 'threads' });

const EARLIEST = 'Floods cut off valley villages';
const COPY = 'Valley flooded, dozens of families moved';
const OTHER = 'Central bank holds rates';

test.beforeAll(async ({ archive }) => {
  const folder = join(archive.workDir, 'threads');
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'sana.json'), jsonArticle(EARLIEST, '2024-03-05', STORY, 'SANA'));
  const copy = STORY.replace('forty', 'forty-two').replace(/ The river rose.*$/, ' Aid agencies appealed for tents.');
  await writeFile(join(folder, 'tass.json'), jsonArticle(COPY, '2024-03-06', copy, 'TASS'));
  await writeFile(join(folder, 'bank.json'), jsonArticle(OTHER, '2024-03-07', BANK_STORY, 'SANA'));
  await archive.service.importFolder(folder);
});

test('one story from two agencies is a thread: badge, collapse, timeline and comparison', async ({ page }) => {
  await openReadingRoom(page);
  await expect(rows(page)).toHaveCount(3);
  await expect(rowTitled(page, COPY).getByTestId('row-thread')).toHaveText(/2 reports\s*·\s*2 agencies/);
  await expect(rowTitled(page, OTHER).getByTestId('row-thread')).toHaveCount(0);

  await page.getByTestId('collapse-threads').check();
  await expect(rows(page)).toHaveCount(2);
  await expect(rowTitled(page, COPY)).toHaveCount(0);
  await expect(page).toHaveURL(/threads=collapsed/);
  await page.getByTestId('collapse-threads').uncheck();
  await expect(rows(page)).toHaveCount(3);

  await openArticle(page, COPY);
  const thread = page.getByTestId('thread');
  await expect(thread.getByTestId('thread-report')).toHaveCount(2);
  await expect(thread.getByTestId('thread-report').first()).toContainText('SANA');
  await expect(thread.getByTestId('thread-report').first()).toContainText(EARLIEST);
  await page.getByTestId('thread-compare').click();
  const diff = page.getByTestId('version-diff-text');
  await expect(diff.locator('ins').filter({ hasText: 'Aid agencies appealed' })).toHaveCount(1);
  await expect(diff.locator('del').filter({ hasText: 'river rose' })).toHaveCount(1);
  await screenshot(page, 'threads-reader');

  await thread.getByTestId('thread-open').click();
  await expect(page.getByTestId('reader-title')).toHaveText(EARLIEST);
});

test('after a restart the thread badges come back once the threads are built, without a reload', async ({
  page,
  archive,
}) => {
  // Folded into the shards, so the restarted service reads the signatures and builds the threads after the first page.
  await archive.service.catalogue.snapshot();
  await archive.restart();
  await openReadingRoom(page);
  await expect(rows(page)).toHaveCount(3);
  await expect(rowTitled(page, COPY).getByTestId('row-thread')).toHaveText(/2 reports\s*·\s*2 agencies/);
  await expect(rowTitled(page, EARLIEST).getByTestId('row-thread')).toHaveText(/2 reports\s*·\s*2 agencies/);
  await screenshot(page, 'threads-after-restart');
  await page.getByTestId('collapse-threads').check();
  await expect(rows(page)).toHaveCount(2);
});
