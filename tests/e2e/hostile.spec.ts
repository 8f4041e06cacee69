import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../harness/fixtures';
import { HOSTILE_TITLE, writeHostileFolder } from './fixture-folders';
import { openArticle, openReadingRoom, rows, rowTitled } from './reading-room';

test.use({ archiveName: 'hostile' });

test.beforeAll(async ({ archive }) => {
  const folder = join(archive.workDir, 'hostile');
  await writeHostileFolder(folder);
  await archive.service.importFolder(folder);
});

test.beforeEach(async ({ page }) => {
  await openReadingRoom(page);
});

function pwned(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
}

test('shows the markup of a text dispatch literally, as its headline and body text', async ({ page }) => {
  await openArticle(page, HOSTILE_TITLE);
  await expect(page.getByTestId('reader-title')).toHaveText(HOSTILE_TITLE);
  await expect(page.getByTestId('paragraph').first()).toContainText('<img src=x onerror="window.__pwned=2">');
  await expect(page.getByTestId('paragraph').first()).toContainText('<a href="javascript:window.__pwned=3">');
});

test('adds no element to the list for markup inside headlines or snippets', async ({ page }) => {
  await expect(rows(page)).toHaveCount(2);
  await expect(page.getByTestId('article-list').locator('script, img, iframe, a[href]')).toHaveCount(0);
  expect(await pwned(page)).toBeUndefined();
});

test('runs nothing from a hostile text dispatch, even when its text is clicked', async ({ page }) => {
  await openArticle(page, HOSTILE_TITLE);
  const reader = page.getByTestId('reader');
  await reader.getByText('click me').first().click();
  await expect(reader.locator('script, img, iframe, a[href^="javascript:"]')).toHaveCount(0);
  expect(await pwned(page)).toBeUndefined();
});

test('runs nothing from a hostile saved page, even when its text is clicked', async ({ page }) => {
  await rowTitled(page, 'Hostile saved page').click();
  const reader = page.getByTestId('reader');
  await expect(reader.getByTestId('paragraph').first()).toContainText('The first paragraph of a saved page');
  const link = reader.getByText('click me');
  if ((await link.count()) > 0) await link.first().click();
  await expect(reader.locator('script, img, iframe, a[href^="javascript:"]')).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:"], iframe')).toHaveCount(0);
  expect(await pwned(page)).toBeUndefined();
});
