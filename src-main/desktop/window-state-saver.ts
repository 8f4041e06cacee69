// Keeps the window's bounds in the user-data store while the user moves and resizes
// it: a burst of move events becomes one write after the window settles, and closing
// writes at once, so the next start finds the window where it was left.
import type { WindowBounds } from '../contract/archive';
import { realTimers, type Timers } from './timers';

export interface WindowStateSaverOptions {
  /** Reads the window's bounds now (the shell: getNormalBounds() and isMaximized()). */
  read: () => WindowBounds;
  /** Stores them (the shell: userData.updateUi({ window })); resolves once on disk. */
  save: (bounds: WindowBounds) => Promise<unknown>;
  /** Quiet time after the last move or resize before writing. */
  delayMs?: number;
  timers?: Timers;
  /** A failed write is reported here rather than thrown into an event handler. */
  onError?: (err: unknown) => void;
}

export class WindowStateSaver {
  #timer: unknown = null;
  #last: string | null = null;
  #writing: Promise<void> = Promise.resolve();
  readonly #options: Required<Omit<WindowStateSaverOptions, 'onError'>> & Pick<WindowStateSaverOptions, 'onError'>;

  constructor(options: WindowStateSaverOptions) {
    this.#options = { delayMs: 500, timers: realTimers, ...options };
  }

  /** The window moved, was resized, maximised or restored: write once it has been still for a while. */
  changed(): void {
    const { timers, delayMs } = this.#options;
    if (this.#timer !== null) timers.clear(this.#timer);
    this.#timer = timers.set(() => {
      this.#timer = null;
      void this.flush();
    }, delayMs);
  }

  /**
   * Writes the bounds now (on close, while the window still exists) unless they are
   * the ones last written. Resolves once every write so far is on disk.
   */
  flush(): Promise<void> {
    if (this.#timer !== null) this.#options.timers.clear(this.#timer);
    this.#timer = null;
    const bounds = this.#options.read();
    const key = JSON.stringify(bounds);
    if (key !== this.#last) {
      this.#last = key;
      // Chained, so an older write can never land after a newer one.
      this.#writing = this.#writing
        .then(() => this.#options.save(bounds))
        .then(
          () => undefined,
          (err: unknown) => {
            this.#last = null; // not on disk: the next flush tries again
            this.#options.onError?.(err);
          },
        );
    }
    return this.#writing;
  }

  /** Resolves once every write started so far is on disk, without reading the window (which may be gone). */
  whenWritten(): Promise<void> {
    return this.#writing;
  }
}
