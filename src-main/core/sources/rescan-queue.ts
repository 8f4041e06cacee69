// When to re-scan a watched folder: once its changes have gone quiet, one folder at a
// time, and again later if it changes while being scanned. Says so through watch:status.
import type { WatchStatus } from '../../contract/archive';

/**
 * Re-scans one folder; resolves when done (a failure is the callback's to report). It
 * calls `started` once its import really begins: it may first wait for another import,
 * and the renderer takes an import that ends while the watcher says "importing" that
 * folder for the watcher's own.
 */
export type Rescan = (root: string, started: () => void) => Promise<void>;

export class RescanQueue {
  /** Folders with changes not yet quiet for `quietMs`. */
  #timers = new Map<string, NodeJS.Timeout>();
  /** Folders whose changes went quiet, waiting their turn. */
  #ready: string[] = [];
  #running = false;
  #drained: Promise<void> = Promise.resolve();
  #stopped = false;

  constructor(
    private readonly rescan: Rescan,
    private readonly emit: (status: WatchStatus) => void,
    private readonly quietMs: number,
  ) {}

  /**
   * Something changed under `root`. Saving a file touches it several times, and a copy
   * brings many files: one scan after the last change reads them all, incrementally.
   */
  touch(root: string): void {
    if (this.#stopped) return;
    const timer = this.#timers.get(root);
    if (timer) clearTimeout(timer);
    else if (!this.#running) this.emit({ state: 'pending', path: root });
    this.#timers.set(
      root,
      setTimeout(() => this.#due(root), this.quietMs),
    );
  }

  /** Forgets changes under `root` not yet scanned (its watching was turned off, or it was removed). */
  cancel(root: string): void {
    const waited = this.#timers.has(root) || this.#ready.includes(root);
    clearTimeout(this.#timers.get(root));
    this.#timers.delete(root);
    this.#ready = this.#ready.filter((r) => r !== root);
    if (waited && !this.#running) this.#settled();
  }

  /** Drops everything waiting and resolves once the scan under way (if any) has ended. */
  async stop(): Promise<void> {
    this.#stopped = true;
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
    this.#ready = [];
    await this.#drained;
  }

  #due(root: string): void {
    this.#timers.delete(root);
    if (!this.#ready.includes(root)) this.#ready.push(root);
    if (!this.#running) this.#drained = this.#drain();
  }

  async #drain(): Promise<void> {
    this.#running = true;
    for (let root = this.#ready.shift(); root !== undefined && !this.#stopped; root = this.#ready.shift()) {
      await this.rescan(root, () => this.emit({ state: 'importing', path: root }));
    }
    this.#running = false;
    this.#settled();
  }

  /** Nothing is scanning: the indicator shows what still waits, or idle. */
  #settled(): void {
    const waiting: string | undefined = this.#timers.keys().next().value;
    this.emit(waiting === undefined ? { state: 'idle' } : { state: 'pending', path: waiting });
  }
}
