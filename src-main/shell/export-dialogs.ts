// The native dialogs an export and a restore ask through. The renderer never names a
// path to write: only what the user picks here is written to.
import { join } from 'node:path';
import { app, dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { ExportDestination, ExportTarget } from '../core/export/export-run';

const FILTER_NAMES: Record<string, string> = {
  pdf: 'PDF',
  md: 'Markdown',
  json: 'Dispatch Archive export (JSON)',
  csv: 'CSV',
};

async function showOpen(win: BrowserWindow | null, options: OpenDialogOptions): Promise<string | null> {
  const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

async function showSave(win: BrowserWindow | null, options: SaveDialogOptions): Promise<string | null> {
  const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

/** A save dialog for one file, or a folder picker for one file per article. */
export function exportTargetChooser(
  getWindow: () => BrowserWindow | null,
): (target: ExportTarget) => Promise<ExportDestination | null> {
  return async (target) => {
    if (target.kind === 'folder') {
      const path = await showOpen(getWindow(), {
        title: 'Export: choose a folder for the files',
        properties: ['openDirectory', 'createDirectory'],
      });
      // Files of the same name already there are kept: the export takes the next free name.
      return path ? { path, replace: false } : null;
    }
    const path = await showSave(getWindow(), {
      title: 'Export',
      defaultPath: join(app.getPath('documents'), target.defaultName),
      filters: [{ name: FILTER_NAMES[target.extension] ?? target.extension, extensions: [target.extension] }],
      // macOS and Windows always ask before replacing; Linux's dialog does with this.
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    });
    return path ? { path, replace: true } : null;
  };
}

export function backupChooser(getWindow: () => BrowserWindow | null): () => Promise<string | null> {
  return () =>
    showOpen(getWindow(), {
      title: 'Restore from a backup',
      properties: ['openFile'],
      filters: [{ name: FILTER_NAMES.json!, extensions: ['json'] }],
    });
}
