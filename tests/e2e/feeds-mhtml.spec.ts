// Saved feeds and pages saved as one file, in real Chromium against the real service: each
// entry of an RSS feed is its own article with its byline, its time in its own zone and its
// subjects; a page Chromium saved as MHTML reads as the page, without its frames.
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, screenshot, test } from '../harness/fixtures';
import { rss } from '../fixtures/feeds';
import { openArticle, openReadingRoom, rows, search } from './reading-room';

test.use({ archiveName: 'feeds-mhtml' });

const MHTML_TITLE = 'Genève accueille les négociations sur le corridor céréalier';

test.beforeAll(async ({ archive }) => {
  const folder = join(archive.workDir, 'saved');
  await mkdir(folder, { recursive: true });
  // Names as they are saved: a feed as `.xml`, a page as `.mhtml`.
  await writeFile(
    join(folder, 'desk-feed.xml'),
    rss('Example Wire', [
      {
        title: 'Ministers agree on grain corridor',
        paragraphs: ['Ministers from four countries agreed on Friday to reopen the corridor.', 'Ships may sail soon.'],
        date: 'Fri, 01 Mar 2024 14:05:00 +0100',
        author: 'Jane Roe',
        link: 'https://example.com/grain',
        categories: ['Trade'],
      },
      {
        title: 'Port of Odesa reopens',
        paragraphs: ['The port reopened to cargo ships on Saturday morning.'],
        date: 'Sat, 02 Mar 2024 08:00:00 GMT',
        author: 'Sam Poe',
        link: 'https://example.com/port',
      },
    ]),
  );
  await copyFile(join(import.meta.dirname, '../fixtures/mhtml/chromium-page.mhtml'), join(folder, 'geneve.mhtml'));
  await archive.service.importFolder(folder);
});

test('each feed entry is an article with its byline, its zoned time and its subjects', async ({ page }) => {
  await openReadingRoom(page);
  await expect(rows(page)).toHaveCount(3);
  await openArticle(page, 'Ministers agree on grain corridor');
  await expect(page.getByTestId('meta-byline')).toHaveText(/Jane Roe/);
  await expect(page.getByTestId('meta-datetime')).toHaveAttribute('datetime', '2024-03-01T14:05:00+01:00');
  await expect(page.getByTestId('meta-subjects').locator('li')).toHaveText(['Trade']);
  await expect(page.getByTestId('reader-body')).toContainText('agreed on Friday to reopen the corridor');
  await screenshot(page, 'feed-entry-reader');

  await search(page, 'byline:"sam poe"');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('Port of Odesa reopens');
});

test('a page saved as MHTML reads as the page, without the text of its frames', async ({ page }) => {
  await openReadingRoom(page);
  await openArticle(page, MHTML_TITLE);
  await expect(page.getByTestId('reader-title')).toHaveText(MHTML_TITLE);
  const body = page.getByTestId('reader-body');
  await expect(body).toContainText('le prix du blé a reculé de 3 %');
  await expect(body).not.toContainText('abonnez-vous');
  await screenshot(page, 'mhtml-reader');
});
