// What a door (the Electron shell, the CLI, the e2e harness) hands the service: the
// data folder, and the dialogs and system calls only that door can make.
import { join } from 'node:path';
import type { ExportHandlerDeps } from './export/export-handlers';
import type { ParseOptions } from './import/import-folder';
import type { DataLockOptions } from './store/data-lock';
import type { FileIo } from './store/file-io';

export interface ServiceOptions {
  dataDir: string;
  /** Asks the user for a folder. The Electron shell shows the native dialog; the CLI and tests pass their own. */
  chooseFolder?: () => Promise<string | null>;
  /** Shows a folder in the system's file manager (the shell's shell.openPath); false where there is none. */
  openPath?: (path: string) => Promise<boolean>;
  /** The app's version, for app:info; the shell passes app.getVersion(). */
  version?: string;
  /** Where the shell writes its log files; default `<dataDir>/logs`. */
  logDir?: string;
  chooseExportTarget?: ExportHandlerDeps['chooseTarget'];
  openPdfRenderer?: ExportHandlerDeps['openRenderer'];
  /** Shows a file selected in the system's file manager (the shell's shell.showItemInFolder). */
  showItem?: (path: string) => Promise<boolean>;
  /** Asks the user for a backup (JSON export) file to restore. */
  chooseBackupFile?: () => Promise<string | null>;
  /** Where imports parse files: the Electron build passes its bundled worker script; the bench sets the worker count. */
  parse?: ParseOptions;
  /** How to take the data folder's lock: at once (the default; a second opener gets DataLockedError), or waiting (the CLI's --wait). */
  lock?: DataLockOptions;
  /** The stores' file writes; tests and the soak pass one that fails on request. */
  fileIo?: FileIo;
}

/** Where the logs go: the shell's folder, or `<dataDir>/logs`. */
export function logDirOf(options: Pick<ServiceOptions, 'dataDir' | 'logDir'>): string {
  return options.logDir ?? join(options.dataDir, 'logs');
}
