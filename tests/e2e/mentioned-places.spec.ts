// One mentioned place across scripts in real Chromium (issue 19, part 2 follow-up): a
// Russian, an English and an Arabic dispatch that each name Damascus in their own script
// (and Russian in its cases: «в Дамаске») give one Places mentioned entry counting three,
// labelled in the interface language with the spellings on hover; choosing it, naming it
// in the reader or asking `location:Damascus` keeps all three and leaves the fourth out.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, screenshot, test } from '../harness/fixtures';
import { facetCount, facetOption, openArticle, openReadingRoom, resultTotal, rows, search } from './reading-room';

test.use({ archiveName: 'mentioned-places' });

const WIRES: Record<string, string> = {
  'talks-ru.txt':
    'Переговоры в Дамаске\n\nДАМАСК, 3 мая. В Дамаске в понедельник возобновились переговоры о перемирии. Делегация прибыла в Дамаск утром.\n',
  'talks-en.txt':
    'Talks resume in Damascus\n\nDAMASCUS (Reuters) - Talks on a ceasefire resumed in Damascus on Monday, officials said.\n',
  'talks-ar.txt': 'استئناف المحادثات في دمشق\n\nدمشق – سانا\n\nاستؤنفت المحادثات في دمشق اليوم.\n',
  'aleppo-en.txt':
    'Market reopens in Aleppo\n\nALEPPO (Reuters) - The old market in Aleppo reopened on Tuesday after repairs, traders said.\n',
};

const DAMASCUS = 'place/damascus';

test.beforeAll(async ({ archive }) => {
  const folder = join(archive.workDir, 'mentioned-places');
  await mkdir(folder, { recursive: true });
  for (const [name, text] of Object.entries(WIRES)) await writeFile(join(folder, name), text);
  await archive.service.importFolder(folder);
});

test('Places mentioned lists Damascus once for three scripts, and choosing it keeps all three', async ({ page }) => {
  await openReadingRoom(page);
  await expect(rows(page)).toHaveCount(4);

  const damascus = facetOption(page, 'location', DAMASCUS);
  await expect.poll(() => facetCount(damascus)).toBe(3);
  await expect(damascus).toContainText('Damascus');
  await expect(damascus).toHaveAttribute('title', 'Spelt in the archive: Damascus · Дамаск · دمشق');
  // No second entry for any spelling: Damascus and Aleppo are the only places mentioned.
  await expect(page.getByTestId('facet-location').getByTestId('facet-option')).toHaveCount(2);

  await damascus.click();
  await expect.poll(() => resultTotal(page)).toBe(3);
  await expect(rows(page)).toHaveCount(3);
  await expect(damascus).toHaveAttribute('aria-pressed', 'true');
  await damascus.scrollIntoViewIfNeeded();
  await damascus.hover();
  await screenshot(page, 'mentioned-places-facet');
});

test('the Russian name in the reader filters to the same three, and location:Damascus finds them', async ({ page }) => {
  await openReadingRoom(page);
  await openArticle(page, 'Переговоры в Дамаске');
  // The reader keeps the article's own spelling.
  const name = page.getByTestId('entities-place').getByRole('button', { name: /Дамаск/u });
  await name.click();
  await expect.poll(() => resultTotal(page)).toBe(3);
  await expect(name).toHaveAttribute('aria-pressed', 'true');
  await expect(facetOption(page, 'location', DAMASCUS)).toHaveAttribute('aria-pressed', 'true');
  await name.click();
  await expect.poll(() => resultTotal(page)).toBe(4);

  for (const query of ['location:Damascus', 'location:Дамаске', 'mentions:دمشق']) {
    await search(page, query);
    await expect.poll(() => resultTotal(page)).toBe(3);
  }
});

test('labels the mentioned place in Russian when the interface is in Russian', async ({ page, archive }) => {
  await archive.service.handlers['settings:set']({ locale: 'ru' });
  try {
    await openReadingRoom(page);
    const damascus = facetOption(page, 'location', DAMASCUS);
    await expect(damascus).toContainText('Дамаск');
    await expect(damascus).toHaveAttribute('title', /^Написания в архиве: /u);
    await damascus.scrollIntoViewIfNeeded();
    await damascus.hover();
    await screenshot(page, 'mentioned-places-facet-russian');
  } finally {
    await archive.service.handlers['settings:set']({ locale: 'en' });
  }
});
