// Tags end to end, in Chromium against the real service: bulk-tag a selection,
// filter by the tag tree and by `tag:`, rename in the tag manager, survive a restart
// of the services on the same data directory, and tag from the keyboard alone.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, screenshot, test } from '../harness/fixtures';
import { writeSmallFolder } from './fixture-folders';
import { facetCount, facetOption, openReadingRoom, resultTotal, rows, rowTitled, search } from './reading-room';

test.use({ archiveName: 'tags' });
// Each test builds on the tags the one before left.
test.describe.configure({ mode: 'serial' });

/** Three short dispatches of our own next to the seed and the Arabic one: five articles. */
const DISPATCHES = {
  aleppo: 'Water station in Aleppo back in service',
  geneva: 'Talks on the Syrian constitution resume in Geneva',
  harvest: 'Wheat harvest begins early in Hasakah',
};

test.beforeAll(async ({ archive }) => {
  const folder = join(archive.workDir, 'dispatches');
  await writeSmallFolder(folder);
  for (const [name, title] of Object.entries(DISPATCHES)) {
    await writeFile(join(folder, `${name}.txt`), `${title}\n\nDamascus, SANA – ${title}, officials said on Sunday.\n`);
  }
  await archive.service.importFolder(folder);
});

/** The two articles the first test tags, in name order. */
const TAGGED = [DISPATCHES.aleppo, DISPATCHES.geneva].sort();

/** The headlines the list shows, in name order: the list's own order is by date. */
async function titles(page: Page): Promise<string[]> {
  return (await page.getByTestId('row-title').allTextContents()).sort();
}

function chipsOf(row: Locator): Locator {
  return row.getByTestId('tag-chip');
}

function tagNode(page: Page, name: string): Locator {
  return page.getByTestId('tag-tree').locator(`[data-testid="tag-node"][data-tag="${name}"]`);
}

async function tagSelection(page: Page, name: string): Promise<void> {
  const input = page.getByTestId('tag-input');
  await expect(input).toBeFocused();
  await input.fill(name);
  await input.press('Enter');
  await expect(input).toHaveValue('');
}

test('tags two Ctrl-clicked articles in one action and shows the chips and the count in the tag tree', async ({
  page,
}) => {
  await openReadingRoom(page);
  await rowTitled(page, DISPATCHES.aleppo).click();
  await rowTitled(page, DISPATCHES.geneva).click({ modifiers: ['ControlOrMeta'] });
  await expect(page.getByTestId('selection-count')).toHaveText('2 selected');
  await expect(rows(page).and(page.locator('[aria-selected="true"]'))).toHaveCount(2);

  await page.getByTestId('selection-tag').click();
  await tagSelection(page, 'syria/aleppo');
  await expect(page.getByTestId('tag-editor').getByTestId('tag-chip-detail')).toHaveText('2/2');
  await page.getByTestId('tag-input').fill('al');
  await screenshot(page, 'tags-editor-open');
  await page.getByTestId('tag-input').press('Escape');
  await expect(page.getByTestId('tag-editor')).toHaveCount(0);
  await screenshot(page, 'tags-list-selection');

  for (const title of [DISPATCHES.aleppo, DISPATCHES.geneva])
    await expect(chipsOf(rowTitled(page, title))).toHaveText(['syria/aleppo']);
  await expect(chipsOf(rowTitled(page, DISPATCHES.harvest))).toHaveCount(0);
  await expect.poll(() => facetCount(facetOption(page, 'tag', 'syria'))).toBe(2);
  await expect(tagNode(page, 'syria/aleppo')).toBeVisible();
});

