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
