// The analyst's lens together, as the README shows it: one story filed by three agencies is
// a thread, the timeline charts the results, and the reader lists who the story names. The
// screenshot `analyst-lens` is the README's picture of it.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, screenshot, test } from '../harness/fixtures';
import { jsonArticle } from '../fixtures/threads';
import { openArticle, openReadingRoom, rowTitled } from './reading-room';

test.use({ archiveName: 'analyst-lens' });

const STORY = [
  'Russian Foreign Minister Sergei Lavrov and UN envoy Geir Pedersen met in Geneva on Monday to prepare',
  'a new round of talks on Syria, the Russian Foreign Ministry said. Lavrov told reporters that',
  'delegations from Damascus and the opposition would arrive on Wednesday. The United Nations said the',
  'Constitutional Committee would resume its work after a pause of six months. Pedersen said he hoped',
  'for progress on prisoners and on aid to Aleppo and Idlib.',
].join(' ');
const FIRST = 'Lavrov and Pedersen prepare Geneva talks on Syria';
const COPY = 'Geneva talks on Syria to resume on Wednesday, envoy says';
const LATER = 'UN envoy hopes for progress on prisoners as Geneva talks near';

/** Other stories over three months, each its own, so the timeline has a span to chart. */
const TOPICS = [
  'Wheat deliveries to the mills of Homs rose for a third week, the trade ministry said.',
  'The central bank kept its main interest rate unchanged and said inflation had slowed.',
  'Heavy snow closed the mountain road between Latakia and Aleppo for two days.',
  'A new school year began in Deir ez-Zor with twelve reopened schools.',
  'Electricity returned to parts of Hama after repairs to a transmission line.',
  'The football league resumed with a derby in the capital watched by ten thousand fans.',
  'Olive oil exports reached their highest level in five years, exporters reported.',
  'A cultural festival opened in Tartus with film screenings and concerts.',
  'Doctors reported a rise in seasonal influenza cases in the northern provinces.',
  'The port of Latakia received its first container ship of the year.',
  'Archaeologists resumed work at the ancient site of Palmyra after the winter.',
  'Bus fares in the capital rose by ten percent under a new transport decree.',
];
const OTHERS = TOPICS.map((text, i) => ({
  title: text.split(' ').slice(0, 7).join(' '),
  date: `2024-0${1 + (i % 3)}-${String(3 + i * 2).padStart(2, '0')}`,
  text,
}));

test.beforeAll(async ({ archive }) => {
  const folder = join(archive.workDir, 'dispatches');
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'sana.json'), jsonArticle(FIRST, '2024-03-11', STORY, 'SANA'));
  const copy = STORY.replace('on Monday', 'on Monday evening').replace(
    / Pedersen said.*$/,
    ' Aid convoys were also discussed.',
  );
  await writeFile(join(folder, 'tass.json'), jsonArticle(COPY, '2024-03-12', copy, 'TASS'));
  const later = STORY.replace('six months', 'half a year').replace('Wednesday', 'Thursday');
  await writeFile(join(folder, 'reuters.json'), jsonArticle(LATER, '2024-03-13', later, 'Reuters'));
  for (const [i, o] of OTHERS.entries())
    await writeFile(join(folder, `report-${i}.json`), jsonArticle(o.title, o.date, o.text, 'SANA'));
  await archive.service.importFolder(folder);
});

test('a story from three agencies shows as a thread on the timeline, with the names it mentions', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openReadingRoom(page);
  await expect(page.getByTestId('timeline-chart')).toBeVisible();
  await expect(rowTitled(page, COPY).getByTestId('row-thread')).toHaveText(/3 reports\s*·\s*3 agencies/);

  await openArticle(page, COPY);
  await expect(page.getByTestId('timeline-marker')).toBeVisible();
  const people = page.getByTestId('entities-person');
  await expect(people.getByRole('button', { name: /Sergei Lavrov/ })).toBeVisible();
  await expect(people.getByRole('button', { name: /Geir Pedersen/ })).toBeVisible();
  await expect(page.getByTestId('entities-org').getByRole('button', { name: /United Nations/ })).toBeVisible();
  await expect(page.getByTestId('thread').getByTestId('thread-report')).toHaveCount(3);
  await page.getByTestId('thread-compare').click();
  await expect(page.getByTestId('version-diff-text').locator('ins').filter({ hasText: 'Aid convoys' })).toHaveCount(1);
  await screenshot(page, 'analyst-lens');
});
