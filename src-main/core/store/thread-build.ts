// The catalogue's story threads, with the index built a slice at a time (issue 20): built
// whole at open it cost 2.2 s at 100,000 articles before the first list page could be
// served (bench/run-phases.ts startup), so the list comes first, without thread badges,
// and the index is built after it between other work. Anything that needs threads before
// then (an article's view) finishes the build on the spot rather than answer without them.
import type { ThreadIndex } from '../threads/thread-index';
import type { StoredArticle } from './catalogue-records';
import type { SignatureSource } from './catalogue-signatures';
import { reindexArticle, storyThreads, threadIndexOf, type StoryThreads } from './story-threads';

/**
 * How long one slice may hold the thread. Counted in articles (1,000 a slice) a slice took
 * 50-100 ms late in a 100,000-article build, as the buckets fill, and a tag written then
 * waited as long (bench/run-phases.ts writes, run right after open); timed, a keystroke or
 * a tag waits at most about this. Short, because a request waits a slice at every step it
 * awaits: reading one body shard (file, then log) is about ten file-system steps, and at
 * 8 ms an annotation made during the build waited 130-330 ms for its text (p95).
 */
export const SLICE_MS = 2;
/** Articles indexed between looks at the clock: late in a 100k build 64 took 3-6 ms, past a slice. */
const CHECK_EVERY = 8;

type Articles = Readonly<Record<string, StoredArticle>>;

/** One build of the index, over the articles there were when it began. */
class ThreadIndexBuild {
  readonly index: ThreadIndex = threadIndexOf([]);
  readonly #ids: string[];
  #next = 0;

  constructor(articles: Articles) {
    this.#ids = Object.keys(articles);
  }

  get done(): boolean {
    return this.#next >= this.#ids.length;
  }

  /** Indexes more of them, as each is now, until `ms` have passed; one removed meanwhile is skipped. */
  step(articles: Articles, ms = SLICE_MS): void {
    const until = performance.now() + ms;
    while (this.#next < this.#ids.length) {
      const end = Math.min(this.#ids.length, this.#next + CHECK_EVERY);
      for (; this.#next < end; this.#next++) {
        const article = articles[this.#ids[this.#next]!];
        if (article) reindexArticle(this.index, article, undefined);
      }
      if (performance.now() >= until) return;
    }
  }
}

/** Settles after a turn of the event loop, so what queued meanwhile (an IPC call, a page) runs first. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Requests the build stays out of (see yieldTo()): the user's writes. A turn between slices
 * is not enough for a write: a tag write awaits open, write, fsync and close, and a slice
 * ran at each of those turns, so tagging 1,000 articles right after open paid 6-33 ms of
 * CPU where it pays 5-9 once the build is done (issue 20).
 */
export interface Foreground {
  busy(): boolean;
  /** Settles once busy() is false. */
  settled(): Promise<void>;
}

const IDLE: Foreground = { busy: () => false, settled: () => Promise.resolve() };

export class CatalogueThreads {
  /** Built, and kept current article by article after. */
  #index: ThreadIndex | null = null;
  /** The index part built, while build() runs. */
  #build: ThreadIndexBuild | null = null;
  #building: Promise<void> | null = null;
  /** Built again from the index after a change (story-threads.ts). */
  #view: StoryThreads | null = null;
  #foreground: Foreground = IDLE;

  constructor(
    private readonly articles: () => Articles,
    private readonly signatures: SignatureSource,
  ) {}

  /**
   * An article put: indexed now, in the index or the build under way, unless the build will
   * reach it with this same signature (reindexArticle leaves an unchanged one alone).
   */
  put(article: StoredArticle, previous: StoredArticle | undefined): void {
    const index = this.#index ?? this.#build?.index;
    if (index) reindexArticle(index, article, previous);
    this.#view = null;
  }

  remove(id: string): void {
    (this.#index ?? this.#build?.index)?.remove(id);
    this.#view = null;
  }

  /** The threads, building what is left of the index first, at once. */
  all(): StoryThreads {
    if (!this.#index) {
      this.signatures.loadNow();
      const build = this.#build ?? new ThreadIndexBuild(this.articles());
      build.step(this.articles(), Infinity);
      this.#index = build.index;
      this.#build = null;
    }
    return (this.#view ??= storyThreads(this.#index, this.articles()));
  }

  /** The threads if the index is built, else null. */
  ifBuilt(): StoryThreads | null {
    return this.#index ? this.all() : null;
  }

  /**
   * Lets requests run ahead of the build: it reads the signatures and takes each slice only
   * while `foreground` is not busy. It need not run while writes arrive; anything that
   * needs threads meanwhile finishes it at once (all()).
   */
  yieldTo(foreground: Foreground): void {
    this.#foreground = foreground;
  }

  /**
   * A turn of the event loop, and more while the foreground is busy. The turn after it
   * settles lets a request made as the last one answered (a caller's next write, queued in
   * the same microtasks) start first, so no slice runs inside a run of writes.
   */
  async #turn(): Promise<void> {
    await nextTurn();
    while (this.#foreground.busy()) {
      await this.#foreground.settled();
      await nextTurn();
    }
  }

  /** Builds the index a slice at a time; settles once ifBuilt() has them. An all() meanwhile finishes the build at once. */
  build(): Promise<void> {
    if (this.#index) return Promise.resolve();
    return (this.#building ??= this.#buildSliced());
  }

  async #buildSliced(): Promise<void> {
    await this.signatures.load(() => this.#turn());
    if (this.#index) return;
    const build = (this.#build = new ThreadIndexBuild(this.articles()));
    while (this.#build === build && !build.done) {
      await this.#turn();
      if (this.#build === build) build.step(this.articles());
    }
    if (this.#build !== build) return;
    this.#index = build.index;
    this.#build = null;
  }
}
