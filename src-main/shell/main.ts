// Electron entry: claims the single-instance lock, opens the service on the archive
// folder, then wires window, menu, dialogs and IPC to it. All behaviour lives in
// src-main/core; this file only says what happens when.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { app, BrowserWindow, session, shell } from 'electron';
import { parseLaunchArgs, type SecondLaunch } from '../desktop/launch-args';
import { LaunchQueue } from '../desktop/launch-queue';
import { captureConsole } from '../desktop/log/console-capture';
import { RotatingLog } from '../desktop/log/rotating-log';
import type { ParseOptions } from '../core/import/import-folder';
import { ArchiveService, type EarlyArchive } from '../core/service';
import type { WindowStateSaver } from '../desktop/window-state-saver';
import { failStartup, reportUncaughtErrors, watchRenderer } from './error-dialogs';
import { backupChooser, exportTargetChooser } from './export-dialogs';
import { folderChooser } from './folder-dialog';
import { electronPdfRenderer } from './pdf-electron';
import { registerIpc } from './ipc';
import { importHandedPaths } from './launch-imports';
import { installMenu } from './menu';
import { menuActions } from './menu-actions';
import { claimSingleInstance, onOpenFile } from './single-instance';
import { createMainWindow, bringToFront, isOwnPage, RENDERER_DIR } from './window';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { keepWindowState, savedPlacement } from './window-state-electron';

const launchOptions = { appPathInArgv: process.defaultApp === true };
const launch = parseLaunchArgs(process.argv, process.cwd(), launchOptions);
const dataDir = useDataDir(launch.dataDir ?? envDataDir());
const logDir = join(dataDir, 'logs');
const log = new RotatingLog({ dir: logDir });
captureConsole(log);
reportUncaughtErrors(log, logDir);

/** Paths from command lines and Finder, imported once the window is up. */
const handed = new LaunchQueue({ onError: (err, paths) => log.error(`importing ${paths.join(', ')} failed`, err) });
let starting: EarlyArchive | null = null;
let mainWindow: BrowserWindow | null = null;
let windowState: WindowStateSaver | null = null;

/**
 * The archive folder is Electron's userData too, so `--data DIR` also moves the
 * single-instance lock (two archives can be open at once, one app per archive) and
 * Chromium's own files. Those (caches, storage) go into a subfolder so the archive's
 * files stay readable when the user opens the data folder.
 */
function useDataDir(dir: string | undefined): string {
  if (dir) app.setPath('userData', dir);
  const userData = app.getPath('userData');
  app.setPath('sessionData', join(userData, 'Chromium'));
  return userData;
}

/**
 * The import's parse worker is built as its own entry beside this bundle (see
 * electron.vite.config.ts). Run from source, as the shell's tests do, there is no
 * bundle, and the core starts its TypeScript worker instead.
 */
function parseOptions(): ParseOptions {
  const built = join(import.meta.dirname, 'parse-worker.js');
  return existsSync(built) ? { workerScript: built } : {};
}

function envDataDir(): string | undefined {
  const dir = process.env.DISPATCH_ARCHIVE_DATA;
  return dir ? resolve(dir) : undefined;
}

async function start(): Promise<void> {
  // The window opens once the user data is open, on the list's first page as the last
  // close left it, while the catalogue loads (core/early-archive.ts, issue 20).
  let early: EarlyArchive;
  try {
    early = await ArchiveService.openEarly({
      dataDir,
      logDir,
      version: app.getVersion(),
      parse: parseOptions(),
      chooseFolder: folderChooser(
        () => mainWindow,
        (message) => log.warn(message),
      ),
      openPath: async (path) => (await shell.openPath(path)) === '',
      chooseExportTarget: exportTargetChooser(() => mainWindow),
      chooseBackupFile: backupChooser(() => mainWindow),
      openPdfRenderer: async () => electronPdfRenderer(),
      showItem: async (path) => {
        shell.showItemInFolder(path);
        return true;
      },
    });
  } catch (err) {
    return failStartup(log, err, dataDir, logDir);
  }
  starting = early;
  lockDownSession();
  registerIpc(
    early,
    () => mainWindow,
    (event) => isOwnPage(event.senderFrame?.url ?? ''),
    (message) => log.warn(message),
  );
  installMenu(menuActions(early, () => mainWindow, log));
  app.setAboutPanelOptions({ applicationName: 'Dispatch Archive', applicationVersion: app.getVersion() });
  openWindow(early);
  app.on('activate', () => showWindow());
  closeOnQuit(early);
  let opened: ArchiveService;
  try {
    opened = await early.service;
  } catch (err) {
    return failStartup(log, err, dataDir, logDir);
  }
  log.info(`Dispatch Archive ${app.getVersion()} opened ${dataDir}`);
  for (const warning of opened.storeWarnings) log.warn(warning);
  opened.startWatching().catch((err: unknown) => log.error('could not start watching the source folders', err));
}

function lockDownSession(): void {
  // The page needs no permission (camera, notifications, …): deny them all, asked or checked.
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  serveRenderer(RENDERER_DIR);
  // Loads no remote content: any request that is not our own page or its assets is cancelled,
  // whatever an imported article might try to reference.
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    callback({
      cancel: !(isOwnPage(details.url) || details.url.startsWith('data:') || details.url.startsWith('devtools:')),
    });
  });
}

function openWindow(early: EarlyArchive): void {
  const win = createMainWindow(savedPlacement(early.userData));
  mainWindow = win;
  windowState = keepWindowState(win, early.userData, (err) => log.warn('could not save the window position', err));
  watchRenderer(win, log, logDir);
  // Handed paths wait for the page, so it hears the import's progress and result, and for the catalogue.
  win.once('ready-to-show', () =>
    handed.start(async (paths) => importHandedPaths(await early.service, paths, () => mainWindow, log)),
  );
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
}

/** A second launch, a dock click, a file opened from Finder: the window comes to the front, or back. */
function showWindow(): void {
  if (mainWindow) bringToFront(mainWindow);
  else if (starting) openWindow(starting);
}

function onSecondLaunch(second: SecondLaunch): void {
  const args = parseLaunchArgs(second.argv, second.cwd, launchOptions);
  log.info(`a second launch handed over ${args.paths.length} path(s)`);
  showWindow();
  handed.add(args.paths);
}

/**
 * Quitting waits for the window's bounds to reach the disk and for the service to stop
 * its watchers and any import, but a few seconds at most: a hung close must not keep
 * the app from quitting (every change is on disk already).
 */
function closeOnQuit(opened: EarlyArchive): void {
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    const done = Promise.allSettled([windowState?.whenWritten(), opened.close()]);
    void Promise.race([done, new Promise((r) => setTimeout(r, 5000))]).finally(() => {
      closed = true;
      log.info(`closed ${dataDir}`);
      app.quit();
    });
  });
}

if (claimSingleInstance(onSecondLaunch)) {
  registerAppScheme();
  handed.add(launch.paths);
  if (launch.flags.length) log.debug(`switches left to Electron: ${launch.flags.join(' ')}`);
  onOpenFile((path) => {
    if (app.isReady()) showWindow();
    handed.add([path]);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.whenReady().then(start, (err: unknown) => failStartup(log, err, dataDir, logDir));
} else {
  // The running app has this launch's command line now.
  app.quit();
}
