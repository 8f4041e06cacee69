// Highlights and notes in real Chromium against the real service: made by selecting
// text, kept across a restart, placed again on the same words after the source file
// changed, shown as orphaned once their passage is gone, and the article note's
// Markdown rendered with nothing in it able to run.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from '../harness/fixtures';
import { ARABIC, SEED, writeSmallFolder } from './fixture-folders';
import { openArticle, openReadingRoom } from './reading-room';
import { dragOver, highlightIn, marksOf, selectWords } from './annotating';

test.use({ archiveName: 'annotations' });

const SEED_FILE = '000_068abd54a537aef4.txt';
/** The paragraph the highlight lies in, and the phrase highlighted. */
const PARAGRAPH_START = '«Обсуждались различные позиции';
const PHRASE = 'тема непосредственного сотрудничества в борьбе с экстремизмом не фигурировала';
const NOTE = 'Сверить с записью брифинга';
const INSERTED = 'Редакция добавила этот абзац перед цитатой, чтобы сдвинуть текст статьи.';

let folder = '';
let original = '';

test.beforeAll(async ({ archive }) => {
  folder = join(archive.workDir, 'dispatches');
  await writeSmallFolder(folder);
  original = await readFile(join(folder, SEED_FILE), 'utf8');
  await archive.service.importFolder(folder);
});

/** Imports the folder again through the app's own button, and waits for the summary. */
async function reimport(page: Page, archive: { chooseFolder: string | null }): Promise<void> {
  archive.chooseFolder = folder;
  await page.getByTestId('import-button').first().click();
  await expect(page.getByTestId('import-summary')).toContainText('Import finished');
}

async function rewriteSeed(edit: (text: string) => string): Promise<void> {
  const text = edit(original);
  expect(text, 'the edit changed the seed').not.toBe(original);
  await writeFile(join(folder, SEED_FILE), text);
}

test.describe.serial('a highlight through restart and re-import', () => {
  test('highlights a phrase selected with the mouse and adds a note to it', async ({ page }) => {
    await openReadingRoom(page);
    await openArticle(page, SEED.title);
    await dragOver(page, PHRASE);
    await expect(page.getByTestId('selection-toolbar')).toBeVisible();
    expect(await page.evaluate(() => document.getSelection()?.toString())).toBe(PHRASE);
    await screenshot(page, 'annotations-selection-toolbar');

    await page.getByTestId('highlight-note').click();
    const editor = page.getByTestId('annotation-panel').getByTestId('note-editor');
    await expect(editor).toBeFocused();
    await editor.fill(NOTE);
    await editor.press('Control+Enter');

    await expect(marksOf(page)).toHaveText([PHRASE]);
    const item = page.getByTestId('annotation-item');
    await expect(item.getByTestId('annotation-quote')).toHaveText(PHRASE);
    await expect(item.getByTestId('annotation-note')).toHaveText(NOTE);
  });

  test('keeps the highlight and its note when the services restart on the same data', async ({ page, archive }) => {
    await archive.restart();
    await openReadingRoom(page);
    await openArticle(page, SEED.title);
    await expect(marksOf(page)).toHaveText([PHRASE]);
    await expect(page.getByTestId('annotation-note')).toHaveText(NOTE);
  });

  test('finds the highlight on the same words after a paragraph is inserted before it', async ({ page, archive }) => {
    await rewriteSeed((text) => text.replace(PARAGRAPH_START, `${INSERTED}\n\n${PARAGRAPH_START}`));
    await openReadingRoom(page);
    await openArticle(page, SEED.title);
    await reimport(page, archive);
    await expect(page.getByTestId('paragraph').filter({ hasText: INSERTED })).toHaveCount(1);
    await expect(marksOf(page)).toHaveText([PHRASE]);
    await expect(page.getByTestId('paragraph').filter({ has: page.locator('mark.annotation') })).toContainText(
      PARAGRAPH_START,
    );
    await expect(page.getByTestId('annotation-note')).toHaveText(NOTE);
    await expect(page.getByTestId('annotation-orphaned')).toHaveCount(0);
    await page.getByTestId('annotation-show').click();
    await expect(marksOf(page)).toBeInViewport();
    await screenshot(page, 'annotations-reader');
  });

  test('shows the highlight as orphaned, with its quote and note, once its paragraph is deleted', async ({
    page,
    archive,
  }) => {
    const paragraph = original.slice(original.indexOf(PARAGRAPH_START)).split('\n\n')[0]!;
    await rewriteSeed((text) => text.replace(`${paragraph}\n\n`, ''));
    await openReadingRoom(page);
    await openArticle(page, SEED.title);
    await reimport(page, archive);
    await expect(page.getByTestId('paragraph').filter({ hasText: PARAGRAPH_START })).toHaveCount(0);
    const orphaned = page.getByTestId('annotation-orphaned');
    await expect(orphaned.getByTestId('annotation-quote')).toHaveText(PHRASE);
    await expect(orphaned.getByTestId('annotation-note')).toHaveText(NOTE);
    await expect(marksOf(page)).toHaveCount(0);
    await orphaned.scrollIntoViewIfNeeded();
    await screenshot(page, 'annotations-orphaned');
  });
});

