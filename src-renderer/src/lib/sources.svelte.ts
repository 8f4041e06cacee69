// The imported folders as the sources dialog shows them (`sources:list`), what the
// user does to them (watch, re-scan, remove), and the folder watcher's status for the
// toolbar. A re-scan is an import: main's import events show its progress and make the
// window catch up. A removal sends no event: `onRemoved` lets the rest of the window
// catch up (the list, counts, facets and tags).
import type { ImportSummary, SourceInfo, WatchStatus } from '../../../src-main/contract/archive';
import { call, errorMessage, subscribe } from './api';

/** What the last re-scan or removal did, for the line under the list. */
export type SourcesOutcome =
  | { kind: 'rescanned'; summaries: ImportSummary[] }
  | { kind: 'removed'; path: string; articles: number; userDataRemoved: number };

/** The path `busy` names during a re-scan of every folder. */
export const ALL_SOURCES = '*';

export class SourcesState {
  list = $state.raw<SourceInfo[] | null>(null);
  error = $state<string | null>(null);
  /** The change waiting for main: a re-scan (of ALL_SOURCES, or one folder) or a removal. */
  busy = $state.raw<{ action: 'rescan' | 'remove'; path: string } | null>(null);
  outcome = $state.raw<SourcesOutcome | null>(null);
  watch = $state.raw<WatchStatus>({ state: 'idle' });
  /** Folders watched now: the indicator says so while nothing is happening. */
  /** Folders watched, from archive:summary, until the list is loaded (the dialog loads it). */
  #watchedAtStart = $state(0);
  watchedCount = $derived(
    this.list ? this.list.filter((source) => source.watch && source.present).length : this.#watchedAtStart,
  );

  #onRemoved: () => void;

  constructor(onRemoved: () => void = () => {}) {
    this.#onRemoved = onRemoved;
  }

  /**
   * What the toolbar's indicator needs at start, without the list: its file counts read
   * every file entry (files.json, 24 MB at 100,000 files), and only the dialog shows them.
   */
  async loadWatched(): Promise<void> {
    await this.#guard(async () => {
      this.#watchedAtStart = (await call('archive:summary', {})).watchedFolders;
    });
  }

  async load(): Promise<void> {
    await this.#guard(async () => {
      this.list = await call('sources:list', {});
    });
  }

  async setWatch(path: string, watch: boolean): Promise<void> {
    this.error = null;
    await this.#guard(async () => {
      this.list = await call('sources:set-watch', { path, watch });
    });
  }

  /** Imports one folder again, or every one without a path. */
  async rescan(path?: string): Promise<void> {
    await this.#busyWith({ action: 'rescan', path: path ?? ALL_SOURCES }, async () => {
      const summaries = await call('sources:rescan', path ? { path } : {});
      this.outcome = { kind: 'rescanned', summaries };
    });
  }

  async remove(path: string, keepUserData: boolean): Promise<void> {
    await this.#busyWith({ action: 'remove', path }, async () => {
      const result = await call('sources:remove', { path, keepUserData });
      this.outcome = { kind: 'removed', path, ...result };
      this.#onRemoved();
    });
  }

  /** The import that just finished was the watcher's (main reports it as importing that folder until it ends). */
  fromWatcher(summary: ImportSummary): boolean {
    return this.watch.state === 'importing' && this.watch.path === summary.root;
  }

  /** Follows the watcher's status and any import's end (the list's counts change); returns the unsubscribe function. */
  connect(): () => void {
    const offStatus = subscribe('watch:status', (status) => (this.watch = status));
    const offFinished = subscribe('import:finished', () => {
      void (this.list !== null ? this.load() : this.loadWatched());
    });
    return () => {
      offStatus();
      offFinished();
    };
  }

  async #busyWith(target: NonNullable<SourcesState['busy']>, action: () => Promise<void>): Promise<void> {
    this.busy = target;
    this.outcome = null;
    this.error = null;
    try {
      await this.#guard(action);
      await this.load();
    } finally {
      this.busy = null;
    }
  }

  async #guard(action: () => Promise<void>): Promise<void> {
    try {
      await action();
    } catch (err) {
      this.error = errorMessage(err);
    }
  }
}
