// The built desktop app, driven through Playwright's Electron support. It needs the
// Electron binary; where there is none (installed with ELECTRON_SKIP_BINARY_DOWNLOAD),
// every test skips with the reason. Build first: `npm run build`.
//
// The native folder dialog cannot be clicked by a test. A development build (not
// packaged, or NODE_ENV=test) started with DISPATCH_ARCHIVE_TEST_DIALOG=/abs/folder
// answers it with that folder, or with a cancel for DISPATCH_ARCHIVE_TEST_DIALOG=cancel
// (src-main/desktop/test-dialog.ts).
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { _electron, expect, test, type ElectronApplication } from '@playwright/test';
import '../../src-renderer/src/lib/api';

const ROOT = resolve(import.meta.dirname, '../..');
const MAIN = join(ROOT, 'out/main/index.js');
const SEEDS = join(ROOT, 'seeds');
const SEED_TITLE = 'Песков: РФ готова к координации совместных усилий с США в борьбе с терроризмом в Сирии';
// Chromium refuses its sandbox to root.
const SANDBOX_ARGS = process.getuid?.() === 0 ? ['--no-sandbox'] : [];

/**
 * The Electron binary's path, or why there is none. Read from the package's path.txt
 * rather than `require('electron')`, which tries to download a missing binary.
 */
function electronBinary(): { path: string | null; reason: string } {
  const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(packageDir, 'path.txt');
  const path = existsSync(pathFile) ? join(packageDir, 'dist', readFileSync(pathFile, 'utf8')) : null;
  if (path && existsSync(path)) return { path, reason: '' };
  return {
    path: null,
    reason:
      'no Electron binary in node_modules/electron (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1, or its download failed)',
  };
}

const electron = electronBinary();

/** The app on an archive folder of its own, with more arguments and environment if given. */
function launch(
  dataDir: string,
  options: { args?: string[]; env?: Record<string, string> } = {},
): Promise<ElectronApplication> {
  return _electron.launch({
    executablePath: electron.path!,
    args: [MAIN, '--data', dataDir, ...(options.args ?? []), ...SANDBOX_ARGS],
    env: { ...(process.env as Record<string, string>), ...options.env },
  });
}

let dataDir: string;
test.beforeEach(async () => {
  test.skip(!electron.path, electron.reason);
  dataDir = await mkdtemp(join(tmpdir(), 'da-electron-'));
});
test.afterEach(async () => {
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

test('the built desktop app imports the seeds folder and shows the seed headline', async () => {
  const app = await launch(dataDir);
  try {
    // The native folder dialog cannot be clicked by a test: answer it from the main process.
    await app.evaluate(({ dialog }, folder) => {
      dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [folder] })) as typeof dialog.showOpenDialog;
    }, SEEDS);
    const page = await app.firstWindow();
    await page.getByTestId('import-button').first().click();
    await expect(page.getByTestId('reader-title')).toHaveText(SEED_TITLE, { timeout: 30_000 });
    // No Node in the page, and only the contract's bridge on window.
    const pageGlobals = await page.evaluate(() => ({
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      bridge: Object.keys(window.dispatchArchive ?? {}).sort(),
    }));
    expect(pageGlobals).toEqual({
      require: 'undefined',
      process: 'undefined',
      bridge: ['invoke', 'on', 'pathForDroppedFile'],
    });
  } finally {
    await app.close();
  }
});

test("the menu's Import Folder… imports the folder the stubbed dialog answers", async () => {
  const app = await launch(dataDir, { env: { DISPATCH_ARCHIVE_TEST_DIALOG: SEEDS } });
  try {
    const page = await app.firstWindow();
    await expect(page.getByTestId('empty-state')).toBeVisible();
    const clicked = await app.evaluate(({ Menu }) => {
      const item = Menu.getApplicationMenu()?.getMenuItemById('import-folder');
      item?.click();
      return Boolean(item);
    });
    expect(clicked).toBe(true);
    await expect(page.getByTestId('article-row').filter({ hasText: SEED_TITLE })).toBeVisible({ timeout: 30_000 });
  } finally {
    await app.close();
  }
});

test('a second launch with a folder hands it to the running app, which imports it, and exits', async () => {
  const app = await launch(dataDir);
  try {
    const page = await app.firstWindow();
    await expect(page.getByTestId('empty-state')).toBeVisible();
    // The second launch finds the archive's lock taken, hands over its command line and quits.
    // execFile rejects if it fails to exit, or exits with an error code.
    await promisify(execFile)(electron.path!, [MAIN, '--data', dataDir, SEEDS, ...SANDBOX_ARGS], { timeout: 30_000 });
    await expect(page.getByTestId('article-row').filter({ hasText: SEED_TITLE })).toBeVisible({ timeout: 30_000 });
  } finally {
    await app.close();
  }
});

test('the window comes back at the size and place it was left at', async () => {
  const first = await launch(dataDir);
  let left: { x: number; y: number; width: number; height: number };
  try {
    await first.firstWindow();
    const area = await first.evaluate(({ screen }) => screen.getPrimaryDisplay().workArea);
    test.skip(
      area.width < 780 || area.height < 520,
      `the display's work area (${area.width}×${area.height}) is smaller than the window's minimum size with a margin`,
    );
    left = await first.evaluate(({ BrowserWindow }, area) => {
      const win = BrowserWindow.getAllWindows()[0]!;
      win.setBounds({
        x: area.x + 30,
        y: area.y + 20,
        width: Math.min(area.width - 60, 900),
        height: Math.min(area.height - 40, 600),
      });
      // What the window manager made of it, which is what should come back.
      return win.getBounds();
    }, area);
  } finally {
    await first.close();
  }
  const second = await launch(dataDir);
  try {
    await second.firstWindow();
    const restored = await second.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.getBounds());
    expect(restored).toEqual(left);
  } finally {
    await second.close();
  }
});
