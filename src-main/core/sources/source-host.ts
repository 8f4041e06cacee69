// What the sources code needs: the stores, the archive's import and the task lock. The
// service hands these in as a plain object, so sources depend on neither the service nor
// its other areas.
import { dirname } from 'node:path';
import type { ImportSummary } from '../../contract/archive';
import type { EventListener } from '../../contract/ipc';
import type { ArchiveStores } from '../archive-stores';
import { folderOf, sortRoots } from '../folder-paths';
import type { EventHub } from '../event-hub';
import type { ImportRunner, ImportScope } from '../import/import-runner';
import type { TaskLock } from '../task-lock';
import type { CatalogueStore } from '../store/catalogue';

export type { ImportScope } from '../import/import-runner';

export interface SourceHost extends ArchiveStores {
  /** An import or another catalogue-rewriting task is running. */
  readonly busy: boolean;
  /** The archive's import: progress events, busy rule, user-data reconciliation, search refresh. */
  importFolder(path: string, scope?: ImportScope): Promise<ImportSummary>;
  /** Runs a task that rewrites the catalogue, never alongside an import; throws BusyError if one the user started runs. */
  exclusive<T>(task: () => Promise<T>): Promise<T>;
  /** Settles once the running task (if any) has ended; it never rejects. */
  whenIdle(): Promise<void>;
  onEvent(listener: EventListener): () => void;
}

/** The host the service hands the sources area: the stores, the import and the task lock. */
export function sourceHostOf(
  stores: ArchiveStores,
  imports: ImportRunner,
  tasks: TaskLock,
  events: EventHub,
): SourceHost {
  return {
    ...stores,
    get busy() {
      return tasks.busy;
    },
    importFolder: (path, scope) => imports.importFolder(path, scope),
    exclusive: (task) => tasks.exclusive(task),
    whenIdle: () => tasks.whenIdle(),
    onEvent: (listener) => events.on(listener),
  };
}

/**
 * Imports once nothing else is running, rather than failing as busy: for the second and
 * later paths of one request. The busy check and the import's claim happen in one
 * synchronous step, so nothing can slip in between.
 */
export async function importWhenFree(host: SourceHost, path: string, scope: ImportScope = {}): Promise<ImportSummary> {
  while (host.busy) await host.whenIdle();
  return host.importFolder(path, scope);
}

/** The source folder (deepest first) holding `path`, or null. */
export function sourceOf(catalogue: CatalogueStore, path: string): string | null {
  return folderOf(path, sortRoots(catalogue.data.folders));
}

/** Where a single file is imported from: the source holding it, else its own folder (which does not become a source). */
export function rootForFile(catalogue: CatalogueStore, file: string): string {
  return sourceOf(catalogue, file) ?? dirname(file);
}

/** An import that could not start (no such path, not a folder), reported like the others rather than thrown. */
export function failedImport(path: string, reason: string): ImportSummary {
  return {
    root: path,
    filesSeen: 0,
    imported: 0,
    unchanged: 0,
    duplicates: 0,
    missingFiles: 0,
    rejected: [{ path, code: 'unreadable', reason }],
    cancelled: false,
    durationMs: 0,
  };
}
