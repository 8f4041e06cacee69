// The composition root: opens the stores of one data folder and builds the handler
// table from one group per area. Each area takes a narrow deps object, never the
// service, so the channel-to-file map is the object literal below.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppCommand, Article, ArchiveStats, ImportSummary } from '../contract/archive';
import type { ContractHandlers, EventListener } from '../contract/ipc';
import { appHandlers } from './archive/app-handlers';
import { archiveHandlers } from './archive/archive-handlers';
import { archiveStats } from './archive/archive-stats';
import { readArticle } from './archive/article-view';
import type { ArchiveStores } from './archive-stores';
import { backupHandlers } from './backup/backup-handlers';
import { EventHub } from './event-hub';
import { exportArchiveOf } from './export/export-archive';
import { exportHandlers } from './export/export-handlers';
import { importHandlers } from './import/import-handlers';
import { ImportRunner, type ImportScope } from './import/import-runner';
import { ArchiveSearch } from './search/archive-search';
import { UserSearch } from './search/user-search';
import { sourceHandlers } from './sources/source-handlers';
import { sourceHostOf } from './sources/source-host';
import { SourceWatcher } from './sources/source-watcher';
import { BodyStore } from './store/bodies';
import { CatalogueStore } from './store/catalogue';
import { acquireDataLock, type DataLock } from './store/data-lock';
import { UserDataStore } from './store/userdata';
import type { ServiceOptions } from './service-options';
import { TaskLock } from './task-lock';
import { userWorkHandlers } from './user-work';

export type { ServiceOptions } from './service-options';

/** The one object behind every door: the stores of a data folder and the contract implemented over them. */
export class ArchiveService implements ArchiveStores {
  readonly handlers: ContractHandlers;
  readonly search: ArchiveSearch;
  readonly #events = new EventHub();
  readonly #tasks = new TaskLock();
  readonly #imports: ImportRunner;
  readonly #watcher: SourceWatcher;
  #lock: DataLock | null = null;

  private constructor(
    readonly options: ServiceOptions,
    readonly catalogue: CatalogueStore,
    readonly bodies: BodyStore,
    readonly userData: UserDataStore,
    readonly storeWarnings: string[],
  ) {
    const user = new UserSearch(userData);
    this.search = new ArchiveSearch(catalogue, bodies, user, options.dataDir, storeWarnings, () =>
      this.#events.emit('archive:changed', { what: 'threads' }),
    );
    const stores: ArchiveStores = { catalogue, bodies, userData, search: this.search };
    const emit = this.#events.emit;
    this.#imports = new ImportRunner({ stores, tasks: this.#tasks, emit, parse: options.parse });
    const host = sourceHostOf(stores, this.#imports, this.#tasks, this.#events);
    this.#watcher = new SourceWatcher(host, (status) => emit('watch:status', status));
    const { dataDir, version, openPath } = options;
    this.handlers = {
      ...archiveHandlers({ stores, user, dataDir, storeWarnings }),
      ...appHandlers({ userData, dataDir, logDir: this.logDir, version, openPath }),
      ...importHandlers({ runner: this.#imports, chooseFolder: options.chooseFolder }),
      ...userWorkHandlers(stores),
      ...sourceHandlers(host, this.#watcher),
      ...exportHandlers({
        archive: exportArchiveOf(stores),
        chooseTarget: options.chooseExportTarget,
        openRenderer: options.openPdfRenderer,
        showItem: options.showItem,
        onProgress: (progress) => emit('export:progress', progress),
      }),
      ...backupHandlers({ stores, tasks: this.#tasks, chooseBackupFile: options.chooseBackupFile }),
    };
  }

  /** Opens the archive in `options.dataDir`, holding its lock until close(): DataLockedError if another process has it open. */
  static async open(options: ServiceOptions): Promise<ArchiveService> {
    await mkdir(options.dataDir, { recursive: true });
    const lock = await acquireDataLock(options.dataDir, options.lock);
    try {
      const warnings: string[] = [];
      const catalogue = await CatalogueStore.open(options.dataDir, warnings, options.fileIo);
      const userData = await UserDataStore.open(options.dataDir, warnings, undefined, options.fileIo);
      const bodies = new BodyStore(options.dataDir, warnings, options.fileIo);
      const service = new ArchiveService(options, catalogue, bodies, userData, warnings);
      service.#lock = lock;
      return service;
    } catch (err) {
      await lock.release();
      throw err;
    }
  }

  get logDir(): string {
    return this.options.logDir ?? join(this.options.dataDir, 'logs');
  }

  /** A menu item for the renderer (the shell's menu calls this; every window hears it). */
  command(command: AppCommand): void {
    this.#events.emit('app:command', { command });
  }

  onEvent(listener: EventListener): () => void {
    return this.#events.on(listener);
  }

  /** Imports a folder, or with `scope.only` just those files of it (the doors' launch and drop paths, and tests). */
  importFolder(path: string, scope: ImportScope = {}): Promise<ImportSummary> {
    return this.#imports.importFolder(path, scope);
  }

  /** An article for the reader; with a query, where the query hits it. */
  article(id: string, query?: string): Promise<Article | null> {
    return readArticle(this, id, query);
  }

  stats(): Promise<ArchiveStats> {
    return archiveStats(this.catalogue, this.options.dataDir, this.storeWarnings);
  }

  /** Runs a task that rewrites the catalogue, never alongside another (see TaskLock). */
  exclusive<T>(task: () => Promise<T>, background = false): Promise<T> {
    return this.#tasks.exclusive(task, background);
  }

  /** Settles once the running import or removal (if any) has ended. */
  whenIdle(): Promise<void> {
    return this.#tasks.whenIdle();
  }

  /** Watches the source folders marked to be watched. The shell and the e2e harness call this; the CLI and tests don't. */
  startWatching(): Promise<void> {
    return this.#watcher.start();
  }

  /** Stops watching and cancels an import under way; resolves once nothing runs and the user data is closed. */
  async close(): Promise<void> {
    const stopping = this.#watcher.stop();
    this.#imports.cancel();
    await stopping;
    await this.whenIdle();
    try {
      await this.userData.close();
    } finally {
      await this.#lock?.release();
      this.#lock = null;
    }
  }
}
