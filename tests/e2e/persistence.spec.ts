import { join } from 'node:path';
import { expect, test } from '../harness/fixtures';
import { SEED, writeSmallFolder } from './fixture-folders';
import { facetOption, openArticle, openReadingRoom, rowTitled, search } from './reading-room';

test.use({ archiveName: 'persistence' });

test.beforeAll(async ({ archive }) => {
  const folder = join(archive.workDir, 'dispatches');
  await writeSmallFolder(folder);
  await archive.service.importFolder(folder);
});

test('keeps the query, the filters and the open article across a reload', async ({ page }) => {
  await openReadingRoom(page);
  await search(page, 'Москве');
  await facetOption(page, 'language', 'ru').click();
  await expect(facetOption(page, 'language', 'ru')).toHaveAttribute('aria-pressed', 'true');
  await openArticle(page, SEED.title);
  await expect.poll(() => new URL(page.url()).hash).toContain('article=');

  await page.reload();
  await expect(page.getByTestId('search-input')).toHaveValue('Москве');
  await expect(facetOption(page, 'language', 'ru')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('reader-title')).toHaveText(SEED.title);
  await expect(rowTitled(page, SEED.title)).toHaveAttribute('aria-selected', 'true');
});

test('opens the state a link describes: query, filter and article from the address', async ({ page, openFreshApp }) => {
  await openReadingRoom(page);
  await openArticle(page, SEED.title);
  await expect.poll(() => new URL(page.url()).hash).toContain('article=');
  const id = new URLSearchParams(new URL(page.url()).hash.slice(1)).get('article');
  const hash = `#${new URLSearchParams({ q: 'Песков', language: 'ru', article: id! })}`;

  const linked = await openFreshApp(hash);
  await expect(linked.getByTestId('search-input')).toHaveValue('Песков');
  await expect(facetOption(linked, 'language', 'ru')).toHaveAttribute('aria-pressed', 'true');
  await expect(linked.getByTestId('reader-title')).toHaveText(SEED.title);
});
