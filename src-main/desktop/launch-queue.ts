// Paths to import that arrive from outside the window: the first launch's command line,
// a second launch's, macOS "Open With" and dock drops. They can come before the archive
// is open, and in bursts (ten files dropped on the dock are ten `open-file` events),
// while imports never overlap: so they are held until the shell starts the queue, then
// imported a batch at a time, everything that arrived meanwhile going in the next batch.
import type { Timers } from './timers';

/** What one batch came to: `busy` when another import (the user's own) holds the archive. */
export type BatchOutcome = 'done' | 'busy';

export interface LaunchQueueOptions {
  /** The largest batch `import:paths` accepts. */
  maxBatch?: number;
  /** How long to wait before trying a batch again when the archive was busy. */
  busyRetryMs?: number;
  timers?: Timers;
  /** A batch threw: reported, and the queue moves on to the next. */
  onError?: (err: unknown, paths: string[]) => void;
}

export class LaunchQueue {
  #pending: string[] = [];
  #importer: ((paths: string[]) => Promise<BatchOutcome>) | null = null;
  #running = false;
  #idle: (() => void)[] = [];
  readonly #maxBatch: number;
  readonly #busyRetryMs: number;
  readonly #timers: Timers;
  readonly #onError: (err: unknown, paths: string[]) => void;

  constructor(options: LaunchQueueOptions = {}) {
    this.#maxBatch = options.maxBatch ?? 100;
    this.#busyRetryMs = options.busyRetryMs ?? 2000;
    this.#timers = options.timers ?? {
      set: (fn, ms) => setTimeout(fn, ms),
      clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    };
    this.#onError = options.onError ?? (() => {});
  }

  /** Paths to import; a path already waiting is not queued twice. */
  add(paths: readonly string[]): void {
    for (const path of paths) if (!this.#pending.includes(path)) this.#pending.push(path);
    this.#drain();
  }

  /** The archive is open and the window ready: import what has arrived, and what arrives from now on. */
  start(importer: (paths: string[]) => Promise<BatchOutcome>): void {
    this.#importer = importer;
    this.#drain();
  }

  /** Resolves once nothing is waiting or importing. */
  whenIdle(): Promise<void> {
    if (!this.#running && this.#pending.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idle.push(resolve));
  }

  #drain(): void {
    const importer = this.#importer;
    if (!importer || this.#running) return;
    if (this.#pending.length === 0) return this.#settle();
    const batch = this.#pending.splice(0, this.#maxBatch);
    this.#running = true;
    void importer(batch).then(
      (outcome) => (outcome === 'busy' ? this.#retryLater(batch) : this.#next()),
      (err: unknown) => {
        this.#onError(err, batch);
        this.#next();
      },
    );
  }

  /** The batch goes back to the front and is tried again once the other import has had time to finish. */
  #retryLater(batch: string[]): void {
    this.#pending = [...batch, ...this.#pending.filter((p) => !batch.includes(p))];
    this.#timers.set(() => this.#next(), this.#busyRetryMs);
  }

  #next(): void {
    this.#running = false;
    this.#drain();
  }

  #settle(): void {
    for (const resolve of this.#idle.splice(0)) resolve();
  }
}
