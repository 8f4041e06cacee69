import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppCommand, Article, ArchiveStats, ImportSummary } from '../contract/archive';
import type { ContractHandlers, EventListener, EventName, Events } from '../contract/ipc';
import { BusyError } from './errors';
import { reconcileUserData } from './annotations/reconcile';
import { importFolder, type ParseOptions } from './import/import-folder';
import { folderOf, sortRoots } from './search/article-rows';
import { ArchiveSearch } from './search/archive-search';
import { UserSearch } from './search/user-search';
import { BodyStore } from './store/bodies';
import { CatalogueStore } from './store/catalogue';
import { UserDataStore } from './store/userdata';
import { findSubheadings } from './subheadings';
import { sourceHandlers } from './sources/source-handlers';
import type { ImportScope } from './sources/source-host';
import { SourceWatcher } from './sources/source-watcher';
import { articleUserData, userWorkHandlers } from './user-work';
import { exportHandlers } from './export/export-handlers';
import type { ExportDestination, ExportTarget } from './export/export-run';
import type { PdfRenderer } from './export/pdf';


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
  /** Asks where to save an export (the shell's native save dialog, or a folder for one file per article). */
  chooseExportTarget?: (target: ExportTarget) => Promise<ExportDestination | null>;
  /** Opens the PDF engine: Electron's printToPDF in the app, Chromium through playwright-core elsewhere. */
  openPdfRenderer?: () => Promise<PdfRenderer>;
  /** Shows a file selected in the system's file manager (the shell's shell.showItemInFolder). */
  showItem?: (path: string) => Promise<boolean>;
  /** Asks the user for a backup (JSON export) file to restore. */
  chooseBackupFile?: () => Promise<string | null>;
  /** Where imports parse files: the Electron build passes its bundled worker script; the bench sets the worker count. */
  parse?: ParseOptions;
}


/**
 * The one object behind every door (Electron IPC, CLI, e2e harness): opens the
 * stores in a data directory and implements the IPC contract over the core.
 */
export class ArchiveService {
  readonly handlers: ContractHandlers;
  /** Full-text search and facets; `search.ready` settles once the index is loaded or rebuilt. */
  readonly search: ArchiveSearch;
  #listeners = new Set<EventListener>();
  #importing: AbortController | null = null;
  /** The import or removal running now: at most one rewrites the catalogue at a time. `done` never rejects. */
  #running: { done: Promise<void>; background: boolean } | null = null;
  readonly #watcher: SourceWatcher;

