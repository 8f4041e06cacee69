// Issue 20 in real Chromium: main cuts the snippets of a search's first screen before
// sending its first page; the rest of that page's rows come with their opening lines and
// archive:searchSnippets brings their cut snippets, which the list must show in place.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, screenshot, test } from '../harness/fixtures';
import { openReadingRoom, rows, search, searchAnswered } from './reading-room';

const COUNT = 60;
const LEAD = 'The ministry said on Tuesday that talks would resume after the holiday. ';

test.use({ archiveName: 'late-snippets' });

test.beforeAll(async ({ archive }) => {
  const folder = join(archive.workDir, 'reports');
  await mkdir(folder);
  // The searched word sits past each opening, so only a cut snippet shows it.
  const lines = Array.from({ length: COUNT }, (_, i) =>
    JSON.stringify({
      title: `Field report ${i}`,
      date: new Date(Date.UTC(2016, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
      text: `${LEAD.repeat(3)}Engineers inspected the pipeline near site ${i}. ${LEAD}`,
    }),
  );
  await writeFile(join(folder, 'reports.jsonl'), lines.join('\n'));
  expect((await archive.service.importFolder(folder)).imported).toBe(COUNT);
});

test.beforeEach(async ({ page }) => {
  await openReadingRoom(page);
});

test('fills in the snippets and marks of the rows past the first screen, as the first rows have them', async ({
  page,
}) => {
  const filled = searchAnswered(page, 'pipeline OR field', 'archive:searchSnippets');
  await search(page, 'pipeline OR field');
  await filled;
  const list = page.getByTestId('article-list');
  await list.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  // The last rows were past the first screen: their snippets came by archive:searchSnippets.
  const last = rows(page).filter({ has: page.getByTestId('row-title').filter({ hasText: /^Field report 0$/ }) });
  await expect(last).toBeVisible();
  expect(Number(await last.getAttribute('data-index'))).toBeGreaterThanOrEqual(40);
  await expect(last.getByTestId('row-snippet')).toContainText('pipeline near site 0.');
  await expect(last.getByTestId('row-snippet').locator('mark')).toHaveText('pipeline');
  await expect(last.getByTestId('row-title').locator('mark')).toHaveText('Field');
  // Every row on screen shows its cut snippet, none its opening.
  await expect(
    rows(page)
      .getByTestId('row-snippet')
      .filter({ hasText: /^The ministry/ }),
  ).toHaveCount(0);
  await screenshot(page, 'late-snippets');
});
