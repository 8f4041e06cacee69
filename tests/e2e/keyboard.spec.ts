import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../harness/fixtures';
import { writeCorpusSlice, writeSmallFolder } from './fixture-folders';
import { allArticles, openReadingRoom, resultTotal, rows, search } from './reading-room';

test.use({ archiveName: 'keyboard' });

let total = 0;

test.beforeAll(async ({ archive }) => {
  const folder = join(archive.workDir, 'dispatches');
  await writeSmallFolder(folder);
  await writeCorpusSlice(folder);
  await archive.service.importFolder(folder);
  total = (await allArticles(archive)).length;
});

test.beforeEach(async ({ page }) => {
  await openReadingRoom(page);
});

/** The ids of the rendered rows in order, and where the cursor (aria-selected) is among them. */
async function cursor(page: Page): Promise<{ ids: string[]; index: number }> {
  return rows(page).evaluateAll((elements) => ({
    ids: elements.map((el) => el.getAttribute('data-id') ?? ''),
    index: elements.findIndex((el) => el.getAttribute('aria-selected') === 'true'),
  }));
}

/** Puts the keyboard on the list, the way a reader would after tabbing to it. */
async function focusList(page: Page): Promise<void> {
  await page.getByTestId('article-list').focus();
}

async function movesDownAndUp(page: Page, down: string, up: string): Promise<void> {
  await focusList(page);
  const start = (await cursor(page)).index;
  await page.keyboard.press(down);
  await expect.poll(async () => (await cursor(page)).index).toBe(start + 1);
  await page.keyboard.press(down);
  await expect.poll(async () => (await cursor(page)).index).toBe(start + 2);
  await page.keyboard.press(up);
  await expect.poll(async () => (await cursor(page)).index).toBe(start + 1);
}

test('/ puts the cursor in the search box without typing a slash', async ({ page }) => {
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('/');
  await expect(page.getByTestId('search-input')).toBeFocused();
  await expect(page.getByTestId('search-input')).toHaveValue('');
});

test('Escape in the search box clears the query and lists everything again', async ({ page }) => {
  await search(page, 'Москве');
  await expect.poll(() => resultTotal(page)).toBeLessThan(total);
  await page.getByTestId('search-input').press('Escape');
  await expect(page.getByTestId('search-input')).toHaveValue('');
  await expect.poll(() => resultTotal(page)).toBe(total);
});

test('j and k move the cursor down and up the list', async ({ page }) => {
  await movesDownAndUp(page, 'j', 'k');
});

test('ArrowDown and ArrowUp move the cursor down and up the list', async ({ page }) => {
  await movesDownAndUp(page, 'ArrowDown', 'ArrowUp');
});

test('Enter opens the article under the cursor', async ({ page }) => {
  await focusList(page);
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  const { ids, index } = await cursor(page);
  const row = rows(page).nth(index);
  const title = (await row.getByTestId('row-title').textContent())!;
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('reader-title')).toHaveText(title);
  await expect(rows(page).and(page.locator(`[data-id="${ids[index]}"]`))).toHaveAttribute('aria-selected', 'true');
});

test('the list is a listbox whose cursor row is the one screen readers hear', async ({ page }) => {
  const list = page.getByTestId('article-list');
  await expect(list).toHaveRole('listbox');
  await focusList(page);
  await page.keyboard.press('j');
  const { ids, index } = await cursor(page);
  const active = await list.getAttribute('aria-activedescendant');
  const focusedId = await page.evaluate(() => document.activeElement?.getAttribute('data-id') ?? null);
  const named = active ? await page.locator(`[id="${active}"]`).getAttribute('data-id') : focusedId;
  expect(named).toBe(ids[index]);
});
