// The words of the main process's error dialogs: what happened, and what the user can
// do about it. Kept apart from Electron so they can be read and tested as plain text.
// English only: these dialogs appear when the renderer, which owns translation, may
// not be running at all.
import type { ImportSummary } from '../contract/archive';
import { DataLockedError } from '../core/store/data-lock';
import { StoreVersionError } from '../core/store/migrations';

export interface ErrorDialog {
  title: string;
  message: string;
}

export interface ChoiceDialog extends ErrorDialog {
  /** Button labels; the shell acts on the index chosen. */
  buttons: string[];
}

const SAFE = 'Your archive is safe: every change is saved as you make it.';

function logAdvice(logDir: string): string {
  return `Details are in the log folder: ${logDir}\n(Help › Open Log Folder). If this keeps happening, send main.log from that folder with a note of what you were doing.`;
}

/** An error nothing caught in the main process. The app may be in an odd state, so it asks for a restart. */
export function uncaughtErrorDialog(error: unknown, logDir: string): ErrorDialog {
  return {
    title: 'Dispatch Archive ran into a problem',
    message: [
      `Something went wrong: ${firstLine(error)}`,
      SAFE,
      logAdvice(logDir),
      'Restart Dispatch Archive to be sure everything works again.',
    ].join('\n\n'),
  };
}

/** The archive could not be opened at start, so there is no window to show. */
export function startupFailureDialog(error: unknown, dataDir: string, logDir: string): ErrorDialog {
  return {
    title: 'Dispatch Archive could not open your archive',
    message: [startupCause(error, dataDir), logAdvice(logDir)].join('\n\n'),
  };
}

function startupCause(error: unknown, dataDir: string): string {
  if (error instanceof StoreVersionError) {
    return `The archive in ${dataDir} was saved by a newer version of Dispatch Archive, and this version cannot read it without risking your work. Nothing was changed.\n\nInstall the newer version of Dispatch Archive to open it.`;
  }
  if (error instanceof DataLockedError) {
    return `The archive in ${dataDir} is open in another window or command (a command-line import or export, say). Nothing was changed.\n\nWait for it to finish, then start Dispatch Archive again.`;
  }
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return `Dispatch Archive is not allowed to write to its data folder, ${dataDir}. Nothing was changed.\n\nCheck that the folder is yours and not read-only, then start Dispatch Archive again.`;
  }
  if (code === 'ENOSPC') {
    return `The disk that holds the archive (${dataDir}) is full. Nothing was changed.\n\nFree some space, then start Dispatch Archive again.`;
  }
  return `Opening the archive in ${dataDir} failed: ${firstLine(error)}\n\n${SAFE} Start Dispatch Archive again; if it fails the same way, the log says why.`;
}

/** The page's process crashed or was killed: the window would stay blank without this. */
export function rendererGoneDialog(reason: string, logDir: string): ChoiceDialog {
  return {
    title: 'The window stopped working',
    message: [
      `The part of Dispatch Archive that draws the window stopped (${reason}).`,
      SAFE,
      'Reload the window to carry on where you were, or quit.',
      logAdvice(logDir),
    ].join('\n\n'),
    buttons: ['Reload', 'Quit'],
  };
}

/** The page has not answered for a while; it may still recover by itself. */
export function unresponsiveDialog(): ChoiceDialog {
  return {
    title: 'The window is not responding',
    message: `Dispatch Archive's window has stopped responding. It may recover if you wait (a very large import or search can take a while).\n\n${SAFE}`,
    buttons: ['Wait', 'Reload', 'Quit'],
  };
}

/** The page itself could not be loaded (a damaged install). */
export function loadFailedDialog(description: string, logDir: string): ChoiceDialog {
  return {
    title: 'Dispatch Archive could not show its window',
    message: [
      `The window's page did not load (${description}). If trying again does not help, the installation may be damaged: reinstall Dispatch Archive.`,
      SAFE,
      logAdvice(logDir),
    ].join('\n\n'),
    buttons: ['Try Again', 'Quit'],
  };
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]!.slice(0, 300);
}

/** A path handed to the app that could not be imported, and why. */
export interface FailedPath {
  path: string;
  reason: string;
}

/**
 * The handed paths import:paths could not import at all: each comes back as a summary
 * that saw no file and holds one reject saying why (the path is gone, or is not a file
 * or folder). Such a summary is not announced to the window, so the shell must say it.
 */
export function failedPaths(summaries: readonly ImportSummary[]): FailedPath[] {
  return summaries
    .filter((s) => s.filesSeen === 0 && s.imported === 0 && s.rejected.length > 0)
    .flatMap((s) => s.rejected.map(({ path, reason }) => ({ path, reason })));
}

/** Files or folders handed to the app (command line, Open With) that could not be imported. */
export function importFailedDialog(failures: readonly FailedPath[]): ErrorDialog {
  const lines = [
    ...new Set(failures.map(({ path, reason }) => (reason.includes(path) ? reason : `${path}: ${reason}`))),
  ];
  const shown = lines.slice(0, 5).join('\n') + (lines.length > 5 ? `\n… and ${lines.length - 5} more` : '');
  return { title: 'Could not import', message: `Dispatch Archive could not import what it was given:\n\n${shown}` };
}
