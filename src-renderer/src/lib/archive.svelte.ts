// Renderer state for the archive: the loaded part of the list, the open article,
// and the running import. Components read it; only these functions change it.
import type { Article, ArticleSummary, ImportProgress, ImportSummary } from '../../../src-main/contract/archive';
import { call, subscribe } from './api';

const PAGE = 200;

class ArchiveState {
  items = $state<ArticleSummary[]>([]);
  total = $state(0);
  loaded = $state(false);
  selectedId = $state<string | null>(null);
  article = $state<Article | null>(null);
  progress = $state<ImportProgress | null>(null);
  summary = $state<ImportSummary | null>(null);
  error = $state<string | null>(null);
  #loadingMore = false;

  async refresh(): Promise<void> {
    const page = await call('archive:list', { offset: 0, limit: PAGE });
    this.items = page.items;
    this.total = page.total;
    this.loaded = true;
    if (!this.selectedId && page.items[0]) await this.select(page.items[0].id);
  }

  /** Fetches the next page when the list is scrolled near its end. */
  async loadMore(): Promise<void> {
    if (this.#loadingMore || this.items.length >= this.total) return;
    this.#loadingMore = true;
    try {
      const page = await call('archive:list', { offset: this.items.length, limit: PAGE });
      this.items = [...this.items, ...page.items];
      this.total = page.total;
    } finally {
      this.#loadingMore = false;
    }
  }

  async select(id: string): Promise<void> {
    this.selectedId = id;
    const article = await call('archive:get', { id });
    // A later click may have won the race; keep the newest selection.
    if (this.selectedId === id) this.article = article;
  }

  async chooseAndImport(): Promise<void> {
    await this.#guard(() => call('import:choose-folder', {}));
  }

  async importPath(path: string): Promise<void> {
    await this.#guard(() => call('import:folder', { path }));
  }

  async cancelImport(): Promise<void> {
    await this.#guard(() => call('import:cancel', {}));
  }

  async #guard(action: () => Promise<unknown>): Promise<void> {
    try {
      this.error = null;
      await action();
    } catch (err) {
      this.error = err instanceof Error ? err.message : String(err);
    }
  }

  /** Listens to main-process events; returns the unsubscribe function. */
  connect(): () => void {
    const offProgress = subscribe('import:progress', (p) => (this.progress = p.phase === 'done' ? null : p));
    const offFinished = subscribe('import:finished', (s) => {
      this.progress = null;
      this.summary = s;
      void this.refresh();
    });
    return () => {
      offProgress();
      offFinished();
    };
  }
}

export const archive = new ArchiveState();
