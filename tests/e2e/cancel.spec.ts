import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../harness/fixtures';
import { allArticles, resultTotal } from './reading-room';

test.use({ archiveName: 'cancel' });
test.describe.configure({ mode: 'serial' });

// Enough files that the import is still running when the Cancel button is pressed,
// on a fast machine too (the importer takes a few hundred files a second).
const FILES = 4000;

test.beforeAll(async ({ archive }) => {
  const folder = join(archive.workDir, 'many');
  await mkdir(folder);
  for (let i = 0; i < FILES; i++) {
    const body = `Dispatch number ${i} about the harbour of Tartus.\n\nParagraph ${i} of the report, long enough to be a paragraph of its own.\n`;
    await writeFile(join(folder, `${String(i).padStart(5, '0')}.txt`), `Harbour report ${i}\n\n${body}`);
  }
  archive.chooseFolder = folder;
});

test('cancels a running import from the progress bar and says the import was cancelled', async ({ page, archive }) => {
  await page.goto('/');
  await page.getByTestId('import-button').first().click();
  await expect(page.getByTestId('import-progress')).toBeVisible();
  await page.getByTestId('import-cancel').click();
  await expect(page.getByTestId('import-summary')).toContainText('Import cancelled');
  await expect(page.getByTestId('import-progress')).toBeHidden();
  // Whatever the import finished before the cancel stays, and nothing more.
  const kept = (await allArticles(archive)).length;
  expect(kept).toBeLessThan(FILES);
});

test('imports the whole folder when started again after a cancel', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('import-button').first().click();
  await expect(page.getByTestId('import-summary')).toContainText('Import finished', { timeout: 120_000 });
  await expect.poll(() => resultTotal(page)).toBe(FILES);
});
