// One name across scripts in real Chromium: copy from SANA spelt SANA, САНА and سانا,
// filed from Damascus, Дамаск and دمشق, is one agency and one place in the sidebar, with
// its spellings on hover, and `place:Damascus` finds all three (core/names).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, screenshot, test } from '../harness/fixtures';
import { facetCount, facetOption, openArticle, openReadingRoom, resultTotal, rows, search } from './reading-room';

test.use({ archiveName: 'names' });

const COPY = [
  {
    file: 'sana-en.json',
    title: 'Grain convoy reaches the capital',
    place: 'Damascus',
    agency: 'SANA',
    body: 'A convoy of grain trucks reached the capital on Friday, officials said. Ministers promised further deliveries.',
  },
  {
    file: 'sana-ru.json',
    title: 'В столицу прибыл конвой с зерном',
    place: 'Дамаск',
    agency: 'САНА',
    body: 'Колонна грузовиков с зерном прибыла в столицу в пятницу, сообщили официальные лица. Министры обещали новые поставки.',
  },
  {
    file: 'sana-ar.json',
    title: 'وصول قافلة الحبوب إلى العاصمة',
    place: 'دمشق',
    agency: 'سانا',
    body: 'وصلت قافلة من شاحنات الحبوب إلى العاصمة يوم الجمعة، بحسب مسؤولين. ووعد الوزراء بشحنات أخرى الأسبوع المقبل.',
  },
  {
    file: 'reuters-en.json',
    title: 'Oil prices rise in London trading',
    place: 'LONDON',
    agency: 'Reuters',
    body: 'Crude oil prices rose on Friday as traders weighed supply worries against a stronger dollar.',
  },
];

test.beforeAll(async ({ archive }) => {
  const folder = join(archive.workDir, 'names');
  await mkdir(folder, { recursive: true });
  for (const { file, ...record } of COPY)
    await writeFile(join(folder, file), JSON.stringify({ ...record, date: '2024-03-01' }));
  await archive.service.importFolder(folder);
});

test('lists one agency and one place for three scripts, with the spellings on hover, and place:Damascus finds all three', async ({
  page,
}) => {
  await openReadingRoom(page);
  await expect(rows(page)).toHaveCount(4);

  const sana = facetOption(page, 'agency', 'agency/sana');
  await expect.poll(() => facetCount(sana)).toBe(3);
  await expect(sana).toContainText('SANA');
  await expect(sana).toHaveAttribute('title', 'Spelt in the archive: SANA · САНА · سانا');
  const damascus = facetOption(page, 'place', 'place/damascus');
  await expect.poll(() => facetCount(damascus)).toBe(3);
  await expect(damascus).toHaveAttribute('title', /Damascus.*Дамаск.*دمشق/u);
  await expect(page.getByTestId('facet-agency').getByTestId('facet-option')).toHaveCount(2);
  await damascus.hover();
  await screenshot(page, 'names-facets');

  await search(page, 'place:Damascus');
  await expect.poll(() => resultTotal(page)).toBe(3);
  await expect(rows(page)).toHaveCount(3);

  // Provenance: the reader keeps the spelling the article was written with.
  await openArticle(page, 'В столицу прибыл конвой с зерном');
  await expect(page.getByTestId('meta-place')).toHaveText('Дамаск');
  await expect(page.getByTestId('meta-agency')).toHaveText('САНА');
});

test('selecting the place in the sidebar keeps all three spellings, and the selection lives in the URL', async ({
  page,
}) => {
  await openReadingRoom(page);
  await facetOption(page, 'place', 'place/damascus').click();
  await expect.poll(() => resultTotal(page)).toBe(3);
  await expect(page).toHaveURL(/place%2Fdamascus|place\/damascus/u);
  await page.reload();
  await expect(facetOption(page, 'place', 'place/damascus')).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => resultTotal(page)).toBe(3);
});

test('labels the agency and the place in Russian when the interface is in Russian', async ({ page, archive }) => {
  await archive.service.handlers['settings:set']({ locale: 'ru' });
  try {
    await openReadingRoom(page);
    await expect(facetOption(page, 'agency', 'agency/sana')).toContainText('САНА');
    await expect(facetOption(page, 'place', 'place/damascus')).toContainText('Дамаск');
    await expect(facetOption(page, 'place', 'place/damascus')).toHaveAttribute('title', /^Написания в архиве: /u);
    await screenshot(page, 'names-facets-russian');
  } finally {
    await archive.service.handlers['settings:set']({ locale: 'en' });
  }
});
