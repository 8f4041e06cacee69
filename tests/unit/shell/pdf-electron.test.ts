// The app's PDF engine on a stand-in Electron: the print HTML (which holds the user's
// notes) lives in a private folder while Chromium reads it, and is gone after.
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

let temp: string;
let seen: { path: string; fileMode: number; folderMode: number; html: string }[];
let failPrint: boolean;

class PrintWindow {
  webContents = {
    on: () => {},
    setWindowOpenHandler: () => {},
    printToPDF: async () => {
      if (failPrint) throw new Error('printing failed');
      return Buffer.from('%PDF-1.7');
    },
  };
  async loadURL(url: string): Promise<void> {
    const path = fileURLToPath(url);
    seen.push({
      path,
      fileMode: statSync(path).mode & 0o777,
      folderMode: statSync(dirname(path)).mode & 0o777,
      html: await readFile(path, 'utf8'),
    });
  }
  isDestroyed(): boolean {
    return false;
  }
  destroy(): void {}
}

beforeEach(async () => {
  temp = await mkdtemp(join(tmpdir(), 'da-pdf-electron-'));
  seen = [];
  failPrint = false;
  vi.resetModules();
  vi.doMock('electron', () => ({ app: { getPath: () => temp }, BrowserWindow: PrintWindow }));
});
afterEach(async () => {
  vi.doUnmock('electron');
  await rm(temp, { recursive: true, force: true });
});

async function render(): Promise<Uint8Array> {
  const { electronPdfRenderer } = await import('../../../src-main/shell/pdf-electron');
  const renderer = electronPdfRenderer();
  try {
    return await renderer.render('<p>a private note</p>', {
      paperSize: 'A4',
      footerTemplate: '<span></span>',
      outline: false,
    });
  } finally {
    await renderer.close();
  }
}

describe('the Electron PDF renderer', () => {
  it('gives Chromium the print HTML in a folder only this user can read, and removes it after', async () => {
    expect(new TextDecoder().decode(await render())).toBe('%PDF-1.7');
    expect(seen).toEqual([
      { path: expect.stringContaining(temp), fileMode: 0o600, folderMode: 0o700, html: '<p>a private note</p>' },
    ]);
    expect(existsSync(seen[0]!.path)).toBe(false);
    expect(await readdir(temp)).toEqual([]);
  });

  it('removes the print HTML when printing fails', async () => {
    failPrint = true;
    await expect(render()).rejects.toThrow('printing failed');
    expect(await readdir(temp)).toEqual([]);
  });
});
