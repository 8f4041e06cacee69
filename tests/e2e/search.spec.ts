import { join } from 'node:path';
import { expect, test } from '../harness/fixtures';
import { ARABIC, SEED, writeCorpusSlice, writeSmallFolder } from './fixture-folders';
import { allArticles, openArticle, openReadingRoom, resultTotal, rows, search } from './reading-room';

test.use({ archiveName: 'search' });

test.beforeAll(async ({ archive }) => {
  const folder = join(archive.workDir, 'dispatches');
  await writeSmallFolder(folder);
  await writeCorpusSlice(folder);
  await archive.service.importFolder(folder);
});

test.beforeEach(async ({ page }) => {
  await openReadingRoom(page);
});

test('says under the search box why a query cannot be read', async ({ page }) => {
  await search(page, '"Песков');
  await expect(page.getByTestId('query-error')).toContainText('closing quotation mark');
  await search(page, '"Песков"');
  await expect(page.getByTestId('query-error')).toBeHidden();
  await expect.poll(() => resultTotal(page)).toBe(1);
});

test('narrows the list with field terms typed in the query', async ({ page }) => {
  await search(page, `agency:${SEED.agency} lang:ru`);
  await expect.poll(() => resultTotal(page)).toBe(1);
  await expect(rows(page).getByTestId('row-title')).toHaveText(SEED.title);
});

test('sorts the list oldest first when asked', async ({ archive, page }) => {
  const oldest = (await allArticles(archive))
    .map((article) => article.date)
    .filter((date) => date !== null)
    .sort()[0];
  await page.getByTestId('sort-select').selectOption('date-asc');
  await expect(page.getByTestId('sort-select')).toHaveValue('date-asc');
  const shownDates = () =>
    rows(page)
      .locator('time[datetime]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
  // Undated articles (our Arabic one) may sit at either end; the dated ones must run oldest first.
  await expect.poll(async () => (await shownDates())[0]).toBe(oldest);
  const dates = await shownDates();
  expect(dates).toEqual([...dates].sort());
});

test('shows where an article came from in its provenance panel', async ({ page }) => {
  await search(page, 'الخارجية');
  await openArticle(page, ARABIC.title);
  const provenance = page.getByTestId('provenance');
  await expect(provenance).toContainText('arabic.txt');
  await expect(provenance).toContainText('utf-8');
  await expect(provenance).toContainText(/\b[0-9a-f]{64}\b/);
});
