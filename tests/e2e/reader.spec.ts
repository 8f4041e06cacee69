import { join } from 'node:path';
import { expect, test } from '../harness/fixtures';
import { ARABIC, SEED, writeSmallFolder } from './fixture-folders';
import { openArticle, openReadingRoom, rowTitled, search } from './reading-room';

test.use({ archiveName: 'reader' });

test.beforeAll(async ({ archive }) => {
  const folder = join(archive.workDir, 'dispatches');
  await writeSmallFolder(folder);
  await archive.service.importFolder(folder);
});

test.beforeEach(async ({ page }) => {
  await openReadingRoom(page);
});

test('finds the seed by searching Москве, with the hit marked in its row', async ({ page }) => {
  await search(page, 'Москве');
  const row = rowTitled(page, SEED.title);
  await expect(row).toBeVisible();
  await expect(row.locator('mark.hit').first()).toBeVisible();
  await expect(rowTitled(page, ARABIC.title)).toHaveCount(0);
});

test("shows the seed's headline, date, place, agency, language and signature", async ({ page }) => {
  await openArticle(page, SEED.title);
  const reader = page.getByTestId('reader');
  await expect(reader.getByTestId('reader-title')).toHaveText(SEED.title);
  const date = reader.getByTestId('meta-date');
  await expect(date).toHaveAttribute('datetime', SEED.isoDate);
  await expect(date).toHaveText(/15 July 2016|July 15, 2016/);
  await expect(reader.getByTestId('meta-place')).toHaveText(SEED.place);
  await expect(reader.getByTestId('meta-agency')).toHaveText(SEED.agency);
  await expect(reader.getByTestId('meta-language')).toHaveText(/Russian/);
  await expect(reader.getByTestId('meta-signature')).toContainText(SEED.signature);
  await expect(reader).toHaveAttribute('lang', 'ru');
});

test("renders the seed's sub-headline as a heading and its other paragraphs as text", async ({ page }) => {
  await openArticle(page, SEED.title);
  const paragraphs = page.getByTestId('paragraph');
  await expect(paragraphs).toHaveCount(10);
  const subheading = paragraphs.filter({ hasText: SEED.subheading });
  await expect(subheading).toHaveAttribute('data-kind', 'subheading');
  expect(await subheading.evaluate((el) => /^H[2-6]$/.test(el.tagName) || el.getAttribute('role') === 'heading')).toBe(
    true,
  );
  await expect(paragraphs.and(page.locator('[data-kind="text"]'))).toHaveCount(9);
});

test('sets the related teaser apart under its own heading, outside the body', async ({ page }) => {
  await openArticle(page, SEED.title);
  const related = page.getByTestId('related');
  await expect(related.getByRole('heading')).toBeVisible();
  await expect(related.getByTestId('related-item')).toHaveCount(1);
  await expect(related.getByTestId('related-item')).toContainText(SEED.related);
  await expect(page.getByTestId('paragraph').filter({ hasText: SEED.related })).toHaveCount(0);
  await expect(page.getByTestId('reader')).not.toContainText('Check Also');
});

test('marks the query hits in the reader and moves the current hit with next and previous', async ({ page }) => {
  await search(page, 'Москве');
  await openArticle(page, SEED.title);
  const reader = page.getByTestId('reader');
  const hits = reader.locator('mark.hit');
  await expect(hits.first()).toBeVisible();
  const total = await hits.count();
  expect(total, 'Москва appears more than once in the seed').toBeGreaterThan(1);
  const hitCount = page.getByTestId('hit-count');
  const current = reader.locator('mark.hit.current');
  await expect(hitCount).toHaveText(`1 / ${total}`);
  await expect(current).toHaveCount(1);
  const first = await current.getAttribute('data-hit');

  await page.getByTestId('hit-next').click();
  await expect(hitCount).toHaveText(`2 / ${total}`);
  await expect(current).not.toHaveAttribute('data-hit', first!);
  await page.getByTestId('hit-prev').click();
  await expect(hitCount).toHaveText(`1 / ${total}`);
  await expect(current).toHaveAttribute('data-hit', first!);
});

test('reads an Arabic article right to left', async ({ page }) => {
  await openArticle(page, ARABIC.title);
  const reader = page.getByTestId('reader');
  await expect(reader).toHaveAttribute('dir', 'rtl');
  await expect(reader).toHaveAttribute('lang', 'ar');
  expect(await reader.getByTestId('reader-title').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  expect(
    await reader
      .getByTestId('paragraph')
      .first()
      .evaluate((el) => getComputedStyle(el).direction),
  ).toBe('rtl');
});

test('keeps a Latin-script list readable left to right around an Arabic row', async ({ page }) => {
  const arabicTitle = rowTitled(page, ARABIC.title).getByTestId('row-title');
  const russianTitle = rowTitled(page, SEED.title).getByTestId('row-title');
  expect(await arabicTitle.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  expect(await russianTitle.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
});
