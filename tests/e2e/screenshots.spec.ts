import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from '../harness/fixtures';
import { ARABIC, CORPUS_MISSING, SEED, writeCorpusSlice, writeSmallFolder } from './fixture-folders';
import { openArticle, openReadingRoom, search } from './reading-room';

test.use({ archiveName: 'screenshots' });

test.beforeAll(async ({ archive }) => {
  const folder = join(archive.workDir, 'dispatches');
  await writeSmallFolder(folder);
  await writeCorpusSlice(folder);
  await archive.service.importFolder(folder);
});

function backgroundOf(page: Page): Promise<string> {
  return page.evaluate(() => {
    for (let el: Element | null = document.querySelector('[data-testid="reader"]'); el; el = el.parentElement) {
      const colour = getComputedStyle(el).backgroundColor;
      if (colour !== 'rgba(0, 0, 0, 0)') return colour;
    }
    return getComputedStyle(document.documentElement).backgroundColor;
  });
}

test('follows the light and dark themes of the operating system', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openReadingRoom(page);
  await search(page, 'Песков');
  await openArticle(page, SEED.title);
  const light = await backgroundOf(page);
  await screenshot(page, 'reading-room-light');

  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => backgroundOf(page)).not.toBe(light);
  await screenshot(page, 'reading-room-dark');
});

test('shows a Russian article with its query hits marked', async ({ page }) => {
  await openReadingRoom(page);
  await search(page, 'Москве');
  await openArticle(page, SEED.title);
  await expect(page.getByTestId('reader').locator('mark.hit').first()).toBeVisible();
  await screenshot(page, 'article-russian');
});

test('shows an Arabic article right to left', async ({ page }) => {
  await openReadingRoom(page);
  await search(page, 'الخارجية');
  await openArticle(page, ARABIC.title);
  await expect(page.getByTestId('reader')).toHaveAttribute('dir', 'rtl');
  await screenshot(page, 'article-arabic');
});

test('shows a corpus article from Sky News Arabia in the dark theme', async ({ page }) => {
  test.skip(CORPUS_MISSING !== null, CORPUS_MISSING ?? '');
  await page.emulateMedia({ colorScheme: 'dark' });
  await openReadingRoom(page);
  await search(page, 'ترامب');
  await openArticle(page, 'ترامب: المهمة أنجزت ونفذت بإحكام');
  await expect(page.getByTestId('reader')).toHaveAttribute('dir', 'rtl');
  await screenshot(page, 'article-arabic-corpus-dark');
});
