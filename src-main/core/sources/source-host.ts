// What the sources code needs of the service, named here so it depends on an interface
// rather than on the service module (which imports it back).
import { dirname } from 'node:path';
import type { ImportSummary } from '../../contract/archive';
import type { EventListener } from '../../contract/ipc';
import type { ArchiveSearch } from '../search/archive-search';
import { folderOf, sortRoots } from '../search/article-rows';
import type { BodyStore } from '../store/bodies';
import type { CatalogueStore } from '../store/catalogue';
import type { UserDataStore } from '../store/userdata';

/** Which files of a folder an import reads (all of them, a scan; or just `only`), and who asked. */
export interface ImportScope {
  only?: readonly string[];
  /** Started by the watcher: an import or removal the user asks for meanwhile waits for it rather than failing as busy. */
  background?: boolean;
}

export interface SourceHost {
  readonly catalogue: CatalogueStore;
  readonly bodies: BodyStore;
  readonly userData: UserDataStore;
  readonly search: ArchiveSearch;
  /** An import or another catalogue-rewriting task is running. */
  readonly busy: boolean;
  /** The service's import: progress events, busy rule, user-data reconciliation, search refresh. */
  importFolder(path: string, scope?: ImportScope): Promise<ImportSummary>;
  /** Runs a task that rewrites the catalogue, never alongside an import; throws BusyError if one the user started runs. */
  exclusive<T>(task: () => Promise<T>): Promise<T>;
  /** Settles once the running task (if any) has ended; it never rejects. */
  whenIdle(): Promise<void>;
  onEvent(listener: EventListener): () => void;
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
