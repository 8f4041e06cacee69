// At most one task rewrites the catalogue at a time: an import, a source removal or a
// restore. Two would each rewrite it from their own half-done view.
import { BusyError } from './errors';

export class TaskLock {
  /** The task running now. `done` never rejects. */
  #running: { done: Promise<void>; background: boolean } | null = null;

  /** A catalogue-rewriting task is running. */
  get busy(): boolean {
    return this.#running !== null;
  }

  /** Settles once the running task (if any) has ended. */
  whenIdle(): Promise<void> {
    return this.#running?.done ?? Promise.resolve();
  }

  /**
   * Runs a task, never alongside another: BusyError if one runs, unless that one is the
   * watcher's (background), which is waited out instead, so a click never fails because
   * a file changed a moment before.
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
}
