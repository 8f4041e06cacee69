// The running import and the summary of the last one, fed by main's events.
import type { ImportProgress, ImportSummary } from '../../../src-main/contract/archive';
import { call, errorMessage, importDropped, subscribe } from './api';

export class ImportState {
  progress = $state.raw<ImportProgress | null>(null);
  summary = $state.raw<ImportSummary | null>(null);
  error = $state<string | null>(null);

  async chooseAndImport(): Promise<void> {
    await this.#guard(() => call('import:choose-folder', {}));
  }

  /** Files and folders dropped on the window; each imports into its source folder, or beside it. */
  async importDropped(files: readonly File[]): Promise<void> {
    await this.#guard(() => importDropped(files));
  }

  async cancel(): Promise<void> {
    await this.#guard(() => call('import:cancel', {}));
  }

  dismissSummary(): void {
    this.summary = null;
  }

  /** Listens to main's import events, however the import was started; returns the unsubscribe function. */
  connect(onFinished: (summary: ImportSummary) => void): () => void {
    const offProgress = subscribe('import:progress', (p) => (this.progress = p.phase === 'done' ? null : p));
    const offFinished = subscribe('import:finished', (summary) => {
      this.progress = null;
      this.summary = summary;
      onFinished(summary);
    });
    return () => {
      offProgress();
      offFinished();
    };
  }

  async #guard(action: () => Promise<unknown>): Promise<void> {
    try {
      this.error = null;
      await action();
    } catch (err) {
      this.error = errorMessage(err);
    }
  }
}