test('stands the panel beside the story in a wide window', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1000 });
  await openReadingRoom(page);
  await openArticle(page, SEED.title);
  const panel = await page.getByTestId('annotation-panel').boundingBox();
  const story = await page.getByTestId('reader-body').boundingBox();
  expect(panel!.x).toBeGreaterThanOrEqual(story!.x + story!.width);
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'annotations-wide-dark');
});

test('undoes the delete of a highlight, bringing it back as it was', async ({ page }) => {
  await openReadingRoom(page);
  await openArticle(page, ARABIC.title);
  await selectWords(page, 'وزير الخارجية والمغتربين');
  await highlightIn(page, 'green');
  const mark = marksOf(page);
  await expect(mark).toHaveText(['وزير الخارجية والمغتربين']);
  const id = await mark.getAttribute('data-annotation-id');
  await screenshot(page, 'annotations-arabic');

  await page.getByTestId('annotation-delete').click();
  await expect(mark).toHaveCount(0);
  await expect(page.getByTestId('annotation-undo')).toContainText('Highlight deleted');
  await page.getByTestId('annotation-undo-button').click();
  await expect(mark).toHaveText(['وزير الخارجية والمغتربين']);
  await expect(mark).toHaveAttribute('data-annotation-id', id!);
  await expect(mark).toHaveClass(/hl-green/);
  await expect(page.getByTestId('annotation-undo-button')).toHaveCount(0);
});

test('highlights a keyboard selection with h in the last colour used', async ({ page }) => {
  await openReadingRoom(page);
  await openArticle(page, ARABIC.title);
  await selectWords(page, 'التنسيق والتشاور');
  await highlightIn(page, 'purple');
  await selectWords(page, 'القضايا الإقليمية');
  await page.keyboard.press('h');
  await expect(marksOf(page).filter({ hasText: 'القضايا الإقليمية' })).toHaveClass(/hl-purple/);
});

test('renders the article note’s Markdown and leaves markup in it inert', async ({ page }) => {
  await openReadingRoom(page);
  await openArticle(page, ARABIC.title);
  await page.getByTestId('article-note-add').click();
  const note = [
    '**Confirmed** by the ministry:',
    '',
    '- first call',
    '- second call',
    '',
    'See [SANA](https://sana.sy/en/) and [this](javascript:window.__pwned=3)',
    '',
    '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">',
  ].join('\n');
  await page.getByTestId('note-editor').fill(note);
  await page.getByTestId('note-save').click();

  const shown = page.getByTestId('article-note-text');
  await expect(shown.locator('strong')).toHaveText('Confirmed');
  await expect(shown.locator('ul > li')).toHaveText(['first call', 'second call']);
  const link = shown.locator('a[href="https://sana.sy/en/"]');
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(shown.locator('a[href^="javascript"]')).toHaveCount(0);
  await expect(shown.locator('script, img, [onerror]')).toHaveCount(0);
  await expect(shown).toContainText('<img src=x onerror="window.__pwned=2">');
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  await screenshot(page, 'annotations-note-markdown');
});
