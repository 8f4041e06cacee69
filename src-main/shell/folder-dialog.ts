import { app, dialog, type BrowserWindow } from 'electron';
import { stubbedFolderAnswer, TEST_DIALOG_ENV } from '../desktop/test-dialog';

/**
 * The folder picker the service asks through. A development build started with
 * DISPATCH_ARCHIVE_TEST_DIALOG answers without showing it (see desktop/test-dialog.ts),
 * so the Electron tests can drive Import Folder… from the menu.
 */
export function folderChooser(
  getWindow: () => BrowserWindow | null,
  warn: (message: string) => void,
): () => Promise<string | null> {
  const stub = stubbedFolderAnswer(process.env, app.isPackaged);
  if (stub) {
    warn(`${TEST_DIALOG_ENV} is set: the folder dialog answers ${stub.folder ?? 'cancel'} without showing`);
    return async () => stub.folder;
  }
  return async () => {
    const options = { title: 'Import a folder of dispatches', properties: ['openDirectory' as const] };
    const win = getWindow();
    const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
}
