import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, rm, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright';
import { startHarness, type Harness } from '../harness/server';
import { installBridge } from '../harness/bridge';
import { BROWSER_MISSING, launchBrowser } from '../harness/browser';

const SEEDS = resolve(import.meta.dirname, '../../seeds');
const CORPUS = resolve(import.meta.dirname, '../../../shared/corpus');
const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
const SEED_TITLE = 'Песков: РФ готова к координации совместных усилий с США в борьбе с терроризмом в Сирии';

if (BROWSER_MISSING) console.warn(`e2e skipped: ${BROWSER_MISSING}`);

describe.skipIf(BROWSER_MISSING)('first screen in Chromium', () => {
  let browser: Browser;
  let harness: Harness;
  let work: string;
  let folder: string;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'da-e2e-'));
    folder = join(work, 'dispatches');
    await mkdir(folder);
    await cp(SEEDS, folder, { recursive: true });
    await writeFile(join(folder, 'broken.json'), '[{"title": "cut off');
    harness = await startHarness({ dataDir: join(work, 'data'), chooseFolder: async () => folder });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await harness?.close();
    await rm(work, { recursive: true, force: true });
  });

  async function openApp(): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    await page.addInitScript(installBridge);
    await page.goto(harness.url);
    return page;
  }

  it('shows what the app is for and an import button on an empty store', async () => {
    const page = await openApp();
    await expect.poll(() => page.getByRole('heading', { name: 'Your dispatch archive is empty' }).isVisible()).toBe(true);
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'empty-store.png') });
    await page.close();
  });

  it('imports a folder and shows the seed in the list and the reader', async () => {
    const page = await openApp();
    await page.getByRole('button', { name: 'Import folder…' }).first().click();
    const summary = page.getByTestId('import-summary');
    await summary.waitFor();
    await expect.poll(() => summary.textContent()).toContain('1 rejected');
    await page.getByText('Rejected files').click();
    expect(await summary.textContent()).toContain('broken.json');
    await expect.poll(() => page.getByTestId('reader-title').textContent()).toBe(SEED_TITLE);
    expect(await page.getByRole('option').count()).toBe(1);
    const reader = page.getByRole('article', { name: 'Reader' });
    expect(await reader.locator('.meta').textContent()).toContain('2016-07-15 · Москва · САНА · ru');
    expect(await reader.locator('.signature').textContent()).toBe('*Н.С./М.К.');
    const related = reader.getByRole('complementary');
    expect(await related.getByRole('heading').textContent()).toBe('Related articles');
    expect(await related.textContent()).toContain('Система ПВО РФ за сутки сбила 44 украинских дрона');
    expect(await reader.locator('.body > p[dir]').count()).toBe(11); // 10 paragraphs and the signature
    expect(await reader.textContent()).not.toContain('Check Also');
    await page.screenshot({ path: join(SHOTS, 'first-screen.png') });
    await page.close();
  });

  it('keeps the archive after the services restart on the same data directory', async () => {
    const dataDir = harness.service.options.dataDir;
    await harness.close();
    harness = await startHarness({ dataDir, chooseFolder: async () => folder });
    const page = await openApp();
    await expect.poll(() => page.getByTestId('reader-title').textContent()).toBe(SEED_TITLE);
    expect(await page.getByTestId('article-count').textContent()).toBe('1 article');
    await page.close();
  });

  it('shows markup inside a dispatch as text and runs none of it', async () => {
    const hostile = join(work, 'hostile');
    await mkdir(hostile);
    const markup = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    await writeFile(join(hostile, 'hostile.txt'), `Hostile headline ${markup}\n\nDamascus, SANA – A paragraph with ${markup} inside.\n`);
    await harness.service.importFolder(hostile);
    const page = await openApp();
    await page.getByRole('option').filter({ hasText: 'Hostile headline' }).click();
    await expect.poll(() => page.getByTestId('reader-title').textContent()).toBe(`Hostile headline ${markup}`);
    expect(await page.locator('.reader .body').textContent()).toContain(`A paragraph with ${markup} inside.`);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('.reader img, .reader script').count()).toBe(0);
    await page.close();
  });

  it.skipIf(!existsSync(CORPUS))('reads an Arabic article from the corpus right to left', async () => {
    await harness.service.importFolder(CORPUS);
    const page = await openApp();
    await page.getByRole('option').filter({ hasText: /[\u0600-\u06FF]{4}/ }).first().click();
    await expect.poll(() => page.locator('.reader .body').getAttribute('dir')).toBe('rtl');
    expect(await page.getByTestId('reader-title').textContent()).toMatch(/[\u0600-\u06FF]/);
    expect(Number((await page.getByTestId('article-count').textContent())?.split(' ')[0])).toBeGreaterThan(2000);
    await page.screenshot({ path: join(SHOTS, 'corpus-arabic.png') });
    await page.close();
  });

  it('runs with no console or CSP errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});
