// The thread index built a slice at a time (issue 20): built whole at open it cost 2.2 s
// at 100,000 articles before the first list page could be served (bench/run-phases.ts
// startup), so the list comes first, without thread badges, and the index is built
// after it between other work. Anything that needs threads before then (an article's
// view, a `thread:` query) finishes the build on the spot rather than answer without them.
import type { ThreadIndex } from '../threads/thread-index';
import type { StoredArticle } from './catalogue-records';
import { reindexArticle, threadIndexOf } from './story-threads';

/**
 * Articles indexed per slice: at about 0.02 ms an article (bench/threads.ts) a slice
 * holds the thread for ~20 ms, so a list page or a keystroke waits at most that long.
 */
export const ARTICLES_PER_SLICE = 1000;

export class ThreadIndexBuild {
  readonly index: ThreadIndex = threadIndexOf([]);
  /** The ids there were when the build began, indexed in this order; articles put since are indexed as they come. */
  readonly #ids: string[];
  #next = 0;

  constructor(articles: Readonly<Record<string, StoredArticle>>) {
    this.#ids = Object.keys(articles);
  }

  get done(): boolean {
    return this.#next >= this.#ids.length;
  }

  /** Indexes up to `count` more of the articles there were, as each is now; one removed meanwhile is skipped. */
  step(articles: Readonly<Record<string, StoredArticle>>, count = ARTICLES_PER_SLICE): void {
    const end = Math.min(this.#ids.length, this.#next + count);
    for (; this.#next < end; this.#next++) {
      const article = articles[this.#ids[this.#next]!];
      if (article) reindexArticle(this.index, article, undefined);
    }
  }

  /**
   * An article put while the build runs: indexed now unless the build will reach it with
   * this same signature (reindexArticle leaves an unchanged one alone, so it is indexed once).
   */
  put(article: StoredArticle, previous: StoredArticle | undefined): void {
    reindexArticle(this.index, article, previous);
  }

  remove(id: string): void {
    this.index.remove(id);
  }
}

/** Settles after a turn of the event loop, so what queued meanwhile (an IPC call, a page) runs first. */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
