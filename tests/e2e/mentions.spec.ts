// The names articles mention, in real Chromium against the real service (issue 19): a
// folder of Russian, English and Arabic dispatches imports with its people, organisations
// and places; the People mentioned filter counts them; a person named in the reader
// filters the list to the articles mentioning him, and `person:` finds the same ones.
import { join } from 'node:path';
import { expect, screenshot, test } from '../harness/fixtures';
import { writeMentionWires } from '../fixtures/mentions/mention-wires';
import { facetCount, openArticle, openReadingRoom, resultTotal, revealFacetOption, rows, search } from './reading-room';

test.use({ archiveName: 'mentions' });

const LUZHKOV = 'Юрий Лужков';

test.beforeAll(async ({ archive }) => {
  const folder = join(archive.workDir, 'mentions');
  await writeMentionWires(folder);
  await archive.service.importFolder(folder);
});

test('the People filter counts a person across articles, and a name in the reader filters the list', async ({
  page,
}) => {
  await openReadingRoom(page);
  await expect(rows(page)).toHaveCount(5);
  const luzhkov = await revealFacetOption(page, 'person', LUZHKOV);
  await expect.poll(() => facetCount(luzhkov)).toBe(2);
  // Arabic and English names are counted alike.
  for (const other of ['بشار الأسد', 'Barack Obama']) {
    const option = await revealFacetOption(page, 'person', other);
    await expect.poll(() => facetCount(option)).toBe(1);
  }

  await openArticle(page, 'Лужков открыл новую станцию метро');
  const people = page.getByTestId('entities-person');
  await expect(people).toBeVisible();
  const name = people.getByRole('button', { name: new RegExp(LUZHKOV) });
  await expect(name).toHaveAttribute('aria-pressed', 'false');
  await name.click();

  await expect.poll(() => resultTotal(page)).toBe(2);
  await expect(rows(page)).toHaveCount(2);
  await expect(name).toHaveAttribute('aria-pressed', 'true');
  await expect(luzhkov).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/person/);
  await screenshot(page, 'mentions-reader-filter');

  // Clicking the name again undoes its filter, as the sidebar's option would.
  await name.click();
  await expect.poll(() => resultTotal(page)).toBe(5);
});

test('person: finds the articles mentioning a person in any grammatical form', async ({ page }) => {
  await openReadingRoom(page);
  await search(page, 'person:Лужкова');
  await expect.poll(() => resultTotal(page)).toBe(2);
  await search(page, 'mentions:دمشق');
  await expect.poll(() => resultTotal(page)).toBe(1);
});
