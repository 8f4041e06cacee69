// Restoring a backup (a JSON export) from the menu: main asks for the file, restores
// it, and answers with what it did; the window then catches up with the new articles,
// tags and highlights through `onRestored`.
import type { RestoreSummary } from '../../../src-main/contract/export';
import { call, errorMessage } from './api';

export class RestoreState {
  /** The dialog shows: the restore is waiting for main, or its summary or error is on screen. */
  open = $state(false);
  running = $state(false);
  summary = $state.raw<RestoreSummary | null>(null);
  error = $state<string | null>(null);

  #onRestored: () => void;

  constructor(onRestored: () => void = () => {}) {
    this.#onRestored = onRestored;
  }

  /** Asks main to choose a backup and restore it; a cancelled file dialog closes without a word. */
  async chooseAndRestore(): Promise<void> {
    if (this.running) return;
    this.open = true;
    this.running = true;
    this.summary = null;
    this.error = null;
    try {
      const summary = await call('backup:choose-and-restore', {});
      if (!summary) {
        this.open = false;
        return;
      }
      this.summary = summary;
      this.#onRestored();
    } catch (err) {
      this.error = errorMessage(err);
    } finally {
      this.running = false;
    }
  }

  close(): void {
    if (!this.running) this.open = false;
  }
}
