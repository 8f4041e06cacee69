import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from '../harness/fixtures';
import { SEED, writeSmallFolder } from './fixture-folders';
import { allArticles, openReadingRoom, rowTitled, rows } from './reading-room';

test.use({ archiveName: 'sources' });
// One folder goes through the tests in turn: listed, grown by a re-scan, removed, re-imported.
test.describe.configure({ mode: 'serial' });

const NEW_TITLE = 'Aleppo water station back in service after repairs';

test.beforeAll(async ({ archive }) => {
  await writeSmallFolder(folderOf(archive.workDir));
  await archive.service.importFolder(folderOf(archive.workDir));
});

function folderOf(workDir: string): string {
  return join(workDir, 'dispatches');
}

async function openSources(page: Page) {
  await page.getByTestId('sources-button').click();
  const dialog = page.getByTestId('sources-dialog');
  await expect(dialog).toHaveRole('dialog');
  return dialog;
}

test('lists the imported folder with its article count', async ({ page, archive }) => {
  await openReadingRoom(page);
  const dialog = await openSources(page);
  const row = dialog.getByTestId('source-row');
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('source-path')).toHaveText(folderOf(archive.workDir));
  await expect(row.getByTestId('source-articles')).toHaveText('2 articles');
  await expect(row.getByTestId('source-scanned')).toHaveText(/Scanned (now|\d+ (seconds?|minutes?) ago)/);
  await expect(row.getByRole('switch', { name: 'Watch for changes' })).toBeChecked();
  await screenshot(page, 'sources-dialog');
});

test('picks up a new file on re-scan, with watching turned off', async ({ page, archive }) => {
  await openReadingRoom(page);
  const row = (await openSources(page)).getByTestId('source-row');
  // With the watcher off, only the re-scan can bring the new file in.
  await row.getByTestId('source-watch').click();
  await expect(row.getByTestId('source-watch')).not.toBeChecked();
  await writeFile(
    join(folderOf(archive.workDir), 'aleppo.txt'),
    `${NEW_TITLE}\n\nAleppo, SANA – Engineers restored the pumps of the main water station on Monday.\n`,
  );
  await row.getByTestId('source-rescan').click();
  await expect(row.getByTestId('source-articles')).toHaveText('3 articles');
  await expect(page.getByTestId('sources-status')).toContainText('1 imported');
  await page.getByTestId('sources-close').click();
  await expect(rowTitled(page, NEW_TITLE)).toBeVisible();
  await expect(page.getByTestId('article-count')).toHaveText('3 articles');
});

test('removes the folder, keeping the tags, which come back when it is imported again', async ({ page, archive }) => {
  const seed = (await allArticles(archive)).find((a) => a.title === SEED.title)!;
  await archive.service.handlers['tags:apply']({ ids: [seed.id], add: ['kremlin'], remove: [] });
  await openReadingRoom(page);
  const dialog = await openSources(page);
  await dialog.getByTestId('source-remove').click();
  const confirm = page.getByTestId('remove-source-dialog');
  await expect(confirm).toHaveRole('dialog');
  await expect(confirm.getByTestId('remove-source-path')).toHaveText(folderOf(archive.workDir));
  await expect(confirm).toContainText('3 articles from this folder leave the archive');
  await expect(confirm.getByTestId('remove-keep-user-data')).toBeChecked();
  await screenshot(page, 'sources-remove-confirmation');
  await confirm.getByTestId('remove-source-confirm').click();

  await expect(dialog.getByTestId('sources-empty')).toBeVisible();
  await expect(page.getByTestId('sources-status')).toContainText('3 articles left the archive');
  await dialog.getByTestId('sources-close').click();
  await expect(page.getByTestId('empty-state')).toBeVisible();

  archive.chooseFolder = folderOf(archive.workDir);
  await page.getByTestId('empty-state').getByTestId('import-button').click();
  await expect(rows(page)).toHaveCount(3);
  await expect(rowTitled(page, SEED.title).getByTestId('tag-chip')).toHaveText('kremlin');
});

test('imports a file written into a watched folder by itself', async ({ page, archive }) => {
  const title = 'Homs bakeries resume bread deliveries to rural districts';
  await openReadingRoom(page);
  // The folder added again is watched, as every new source is.
  await expect(page.getByTestId('watch-indicator')).toHaveText('Watching 1 folder');
  await writeFile(
    join(folderOf(archive.workDir), 'homs.txt'),
    `${title}\n\nHoms, SANA – Bakeries in the countryside of Homs received flour on Tuesday.\n`,
  );
  await expect(rowTitled(page, title)).toBeVisible();
  await expect(page.getByTestId('article-count')).toHaveText('4 articles');
  // A background import that went well leaves no summary to dismiss.
  await expect(page.getByTestId('import-summary')).toHaveCount(0);
});
