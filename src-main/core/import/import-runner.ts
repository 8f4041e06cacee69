// The archive's import: one folder (or some files of it) through importFolder, then the
// user's work reconciled with what changed, the search rows refreshed and the doors told.
// Every way in (button, menu, drop, launch, watcher, CLI) comes through here.
import type { ImportSummary } from '../../contract/archive';
import type { EmitEvent } from '../../contract/ipc';
import { reconcileUserData } from '../annotations/reconcile';
import type { ArchiveStores } from '../archive-stores';
import type { TaskLock } from '../task-lock';
import { importFolder, type ParseOptions } from './import-folder';

/** Which files of a folder an import reads (all of them, a scan; or just `only`), and who asked. */
export interface ImportScope {
  only?: readonly string[];
  /** Started by the watcher: an import or removal the user asks for meanwhile waits for it rather than failing as busy. */
  background?: boolean;
}

export interface ImportRunnerDeps {
  stores: ArchiveStores;
  tasks: TaskLock;
  emit: EmitEvent;
  /** Where imports parse files (the Electron build's bundled worker; the bench's worker count). */
  parse?: ParseOptions;
}

export class ImportRunner {
  #importing: AbortController | null = null;

  constructor(private readonly deps: ImportRunnerDeps) {}

  /** Imports a folder, or with `scope.only` just those files of it; BusyError while another task rewrites the catalogue. */
  importFolder(path: string, scope: ImportScope = {}): Promise<ImportSummary> {
    return this.deps.tasks.exclusive(() => this.#import(path, scope), scope.background);
  }

  /** Stops the import under way; false when none runs. */
  cancel(): boolean {
    if (!this.#importing) return false;
    this.#importing.abort();
    return true;
  }

  async #import(path: string, scope: ImportScope): Promise<ImportSummary> {
    const { catalogue, bodies, userData, search } = this.deps.stores;
    const controller = new AbortController();
    this.#importing = controller;
    try {
      // The index must be loaded before the import feeds it.
      await search.ready;
      const revision = catalogue.revision;
      const folders = catalogue.data.folders.join('\n');
      const existedBefore = new Set(Object.keys(catalogue.data.articles));
      const sourceTags = new Map<string, string[]>();
      // A failed import may still have stored some batches: the search rows must show them,
      // or a re-run that finds those files unchanged leaves them out of the list for the session.
      const imported = await importFolder(path, {
        catalogue,
        bodies,
        signal: controller.signal,
        only: scope.only,
        maxFileBytes: userData.settings.maxFileMb * 1024 * 1024,
        parse: this.deps.parse,
        // The watcher's scans show in its own status indicator, not as an import in progress.
        onProgress: scope.background ? undefined : (progress) => this.deps.emit('import:progress', progress),
        onArticle: (record) => {
          search.indexRecord(record);
          if (record.tags?.length) sourceTags.set(record.id, record.tags);
        },
      }).catch(async (err: unknown) => {
        if (catalogue.revision !== revision) await search.refresh().catch(() => undefined);
        throw err;
      });
      // The user's work follows its articles: re-anchored, moved, tagged from front matter.
      const work = await reconcileUserData({ userData, catalogue, bodies, existedBefore, sourceTags });
      const summary: ImportSummary = {
        ...imported,
        userWork: {
          moved: work.moved.length,
          reanchored: work.reanchored,
          orphaned: work.orphaned,
          taggedFromSource: work.taggedFromSource,
        },
      };
      const changed = catalogue.revision !== revision || catalogue.data.folders.join('\n') !== folders;
      // A watcher's scan that found nothing new (most of them: a catch-up, a touched file) stays silent.
      if (scope.background && !changed) return summary;
      // Rebuilding the search rows costs seconds at 100,000 articles; a re-run that changed nothing needs none.
      if (changed) await search.refresh();
      this.deps.emit('import:finished', summary);
      return summary;
    } finally {
      this.#importing = null;
    }
  }
}
