// The composition root: opens the stores of one data folder and builds the handler
// table from one group per area. Each area takes a narrow deps object, never the
// service, so the channel-to-file map is the object literal below.
import { mkdir } from 'node:fs/promises';
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
import { checkCatalogueVersion } from './store/catalogue-open';
import { acquireDataLock, type DataLock } from './store/data-lock';
import { UserDataStore } from './store/userdata';
import { logDirOf, type ServiceOptions } from './service-options';
import { earlyArchive, type EarlyArchive } from './early-archive';
import { LIST_HEAD_ROWS, readListHead, writeListHead } from './store/list-head';
import { TaskLock } from './task-lock';
import { userWorkHandlers } from './user-work';

export type { ServiceOptions } from './service-options';
export type { EarlyArchive } from './early-archive';

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
    // A tag written right after open goes before the thread build rather than between its slices.
    catalogue.threadBuildYieldsTo(userData);
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
      return ArchiveService.#assemble(options, lock, catalogue, userData, warnings);
    } catch (err) {
      await lock.release();
      throw err;
    }
  }

  /**
   * Opens the archive as open() does, but settles once the user data is open: the
   * returned handlers serve the app's own channels and the plain list's first page (from
   * the head the last close wrote) while the catalogue loads, and wait for it for the rest
   * (early-archive.ts). The shell opens its window on this; `service` is the whole service.
   */
  static async openEarly(options: ServiceOptions): Promise<EarlyArchive> {
    await mkdir(options.dataDir, { recursive: true });
    const lock = await acquireDataLock(options.dataDir, options.lock);
    const warnings: string[] = [];
    let userData: UserDataStore;
    try {
      await checkCatalogueVersion(options.dataDir);
      userData = await UserDataStore.open(options.dataDir, warnings, undefined, options.fileIo);
    } catch (err) {
      await lock.release();
      throw err;
    }
    const head = await readListHead(options.dataDir);
    const service = (async () => {
      try {
        const catalogue = await CatalogueStore.open(options.dataDir, warnings, options.fileIo);
        return ArchiveService.#assemble(options, lock, catalogue, userData, warnings);
      } catch (err) {
        await userData.close().catch(() => undefined);
        await lock.release();
        throw err;
      }
    })();
    return earlyArchive({ options, userData, head, storeWarnings: warnings, service });
  }

  static #assemble(
    options: ServiceOptions,
    lock: DataLock,
    catalogue: CatalogueStore,
    userData: UserDataStore,
    warnings: string[],
  ): ArchiveService {
    const bodies = new BodyStore(options.dataDir, warnings, options.fileIo);
    const service = new ArchiveService(options, catalogue, bodies, userData, warnings);
    service.#lock = lock;
    return service;
  }

  get logDir(): string {
    return logDirOf(this.options);
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

  /** The plain list's first page, for the next start to show while the catalogue loads (store/list-head.ts). */
  async #writeListHead(): Promise<void> {
    try {
      const page = await this.search.search({
        query: '',
        filters: {},
        sort: 'date-desc',
        offset: 0,
        limit: LIST_HEAD_ROWS,
      });
      await writeListHead(this.options.dataDir, page.total, page.items, this.options.fileIo);
    } catch (err) {
      // Only the next start's first page waits for it: never what stops a close.
      this.storeWarnings.push(`The list's first page could not be kept for the next start: ${String(err)}`);
    }
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
      await this.#writeListHead();
      await this.userData.close();
    } finally {
      await this.#lock?.release();
      this.#lock = null;
    }
  }
}
