// Electron entry: opens the service on the userData folder, then wires window,
// menu, dialogs and IPC to it. All behaviour lives in src-main/core.
import { app, BrowserWindow, dialog, session } from 'electron';
import { ArchiveService } from '../core/service';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { createMainWindow, isOwnPage } from './window';

let mainWindow: BrowserWindow | null = null;

async function chooseFolder(): Promise<string | null> {
  const options = { title: 'Import a folder of dispatches', properties: ['openDirectory' as const] };
  const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

async function start(): Promise<void> {
  // `--data DIR` (or DISPATCH_ARCHIVE_DATA) points the app at another archive, as the CLI's --data does.
  const dataFlag = process.argv.indexOf('--data');
  const dataDir = (dataFlag > 0 && process.argv[dataFlag + 1]) || process.env.DISPATCH_ARCHIVE_DATA || app.getPath('userData');
  const service = await ArchiveService.open({ dataDir, chooseFolder });

  // The page needs no permission (camera, notifications, …): deny them all.
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  // Loads no remote content: any request that is not our own page or its assets is cancelled,
  // whatever an imported article might try to reference.
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !(isOwnPage(details.url) || details.url.startsWith('data:') || details.url.startsWith('devtools:')) });
  });
  registerIpc(service, () => mainWindow, (event) => isOwnPage(event.senderFrame?.url ?? ''));
  installMenu(() => {
    service.chooseAndImport().catch((err: unknown) => {
      dialog.showErrorBox('Import failed', err instanceof Error ? err.message : String(err));
    });
  });
  mainWindow = createMainWindow();
  mainWindow.on('closed', () => (mainWindow = null));
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow();
  });
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.whenReady().then(start, (err: unknown) => {
  console.error(err);
  app.exit(1);
});