test('filters to exactly the tagged articles from the tag tree and from tag: in the query', async ({ page }) => {
  await openReadingRoom(page);
  await facetOption(page, 'tag', 'syria').click();
  await expect(facetOption(page, 'tag', 'syria')).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => resultTotal(page)).toBe(2);
  await expect.poll(() => titles(page)).toEqual(TAGGED);
  await expect.poll(() => new URL(page.url()).hash).toContain('tag=syria');
  await screenshot(page, 'tags-sidebar-tree');

  await page.getByTestId('facet-clear').click();
  await search(page, 'tag:syria');
  await expect.poll(() => resultTotal(page)).toBe(2);
  await expect.poll(() => titles(page)).toEqual(TAGGED);
});

test('renames a tag in the tag manager and the chips change with it', async ({ page }) => {
  await openReadingRoom(page);
  await page.getByTestId('manage-tags').click();
  const manager = page.getByTestId('tag-manager');
  const row = manager.locator('[data-testid="tag-manager-row"][data-tag="syria/aleppo"]');
  await row.getByTestId('tag-rename').click();
  await row.getByTestId('tag-rename-input').fill('levant/aleppo');
  await screenshot(page, 'tags-manager-dialog');
  await row.getByTestId('tag-rename-save').click();
  await expect(manager.locator('[data-testid="tag-manager-row"][data-tag="levant/aleppo"]')).toBeVisible();
  await expect(manager.locator('[data-tag="syria/aleppo"]')).toHaveCount(0);
  await page.getByTestId('tag-manager-close').click();

  for (const title of [DISPATCHES.aleppo, DISPATCHES.geneva])
    await expect(chipsOf(rowTitled(page, title))).toHaveText(['levant/aleppo']);
  await expect.poll(() => facetCount(facetOption(page, 'tag', 'levant'))).toBe(2);
  await expect(facetOption(page, 'tag', 'syria')).toHaveCount(0);
});

test('keeps the tags when the services restart on the same data directory', async ({ page, archive }) => {
  await archive.restart();
  await openReadingRoom(page);
  for (const title of [DISPATCHES.aleppo, DISPATCHES.geneva])
    await expect(chipsOf(rowTitled(page, title))).toHaveText(['levant/aleppo']);
  await expect.poll(() => facetCount(facetOption(page, 'tag', 'levant/aleppo'))).toBe(2);
});

test('tags from the keyboard alone: Shift+j extends the selection and t opens the editor', async ({ page }) => {
  await openReadingRoom(page);
  const list = page.getByTestId('article-list');
  await list.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+J');
  await expect(page.getByTestId('selection-count')).toHaveText('2 selected');
  const picked = await rows(page)
    .and(page.locator('[aria-selected="true"]'))
    .getByTestId('row-title')
    .allTextContents();

  await page.keyboard.press('t');
  await tagSelection(page, 'read-later');
  await page.keyboard.press('Escape');
  await expect(list).toBeFocused();
  for (const title of picked)
    await expect(chipsOf(rowTitled(page, title)).filter({ hasText: 'read-later' })).toHaveCount(1);
  await expect.poll(() => facetCount(facetOption(page, 'tag', 'read-later'))).toBe(2);
});

test('selects every result with Ctrl+A and lets go of them on Escape, keeping the filters', async ({ page }) => {
  await openReadingRoom(page);
  await facetOption(page, 'tag', 'levant').click();
  await expect.poll(() => resultTotal(page)).toBe(2);
  await page.getByTestId('article-list').focus();
  await page.keyboard.press('ControlOrMeta+A');
  await expect(page.getByTestId('selection-count')).toHaveText('2 selected');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('selection-bar')).toHaveCount(0);
  await expect(facetOption(page, 'tag', 'levant')).toHaveAttribute('aria-pressed', 'true');
});

test('draws tag chips in darker shades in the dark theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openReadingRoom(page);
  const chip = chipsOf(rowTitled(page, DISPATCHES.aleppo)).first();
  const light = await chip.evaluate((el) => getComputedStyle(el).backgroundColor);

  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => chip.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(light);
  await page.getByTestId('article-list').focus();
  await page.keyboard.press('t');
  await expect(page.getByTestId('tag-editor')).toBeVisible();
  await screenshot(page, 'tags-dark');
});
