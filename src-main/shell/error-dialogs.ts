// Every way the app can fail reaches the user as a dialog that says what to do, and
// the log as a line with the stack: never a blank window or a silent exit.
import { app, dialog, type BrowserWindow } from 'electron';
import {
  loadFailedDialog,
  rendererGoneDialog,
  startupFailureDialog,
  uncaughtErrorDialog,
  unresponsiveDialog,
  type ChoiceDialog,
} from '../desktop/error-dialog-text';
import type { RotatingLog } from '../desktop/log/rotating-log';

/**
 * Logs uncaught errors and rejections in main and tells the user. Only the first gets
 * a dialog: one fault often throws again and again, and a stack of identical modal
 * boxes helps nobody; the log keeps every one.
 */
export function reportUncaughtErrors(log: RotatingLog, logDir: string): void {
  let shown = false;
  const report = (kind: string) => (error: unknown) => {
    log.error(`${kind} in the main process`, error);
    if (shown) return;
    shown = true;
    const { title, message } = uncaughtErrorDialog(error, logDir);
    dialog.showErrorBox(title, message);
  };
  process.on('uncaughtException', report('uncaught exception'));
  process.on('unhandledRejection', report('unhandled rejection'));
}

/** The archive could not be opened: explain, then quit, rather than open an empty window. */
export function failStartup(log: RotatingLog, error: unknown, dataDir: string, logDir: string): void {
  log.error(`could not open the archive in ${dataDir}`, error);
  const { title, message } = startupFailureDialog(error, dataDir, logDir);
  dialog.showErrorBox(title, message);
  app.exit(1);
}

/** Watches the page: a crash, a hang or a failed load offers Reload or Quit instead of leaving the window blank. */
export function watchRenderer(win: BrowserWindow, log: RotatingLog, logDir: string): void {
  let asking = false;
  const ask = async (choice: ChoiceDialog, actions: (() => void)[]): Promise<void> => {
    if (asking || win.isDestroyed()) return;
    asking = true;
    try {
      const { response } = await dialog.showMessageBox(win, {
        type: 'error',
        title: choice.title,
        message: choice.title,
        detail: choice.message,
        buttons: choice.buttons,
        defaultId: 0,
        noLink: true,
      });
      actions[response]?.();
    } finally {
      asking = false;
    }
  };
  const reload = (): void => win.webContents.reload();
  const quit = (): void => app.quit();
  win.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    log.error(`the window's renderer is gone: ${details.reason} (exit code ${details.exitCode})`);
    void ask(rendererGoneDialog(details.reason, logDir), [reload, quit]);
  });
  win.on('unresponsive', () => {
    log.warn('the window stopped responding');
    void ask(unresponsiveDialog(), [() => {}, reload, quit]);
  });
  win.webContents.on('did-fail-load', (_event, code, description, url, isMainFrame) => {
    // -3 (ERR_ABORTED) is a load replaced by another one, not a failure.
    if (!isMainFrame || code === -3) return;
    log.error(`the window's page did not load: ${url}: ${description} (${code})`);
    void ask(loadFailedDialog(description, logDir), [reload, quit]);
  });
  win.webContents.on('preload-error', (_event, path, error) => log.error(`the preload script ${path} failed`, error));
}

/** A failed action's message, on the window when there is one. */
export async function showError(getWindow: () => BrowserWindow | null, title: string, message: string): Promise<void> {
  const win = getWindow();
  const options = { type: 'error' as const, title, message: title, detail: message, noLink: true };
  if (win && !win.isDestroyed()) await dialog.showMessageBox(win, options);
  else await dialog.showMessageBox(options);
}
