import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { _electron, expect, test } from '@playwright/test';
import '../../src-renderer/src/lib/api';

const ROOT = resolve(import.meta.dirname, '../..');
const SEEDS = join(ROOT, 'seeds');
const SEED_TITLE = 'Песков: РФ готова к координации совместных усилий с США в борьбе с терроризмом в Сирии';

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

test('the built desktop app imports the seeds folder and shows the seed headline', async () => {
  test.skip(!electron.path, electron.reason);
  const dataDir = await mkdtemp(join(tmpdir(), 'da-electron-'));
  const app = await _electron.launch({
    executablePath: electron.path!,
    args: [join(ROOT, 'out/main/index.js'), '--data', dataDir, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
  });
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
    await rm(dataDir, { recursive: true, force: true });
  }
});
