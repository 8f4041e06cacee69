import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { _electron } from 'playwright';
import '../../src-renderer/src/lib/api';

const ROOT = resolve(import.meta.dirname, '../..');
const SEEDS = join(ROOT, 'seeds');
const SEED_TITLE = 'Песков: РФ готова к координации совместных усилий с США в борьбе с терроризмом в Сирии';

/** The Electron binary's path, or why there is none (it is fetched by electron's postinstall). */
function electronBinary(): { path: string | null; reason: string } {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown as string;
    if (typeof path === 'string' && existsSync(path)) return { path, reason: '' };
  } catch {
    // electron's index throws "Electron failed to install correctly" when its postinstall never fetched the binary.
  }
  return { path: null, reason: 'no Electron binary in node_modules/electron (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1, or its download failed)' };
}

const electron = electronBinary();
if (!electron.path) console.warn(`electron smoke test skipped: ${electron.reason}`);

describe.skipIf(!electron.path)('the built desktop app', () => {
  it('imports the seeds folder and shows the seed headline', async () => {
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
      await page.getByRole('button', { name: 'Import folder…' }).first().click();
      await expect.poll(() => page.getByTestId('reader-title').textContent(), { timeout: 30_000 }).toBe(SEED_TITLE);
      // No Node in the page, and only the contract's bridge on window.
      const pageGlobals = await page.evaluate(() => ({
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
        bridge: Object.keys(window.dispatchArchive ?? {}).sort(),
      }));
      expect(pageGlobals).toEqual({ require: 'undefined', process: 'undefined', bridge: ['invoke', 'on', 'pathForDroppedFile'] });
    } finally {
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
