import { existsSync } from 'node:fs';
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, ROOT, screenshot, test } from '../harness/fixtures';

const SEEDS = join(ROOT, 'seeds');
const CORPUS = join(ROOT, '../shared/corpus');
const SEED_TITLE = 'Песков: РФ готова к координации совместных усилий с США в борьбе с терроризмом в Сирии';

test.use({ archiveName: 'first-screen' });
// The tests build on each other: the import fills the archive the later ones read.
test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ archive }) => {
  const folder = join(archive.workDir, 'dispatches');
  await mkdir(folder);
  await cp(SEEDS, folder, { recursive: true });
  await writeFile(join(folder, 'broken.json'), '[{"title": "cut off');
  archive.chooseFolder = folder;
});

test('shows what the app is for and an import button on an empty store', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Your dispatch archive is empty' })).toBeVisible();
  await screenshot(page, 'empty-store');
});

test('imports a folder and shows the seed in the list and the reader', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Import folder…' }).first().click();
  const summary = page.getByTestId('import-summary');
  await expect(summary).toContainText('1 rejected');
  await page.getByText('Rejected files').click();
  await expect(summary).toContainText('broken.json');
  await expect(page.getByTestId('reader-title')).toHaveText(SEED_TITLE);
  await expect(page.getByRole('option')).toHaveCount(1);
  const reader = page.getByRole('article', { name: 'Reader' });
  await expect(reader.locator('.meta')).toContainText('2016-07-15 · Москва · САНА · ru');
  await expect(reader.locator('.signature')).toHaveText('*Н.С./М.К.');
  const related = reader.getByRole('complementary');
  await expect(related.getByRole('heading')).toHaveText('Related articles');
  await expect(related).toContainText('Система ПВО РФ за сутки сбила 44 украинских дрона');
  await expect(reader.locator('.body > p[dir]')).toHaveCount(11); // 10 paragraphs and the signature
  await expect(reader).not.toContainText('Check Also');
  await screenshot(page, 'first-screen');
});

test('keeps the archive after the services restart on the same data directory', async ({ archive, openFreshApp }) => {
  await archive.restart();
  const page = await openFreshApp();
  await expect(page.getByTestId('reader-title')).toHaveText(SEED_TITLE);
  await expect(page.getByTestId('article-count')).toHaveText('1 article');
});

test('shows markup inside a dispatch as text and runs none of it', async ({ archive, page }) => {
  const hostile = join(archive.workDir, 'hostile');
  await mkdir(hostile);
  const markup = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  await writeFile(
    join(hostile, 'hostile.txt'),
    `Hostile headline ${markup}\n\nDamascus, SANA – A paragraph with ${markup} inside.\n`,
  );
  await archive.service.importFolder(hostile);
  await page.goto('/');
  await page.getByRole('option').filter({ hasText: 'Hostile headline' }).click();
  await expect(page.getByTestId('reader-title')).toHaveText(`Hostile headline ${markup}`);
  await expect(page.locator('.reader .body')).toContainText(`A paragraph with ${markup} inside.`);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator('.reader img, .reader script')).toHaveCount(0);
});

test('reads an Arabic article from the corpus right to left', async ({ archive, page }) => {
  test.skip(!existsSync(CORPUS), `no corpus at ${CORPUS}`);
  await archive.service.importFolder(CORPUS);
  await page.goto('/');
  await page
    .getByRole('option')
    .filter({ hasText: /[\u0600-\u06FF]{4}/ })
    .first()
    .click();
  await expect(page.locator('.reader .body')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByTestId('reader-title')).toHaveText(/[\u0600-\u06FF]/);
  const count = Number((await page.getByTestId('article-count').textContent())?.split(' ')[0]);
  expect(count).toBeGreaterThan(2000);
  await screenshot(page, 'corpus-arabic');
});
