import { join } from 'node:path';
import { app, BrowserWindow, shell } from 'electron';
import { APP_ENTRY, devServerUrl, isOwnUrl } from '../desktop/app-origin';
import { MIN_WINDOW_SIZE, type WindowPlacement } from '../desktop/window-state';

/** The built page, served as app://bundle/ (app-protocol.ts). */
export const RENDERER_DIR = join(import.meta.dirname, '../renderer');

/** The main window: sandboxed, isolated, no Node in the page, and no navigation away from our own files. */
export function createMainWindow(placement: WindowPlacement): BrowserWindow {
  const win = new BrowserWindow({
    ...(placement.x !== undefined && placement.y !== undefined ? { x: placement.x, y: placement.y } : {}),
    width: placement.width,
    height: placement.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Dispatch Archive',
    show: false,
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  // Maximised only once the page has painted: maximize() also shows a hidden window,
  // which before the paint would be a blank flash.
  win.once('ready-to-show', () => {
    if (placement.maximized) win.maximize();
    win.show();
  });
  // Links in articles open in the user's browser, never inside the app.
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (/^https?:\/\//.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  win.webContents.on('will-navigate', (event, url) => {
    if (!isOwnPage(url)) event.preventDefault();
  });
  void win.loadURL(devServerUrl(process.env, app.isPackaged) ?? APP_ENTRY);
  return win;
}

/** Brings the window to the front, restoring it if minimised (a second launch, a dock click). */
export function bringToFront(win: BrowserWindow): void {
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}

export function isOwnPage(url: string): boolean {
  return isOwnUrl(url, devServerUrl(process.env, app.isPackaged));
}
