import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, screenshot, test } from '../harness/fixtures';
import { writeCorpusSlice, writeSmallFolder } from './fixture-folders';
import { allArticles, resultTotal } from './reading-room';

test.use({ archiveName: 'first-screen' });
// The tests follow one archive from empty to imported to restarted.
test.describe.configure({ mode: 'serial' });

let fileCount = 0;

test.beforeAll(async ({ archive }) => {
  const folder = join(archive.workDir, 'dispatches');
  await writeSmallFolder(folder);
  await writeCorpusSlice(folder);
  await writeFile(join(folder, 'broken.json'), '[{"title": "cut off');
  fileCount = (await readdir(folder, { recursive: true, withFileTypes: true })).filter((entry) =>
    entry.isFile(),
  ).length;
  archive.chooseFolder = folder;
});

interface ProgressSnapshot {
  now: number;
  max: number;
  currentFile: string;
  rejects: string;
  canCancel: boolean;
}

/** Records every state of the import status as it changes, however briefly it is shown. */
function watchImportStatus(): void {
  const seen: ProgressSnapshot[] = [];
  (window as unknown as { progressSeen: ProgressSnapshot[] }).progressSeen = seen;
  const text = (id: string) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '';
  new MutationObserver(() => {
    const bar = document.querySelector('[data-testid="import-progress"]');
    if (!bar) return;
    const [now, max] = ['aria-valuenow', 'aria-valuemax'].map((name) => Number(bar.getAttribute(name)));
    seen.push({
      now: now!,
      max: max!,
      currentFile: text('import-current-file'),
      rejects: text('import-rejects'),
      canCancel: document.querySelector('[data-testid="import-cancel"]') !== null,
    });
  }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
}

test('shows what the app is for and an import button on an empty store', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('empty-state')).toBeVisible();
  await expect(page.getByTestId('empty-state').getByRole('heading')).toHaveText('Your dispatch archive is empty');
  await expect(page.getByTestId('import-button').first()).toHaveAccessibleName('Import folder…');
  await screenshot(page, 'empty-store');
});

test('imports the chosen folder, counting files in a progress bar, then lists every reject with its reason', async ({
  page,
}) => {
  await page.goto('/');
  await page.evaluate(watchImportStatus);
  await page.getByTestId('import-button').first().click();
  const summary = page.getByTestId('import-summary');
  await expect(summary).toBeVisible();
  await expect(page.getByTestId('import-progress')).toBeHidden();

  await test.step('the progress bar counted every file', async () => {
    const seen = await page.evaluate(() => (window as unknown as { progressSeen: ProgressSnapshot[] }).progressSeen);
    const counted = seen.filter((snapshot) => snapshot.max > 0);
    expect(counted.length, 'the progress bar showed a files total').toBeGreaterThan(0);
    expect(Math.max(...counted.map((snapshot) => snapshot.max))).toBe(fileCount);
    expect(Math.max(...counted.map((snapshot) => snapshot.now))).toBe(fileCount);
    expect(
      seen.some((snapshot) => /\.(txt|json|html)\b/.test(snapshot.currentFile)),
      'a current file was named',
    ).toBe(true);
    expect(
      seen.some((snapshot) => /\b1\b/.test(snapshot.rejects)),
      'the running rejects count reached 1',
    ).toBe(true);
  });

  await test.step('the summary names the broken file and why', async () => {
    const rejects = summary.getByTestId('reject-row');
    await expect(rejects).toHaveCount(1);
    await expect(rejects).toContainText('broken.json');
    const reason = (await rejects.textContent())!.replace('broken.json', '').trim();
    expect(reason.length, 'a reason besides the file name').toBeGreaterThan(3);
    await screenshot(page, 'import-summary');
  });

  await test.step('dismissing the summary leaves the list', async () => {
    await page.getByTestId('summary-dismiss').click();
    await expect(summary).toBeHidden();
    await expect(page.getByTestId('article-row').first()).toBeVisible();
  });
});

test('lists every imported article', async ({ archive, page }) => {
  await page.goto('/');
  const articles = await allArticles(archive);
  await expect.poll(() => resultTotal(page)).toBe(articles.length);
  await expect(page.getByTestId('article-row').first()).toBeVisible();
});

test('keeps the archive after the service restarts on the same data directory', async ({ archive, openFreshApp }) => {
  const before = (await allArticles(archive)).length;
  await archive.restart();
  const page = await openFreshApp();
  await expect.poll(() => resultTotal(page)).toBe(before);
  await expect(page.getByTestId('empty-state')).toBeHidden();
});
