// Restoring a backup (a JSON export) from the menu: main asks for the file, restores
// it, and answers with what it did; the window then catches up with the new articles,
// tags and highlights through `onRestored`. The dialog showing it is opened and closed
// by the window's Dialogs, which ask `closable` first.
import type { RestoreSummary } from '../../../src-main/contract/export';
import { call, errorMessage } from './api';

export class RestoreState {
  running = $state(false);
  summary = $state.raw<RestoreSummary | null>(null);
  error = $state<string | null>(null);

  #onRestored: () => void;

  constructor(onRestored: () => void = () => {}) {
    this.#onRestored = onRestored;
  }

  /**
   * Asks main to choose a backup and restore it; true when there is something to show
   * (a summary, an error, or the restore already running), false when the user cancelled
   * main's file dialog, and the dialog can go without a word.
   */
  async chooseAndRestore(): Promise<boolean> {
    if (this.running) return true;
    this.running = true;
    this.summary = null;
    this.error = null;
    try {
      const summary = await call('backup:choose-and-restore', {});
      if (!summary) return false;
      this.summary = summary;
      this.#onRestored();
    } catch (err) {
      this.error = errorMessage(err);
    } finally {
      this.running = false;
    }
    return true;
  }

  /** The dialog may close once main has answered; Close is disabled until then. */
  get closable(): boolean {
    return !this.running;
  }
}
