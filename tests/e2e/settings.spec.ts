import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from '../harness/fixtures';
import { SEED, writeSmallFolder } from './fixture-folders';
import { openArticle, openReadingRoom } from './reading-room';

test.use({ archiveName: 'settings' });
// The second test reads the language the first one chose, after a restart.
test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ archive }) => {
  const folder = join(archive.workDir, 'dispatches');
  await writeSmallFolder(folder);
  await archive.service.importFolder(folder);
});

async function expectRussianLabels(page: Page): Promise<void> {
  await expect(page.getByTestId('import-button').first()).toHaveAccessibleName('Импортировать папку…');
  await expect(page.getByTestId('sort-select').locator('option[value="date-desc"]')).toHaveText('Сначала новые');
  await expect(page.getByTestId('settings-button')).toHaveAccessibleName(/Настройки/);
}

test('switches the interface to Russian from the settings dialog', async ({ page }) => {
  await openReadingRoom(page);
  await expect(page.getByTestId('import-button').first()).toHaveAccessibleName('Import folder…');
  await page.getByTestId('settings-button').click();
  const dialog = page.getByTestId('settings-dialog');
  await expect(dialog).toHaveRole('dialog');
  await dialog.getByTestId('settings-locale').selectOption('ru');
  await dialog.getByTestId('settings-close').click();
  await expect(dialog).toBeHidden();
  await expectRussianLabels(page);
});

test('keeps Russian after the service restarts, dates included', async ({ archive, openFreshApp }) => {
  await archive.restart();
  const page = await openFreshApp();
  await expectRussianLabels(page);
  await openArticle(page, SEED.title);
  await expect(page.getByTestId('meta-date')).toContainText('июля 2016');
  await screenshot(page, 'russian-interface');
});

// The palettes' page background (app.css --bg): light #f6f5f2, dark #17181a.
const LIGHT_BG = 'rgb(246, 245, 242)';
const DARK_BG = 'rgb(23, 24, 26)';

function pageBackground(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
}

async function openSettings(page: Page) {
  await page.getByTestId('settings-button').click();
  const dialog = page.getByTestId('settings-dialog');
  await expect(dialog).toBeVisible();
  return dialog;
}

test.describe('in English', () => {
  test.beforeAll(async ({ archive }) => {
    await archive.service.handlers['settings:set']({ locale: 'en' });
  });

  test('applies the dark theme at once, even when the system is light', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openReadingRoom(page);
    expect(await pageBackground(page)).toBe(LIGHT_BG);
    const dialog = await openSettings(page);
    await dialog.getByTestId('settings-theme-dark').check();
    await expect.poll(() => pageBackground(page)).toBe(DARK_BG);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('dark');
    await screenshot(page, 'settings-dialog-dark');
  });

  test('keeps the dark theme after the service restarts', async ({ archive, openFreshApp }) => {
    await archive.restart();
    const page = await openFreshApp();
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => pageBackground(page)).toBe(DARK_BG);
  });

  test('applies the light theme even when the system is dark, and follows the system again on System', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openReadingRoom(page);
    const dialog = await openSettings(page);
    await dialog.getByTestId('settings-theme-light').check();
    await expect.poll(() => pageBackground(page)).toBe(LIGHT_BG);
    await dialog.getByTestId('settings-theme-system').check();
    await expect.poll(() => pageBackground(page)).toBe(DARK_BG);
  });

  test('shows where the data lives, and says the path can be copied where folders cannot be opened', async ({
    page,
    archive,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openReadingRoom(page);
    const dialog = await openSettings(page);
    await expect(dialog.getByTestId('settings-data-dir')).toHaveValue(archive.dataDir);
    await expect(dialog.getByTestId('settings-version')).toHaveText(/^Version \d+\.\d+\.\d+/);
    // The harness has no file manager to open: main answers opened:false.
    await dialog.getByTestId('settings-show-data').click();
    await expect(dialog.getByTestId('settings-folder-fallback')).toContainText('Copy the path above');
    await screenshot(page, 'settings-dialog');
  });

  test('refuses a file larger than the size limit at import, with the reason', async ({ page, archive }) => {
    await openReadingRoom(page);
    const dialog = await openSettings(page);
    const size = dialog.getByTestId('settings-max-file');
    await size.fill('0');
    await size.press('Enter');
    await expect(dialog.getByTestId('settings-max-file-error')).toHaveText(
      'Enter a whole number of megabytes from 1 to 1024.',
    );
    const saved = page.waitForResponse((response) =>
      response.url().endsWith(`/ipc/${encodeURIComponent('settings:set')}`),
    );
    await size.fill('1');
    await size.press('Enter');
    await saved;
    await expect(dialog.getByTestId('settings-max-file-error')).toHaveCount(0);
    await dialog.getByTestId('settings-close').click();

    const folder = join(archive.workDir, 'large');
    await mkdir(folder, { recursive: true });
    const paragraph = 'Damascus, SANA – A paragraph repeated to make a file larger than the limit. ';
    await writeFile(
      join(folder, 'huge.txt'),
      `A very long dispatch\n\n${paragraph.repeat(Math.ceil((1.5 * 1024 * 1024) / paragraph.length))}\n`,
    );
    archive.chooseFolder = folder;
    await page.getByTestId('import-button').click();
    await expect(page.getByTestId('reject-row')).toContainText('huge.txt');
    await expect(page.getByTestId('reject-row')).toContainText('over the 1.0 MB limit');
  });

  test('fits the Russian labels in the settings dialog', async ({ page, archive }) => {
    await archive.service.handlers['settings:set']({ locale: 'ru' });
    await page.emulateMedia({ colorScheme: 'light' });
    await openReadingRoom(page);
    const dialog = await openSettings(page);
    await expect(dialog.getByRole('radio', { name: 'Тёмная' })).toBeVisible();
    await screenshot(page, 'settings-dialog-russian');
  });
});
