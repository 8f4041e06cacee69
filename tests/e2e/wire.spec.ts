// Agency copy in real Chromium against the real service: a story sent in two versions is
// one row that opens on its newest version, lists both and shows what changed; a killed
// story carries the agency's withdrawal; the Status filter, `status:` and `byline:` find
// them; and the reader shows the byline, the time with its zone and the subjects.
import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, screenshot, test } from '../harness/fixtures';
import { g2Item, QUAKE_V1, QUAKE_V2 } from '../unit/archive/g2-items';
import {
  facetCount,
  openArticle,
  openReadingRoom,
  resultTotal,
  revealFacetOption,
  rows,
  rowTitled,
  search,
} from './reading-room';

test.use({ archiveName: 'wire' });

const NITF = `<?xml version="1.0" encoding="ISO-8859-1"?>
<nitf><head><title>Ministers agree on grain corridor</title>
<tobject><tobject.subject tobject.subject.refnum="04000000"/></tobject>
<docdata><doc-id id-string="EXAMPLE.2024.0301.grain"/><urgency ed-urg="3"/><date.issue norm="20240301T140500+0100"/>
<du-key key="Grain-Corridor"/></docdata></head>
<body><body.head><hedline><hl1>Ministers agree on grain corridor</hl1></hedline><byline>By Jane Roe</byline>
<dateline><location><city>Istanbul</city></location></dateline></body.head>
<body.content><p>Ministers from four countries agreed on Friday to reopen the grain corridor across the Black Sea.</p>
<p>Ships are expected to sail from next week, officials said.</p></body.content></body></nitf>`;

const KILLED = g2Item(
  {
    version: 2,
    at: '2024-03-02T09:00:00Z',
    headline: 'Minister resigns over port deal',
    paragraphs: ['KILL: this story has been withdrawn. Do not use it.'],
    pubStatus: 'canceled',
  },
  'urn:newsml:example.com:20240302:resigns',
);

test.beforeAll(async ({ archive }) => {
  const folder = join(archive.workDir, 'wire');
  await mkdir(folder, { recursive: true });
  // Names as agencies deliver them: no extension, .txt, .xml.
  await writeFile(join(folder, 'tag_example.com_quake_1'), g2Item(QUAKE_V1));
  await writeFile(join(folder, 'tag_example.com_quake_2'), g2Item(QUAKE_V2));
  await writeFile(join(folder, 'grain.xml'), NITF);
  await writeFile(join(folder, 'resigns.txt'), KILLED);
  await archive.service.importFolder(folder);
});

test('a story in two versions is one row, opened on its newest version, with its history and changes', async ({
  page,
}) => {
  await openReadingRoom(page);
  await expect(rows(page)).toHaveCount(3);
  await expect(rowTitled(page, QUAKE_V1.headline)).toHaveCount(0);
  const row = rowTitled(page, QUAKE_V2.headline);
  await expect(row.getByTestId('row-versions')).toContainText('2');

  await openArticle(page, QUAKE_V2.headline);
  const versions = page.getByTestId('versions');
  await expect(versions.getByTestId('version')).toHaveCount(2);
  await expect(versions.locator('[data-testid="version"][aria-current="true"]')).toContainText('2');

  await page.getByTestId('versions-diff-toggle').click();
  const diff = page.getByTestId('version-diff-text');
  await expect(diff.locator('ins').first()).toBeVisible();
  await expect(diff.locator('ins')).toContainText(['Three people were killed']);
  await expect(diff.locator('del').filter({ hasText: 'There were no immediate reports of casualties' })).toHaveCount(1);
  await expect(diff.locator('del').filter({ hasText: 'strikes' })).toHaveCount(1);
  await screenshot(page, 'wire-versions');

  // The earlier version opens on request, says it is earlier, and leads back.
  await versions.getByTestId('version-open').click();
  await expect(page.getByTestId('reader-title')).toHaveText(QUAKE_V1.headline);
  await expect(page.getByTestId('earlier-version')).toBeVisible();
  await page.getByTestId('earlier-version-newest').click();
  await expect(page.getByTestId('reader-title')).toHaveText(QUAKE_V2.headline);
});

test('a killed story is marked withdrawn in the list and the reader', async ({ page }) => {
  await openReadingRoom(page);
  await expect(rowTitled(page, 'Minister resigns over port deal').getByTestId('row-withdrawn')).toBeVisible();
  await openArticle(page, 'Minister resigns over port deal');
  const banner = page.getByTestId('status-banner');
  await expect(banner).toHaveAttribute('data-kind', 'withdrawn');
  await expect(banner).toContainText('Withdrawn by the agency');
  await screenshot(page, 'wire-withdrawn');
});

test('the reader shows the byline, the time in its own zone, the slug and the subjects', async ({ page }) => {
  await openReadingRoom(page);
  await openArticle(page, 'Ministers agree on grain corridor');
  await expect(page.getByTestId('meta-byline')).toHaveText(/By Jane Roe/);
  await expect(page.getByTestId('meta-datetime')).toHaveAttribute('datetime', '2024-03-01T14:05:00+01:00');
  await expect(page.getByTestId('meta-datetime')).toContainText('+01:00');
  await expect(page.getByTestId('meta-subjects').locator('li')).toHaveText(['04000000']);
  await expect(page.getByTestId('meta-slugline')).toHaveText('Grain-Corridor');
  await expect(page.getByTestId('meta-urgency')).toContainText('3');
  await expect(page.getByTestId('status-banner')).toHaveCount(0);
  await screenshot(page, 'wire-reader');
});

test('the Status filter and status:, byline:, has:versions find agency copy', async ({ page }) => {
  await openReadingRoom(page);
  const canceled = await revealFacetOption(page, 'status', 'canceled');
  expect(await facetCount(canceled)).toBe(1);
  await canceled.click();
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('Minister resigns over port deal');
  await canceled.click();
  await expect(rows(page)).toHaveCount(3);

  await search(page, 'status:withdrawn');
  expect(await resultTotal(page)).toBe(1);
  await search(page, 'byline:"jane roe"');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('grain corridor');
  await search(page, 'has:versions');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText(QUAKE_V2.headline);
  // A word only the first version has still finds the story, shown as its newest version.
  await search(page, 'casualties');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText(QUAKE_V2.headline);
});