  private constructor(
    readonly options: ServiceOptions,
    readonly catalogue: CatalogueStore,
    readonly bodies: BodyStore,
    readonly userData: UserDataStore,
    readonly storeWarnings: string[],
  ) {
    const user = new UserSearch(userData);
    this.search = new ArchiveSearch(catalogue, bodies, user, options.dataDir, storeWarnings);
    this.#watcher = new SourceWatcher(this, (status) => this.#emit('watch:status', status));
    this.handlers = {
      'archive:list': async ({ offset, limit, sort }) => {
        const page = this.catalogue.list(offset, limit, sort);
        return { ...page, items: page.items.map((item) => ({ ...item, ...user.summary(item.id) })) };
      },
      'archive:get': async ({ id, query }) => this.article(id, query),
      'archive:stats': async () => this.stats(),
      'archive:search': async (args) => this.search.search(args),
      'archive:ids': async (args) => ({ ids: await this.search.ids(args) }),
      'settings:get': async () => ({ ...this.userData.settings }),
      'settings:set': async (patch) => this.userData.updateSettings(patch),
      'import:folder': async ({ path }) => this.importFolder(path),
      'import:choose-folder': async () => this.chooseAndImport(),
      'import:cancel': async () => ({ cancelled: this.cancelImport() }),
      ...userWorkHandlers(this),
      ...sourceHandlers(this, this.#watcher),
      ...exportHandlers(this, (progress) => this.#emit('export:progress', progress)),
      'ui-state:get': async () => ({ ...this.userData.ui }),
      'ui-state:set': async (patch) => this.userData.updateUi(patch),
      'app:info': async () => ({ version: options.version ?? '0.0.0-dev', dataDir: options.dataDir, logDir: this.logDir }),
      'app:open-folder': async ({ which }) => ({ opened: (await options.openPath?.(which === 'data' ? options.dataDir : this.logDir)) ?? false }),
    };
  }

  static async open(options: ServiceOptions): Promise<ArchiveService> {
    await mkdir(options.dataDir, { recursive: true });
    const warnings: string[] = [];
    const catalogue = await CatalogueStore.open(options.dataDir, warnings);
    const userData = await UserDataStore.open(options.dataDir, warnings);
    return new ArchiveService(options, catalogue, new BodyStore(options.dataDir, warnings), userData, warnings);
  }

  get logDir(): string {
    return this.options.logDir ?? join(this.options.dataDir, 'logs');
  }

  /** A menu item for the renderer (the shell's menu calls this; every window hears it). */
  command(command: AppCommand): void {
    this.#emit('app:command', { command });
  }

  onEvent(listener: EventListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** An article for the reader; with a query, where the query hits it. */
  async article(id: string, query?: string): Promise<Article | null> {
    const meta = this.catalogue.article(id);
    if (!meta) return null;
    const body = (await this.bodies.get(id)) ?? { paragraphs: [], related: [] };
    const source = meta.sources[0]!;
    return {
      id: meta.id,
      title: meta.title,
      date: meta.date,
      place: meta.place,
      agency: meta.agency,
      language: meta.language,
      signature: meta.signature,
      paragraphs: body.paragraphs,
      related: body.related,
      source,
      warnings: meta.warnings,
      sources: meta.sources,
      missing: meta.missing,
      subheadings: findSubheadings(body.paragraphs),
      folder: folderOf(source.path, sortRoots(this.catalogue.data.folders)),
      highlights: this.search.highlights(meta.title, body, query),
      userData: await articleUserData(this, id),
    };
  }

  /**
   * Watches the source folders marked to be watched, re-importing one when its files
   * change. The Electron shell and the e2e harness call this; the CLI and tests don't.
   */
  startWatching(): Promise<void> {
    return this.#watcher.start();
  }

  /** Stops watching and cancels an import under way; resolves once nothing runs. */
  async close(): Promise<void> {
    const stopping = this.#watcher.stop();
    this.cancelImport();
    await stopping;
    await this.whenIdle();
    await this.userData.close();
  }

  /** An import or a source removal is running. */
  get busy(): boolean {
    return this.#running !== null;
  }

  /** Settles once the running import or removal (if any) has ended. */
  whenIdle(): Promise<void> {
    return this.#running?.done ?? Promise.resolve();
  }

  /**
   * Runs a task that rewrites the catalogue, never alongside another: BusyError if one
   * runs, unless that one is the watcher's (background), which is waited out instead, so
   * a click never fails because a file changed a moment before.
   */
  async exclusive<T>(task: () => Promise<T>, background = false): Promise<T> {
    while (this.#running?.background) await this.#running.done;
    if (this.#running) throw new BusyError();
    let release = (): void => undefined;
    this.#running = { done: new Promise<void>((done) => (release = done)), background };
    try {
      return await task();
    } finally {
      this.#running = null;
      release();
    }
  }

  /** Imports a folder, or with `scope.only` just those files of it. */
  importFolder(path: string, scope: ImportScope = {}): Promise<ImportSummary> {
    return this.exclusive(() => this.#import(path, scope), scope.background);
  }

  async #import(path: string, scope: ImportScope): Promise<ImportSummary> {
    const controller = new AbortController();
    this.#importing = controller;
    try {
      // The index must be loaded before the import feeds it.
      await this.search.ready;
      const revision = this.catalogue.revision;
      const folders = this.catalogue.data.folders.join('\n');
      const existedBefore = new Set(Object.keys(this.catalogue.data.articles));
      const sourceTags = new Map<string, string[]>();
      const imported = await importFolder(path, {
        catalogue: this.catalogue,
        bodies: this.bodies,
        signal: controller.signal,
        only: scope.only,
        maxFileBytes: this.userData.settings.maxFileMb * 1024 * 1024,
        parse: this.options.parse,
        // The watcher's scans show in its own status indicator, not as an import in progress.
        onProgress: scope.background ? undefined : (progress) => this.#emit('import:progress', progress),
        onArticle: (record) => {
          this.search.indexRecord(record);
          if (record.tags?.length) sourceTags.set(record.id, record.tags);
        },
      });
      // The user's work follows its articles: re-anchored, moved, tagged from front matter.
      const work = await reconcileUserData({ userData: this.userData, catalogue: this.catalogue, bodies: this.bodies, existedBefore, sourceTags });
      const summary: ImportSummary = {
        ...imported,
        userWork: { moved: work.moved.length, reanchored: work.reanchored, orphaned: work.orphaned, taggedFromSource: work.taggedFromSource },
      };
      const changed = this.catalogue.revision !== revision || this.catalogue.data.folders.join('\n') !== folders;
      // A watcher's scan that found nothing new (most of them: a catch-up, a touched file) stays silent.
      if (scope.background && !changed) return summary;
      // Rebuilding the search rows costs seconds at 100,000 articles; a re-run that changed nothing needs none.
      if (changed) await this.search.refresh();
      this.#emit('import:finished', summary);
      return summary;
    } finally {
      this.#importing = null;
    }
  }

  async chooseAndImport(): Promise<ImportSummary | null> {
    const path = await this.options.chooseFolder?.();
    return path ? this.importFolder(path) : null;
  }

  cancelImport(): boolean {
    if (!this.#importing) return false;
    this.#importing.abort();
    return true;
  }

  async stats(): Promise<ArchiveStats> {
    // Counting files reads the file entries, which startup leaves unread.
    await this.catalogue.loadFiles();
    const { articles, folders } = this.catalogue.data;
    const files = this.catalogue.fileEntries();
    const stats: ArchiveStats = {
      dataDir: this.options.dataDir,
      articles: 0,
      missingArticles: 0,
      files: Object.keys(files).length,
      folders: [...folders],
      byFormat: {},
      byLanguage: {},
      byAgency: {},
      multiSource: 0,
      storeWarnings: [...this.storeWarnings],
    };
    for (const a of Object.values(articles)) {
      stats.articles++;
      if (a.missing) stats.missingArticles++;
      if (a.sources.length > 1) stats.multiSource++;
      count(stats.byFormat, a.sources[0]?.format ?? 'unknown');
      count(stats.byLanguage, a.language);
      count(stats.byAgency, a.agency ?? '(none)');
    }
    return stats;
  }

  #emit<E extends EventName>(event: E, payload: Events[E]): void {
    for (const listener of this.#listeners) listener(event, payload);
  }
}

function count(map: Record<string, number>, key: string): void {
  map[key] = (map[key] ?? 0) + 1;
}
