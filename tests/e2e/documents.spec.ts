// PDF, DOCX and ODT in real Chromium against the real service: a folder of documents is
// imported through the Import button, each readable document becomes an article with its
// headline, paragraphs and byline, and the summary names the scanned PDF and the renamed
// zip with their reasons while the import goes on.
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { expect, screenshot, test } from '../harness/fixtures';
import { openArticle, rows } from './reading-room';

test.use({ archiveName: 'documents' });

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/documents');
const DOCS = ['article.pdf', 'scanned.pdf', 'article.docx', 'article.odt'];

test('imports PDF, DOCX and ODT files as articles and names the unreadable ones with their reasons', async ({
  page,
  archive,
}) => {
  const folder = join(archive.workDir, 'documents');
  await mkdir(folder, { recursive: true });
  for (const name of DOCS) await copyFile(join(fixtures, name), join(folder, name));
  await writeFile(join(folder, 'notes.docx'), zipSync({ 'notes.txt': strToU8('not a Word document') }));
  archive.chooseFolder = folder;

  await page.goto('/');
  await page.getByTestId('import-button').first().click();
  const summary = page.getByTestId('import-summary');
  await expect(summary).toBeVisible({ timeout: 60_000 });
  const rejects = summary.getByTestId('reject-row');
  await expect(rejects).toHaveCount(2);
  await expect(rejects.filter({ hasText: 'scanned.pdf' })).toContainText('no text layer (scanned)');
  await expect(rejects.filter({ hasText: 'notes.docx' })).toContainText('word/document.xml');
  await screenshot(page, 'documents-import-summary');
  await page.getByTestId('summary-dismiss').click();
  await expect(rows(page)).toHaveCount(3);

  await openArticle(page, 'River basin accord');
  const paragraphs = page.getByTestId('reader').getByTestId('paragraph');
  await expect(paragraphs.filter({ hasText: /^The draft, seen by reporters, .* along the river\.$/ })).toHaveCount(2);
  await expect(page.getByTestId('reader-body')).not.toContainText('Basin Courier');

  await openArticle(page, 'Harbour strike ends after nine days');
  await expect(page.getByTestId('meta-byline')).toContainText('Ana Ruiz');
  await expect(paragraphs.filter({ hasText: 'What happens next' })).toHaveCount(1);
  await screenshot(page, 'documents-docx');

  await openArticle(page, 'Rail link to the coast opens a year late');
  await expect(paragraphs.first()).toContainText('Negotiators from twelve countries');
});
