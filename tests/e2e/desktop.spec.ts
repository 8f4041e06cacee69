import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, screenshot, test } from '../harness/fixtures';
import { SEED, writeSmallFolder } from './fixture-folders';
import { allArticles, openArticle, openReadingRoom, search } from './reading-room';

test.use({ archiveName: 'desktop' });

test.beforeAll(async ({ archive }) => {
  const folder = join(archive.workDir, 'dispatches');
  await writeSmallFolder(folder);
  await archive.service.importFolder(folder);
});

// Every test starts as a first launch would: no saved widths, no saved view.
test.beforeEach(async ({ archive }) => {
  await archive.service.handlers['ui-state:set']({ paneWidths: null, lastView: '' });
});

function listPane(page: Page): Locator {
  return page.getByRole('region', { name: 'Articles' });
}

async function widthOf(locator: Locator): Promise<number> {
  return (await locator.boundingBox())!.width;
}

/** Resolves once main has saved UI state that passes `check`. */
function uiStateSaved(
  page: Page,
  check: (patch: { paneWidths?: unknown; lastView?: string }) => boolean,
): Promise<unknown> {
  return page.waitForResponse((response) => {
    if (!response.url().endsWith(`/ipc/${encodeURIComponent('ui-state:set')}`)) return false;
    return check(JSON.parse(response.request().postData() ?? '{}') as { paneWidths?: unknown; lastView?: string });
  });
}

/** Drags a pane handle `dx` pixels sideways with the mouse. */
async function drag(page: Page, handle: Locator, dx: number): Promise<void> {
  const box = (await handle.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx / 2, y, { steps: 4 });
  await page.mouse.move(x + dx, y, { steps: 4 });
  await page.mouse.up();
}

test('keeps a dragged pane width and the last query and article across a restart', async ({
  page,
  archive,
  openFreshApp,
}) => {
  await openReadingRoom(page);
  const before = await widthOf(listPane(page));
  const widthsSaved = uiStateSaved(page, (patch) => patch.paneWidths !== undefined);
  await drag(page, page.getByTestId('resize-list'), 150);
  await widthsSaved;
  const dragged = await widthOf(listPane(page));
  expect(dragged).toBeGreaterThan(before + 100);

  const seed = (await allArticles(archive)).find((a) => a.title === SEED.title)!;
  const viewSaved = uiStateSaved(
    page,
    (patch) => patch.lastView?.includes(`article=${seed.id}`) === true && patch.lastView.includes('q=') === true,
  );
  await search(page, 'Песков');
  await openArticle(page, SEED.title);
  await viewSaved;

  await archive.restart();
  const fresh = await openFreshApp();
  await expect(fresh.getByTestId('reader-title')).toHaveText(SEED.title);
  await expect(fresh.getByTestId('search-input')).toHaveValue('Песков');
  expect(fresh.url()).toContain('q=');
  expect(Math.abs((await widthOf(listPane(fresh))) - dragged)).toBeLessThanOrEqual(1);
  await screenshot(fresh, 'restored-view');
});

test('lets a link with a view win over the saved one', async ({ page, openFreshApp }) => {
  await openReadingRoom(page);
  const viewSaved = uiStateSaved(page, (patch) => patch.lastView?.includes('q=') === true);
  await search(page, 'Песков');
  await viewSaved;
  const fresh = await openFreshApp('#q=%D0%B4%D0%B0%D0%BC%D0%B0%D1%81%D0%BA');
  await expect(fresh.getByTestId('search-input')).toHaveValue('дамаск');
});

test('resizes the filters from the keyboard', async ({ page }) => {
  await openReadingRoom(page);
  const handle = page.getByTestId('resize-filters');
  await expect(handle).toHaveAttribute('aria-valuenow', '220');
  await handle.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(handle).toHaveAttribute('aria-valuenow', '252');
  expect(Math.round(await widthOf(page.getByTestId('facet-sidebar')))).toBe(252);
});

test('opens the dialogs the menu asks for', async ({ page, archive }) => {
  await openReadingRoom(page);
  archive.service.command('open-sources');
  await expect(page.getByTestId('sources-dialog')).toBeVisible();
  archive.service.command('open-settings');
  await expect(page.getByTestId('settings-dialog')).toBeVisible();
  await expect(page.getByTestId('sources-dialog')).toHaveCount(0);
  archive.service.command('open-tags');
  await expect(page.getByTestId('tag-manager')).toBeVisible();
});

test('opens the export dialog when the menu asks for it', async ({ page, archive }) => {
  await openReadingRoom(page);
  archive.service.command('export');
  await expect(page.getByTestId('export-dialog')).toBeVisible();
});
