// How the user left the window, kept in main's user-data store: the widths of the
// filters and list panes, and the last view (the same string the location hash
// holds). Both are saved a moment after they stop changing, not on every step of a
// drag or every keystroke of a query.
import { DEFAULT_UI_STATE, type UiState } from '../../../src-main/contract/archive';
import { call, errorMessage } from './api';
import type { PaneWidths } from './pane-layout';

/** A drag sends many widths a second; the last one is the one worth a write. */
export const PANE_SAVE_DELAY_MS = 300;
/** Typing a query changes the view at every pause; save once it settles. */
export const VIEW_SAVE_DELAY_MS = 500;

export class UiStateStore {
  /** Widths the user chose; null keeps the default proportions. */
  paneWidths = $state.raw<PaneWidths | null>(null);
  error = $state<string | null>(null);

  #savedView = '';
  #paneTimer: ReturnType<typeof setTimeout> | undefined;
  #viewTimer: ReturnType<typeof setTimeout> | undefined;

  /** Reads the saved state; the defaults when main cannot say (the error is kept). */
  async load(): Promise<UiState> {
    try {
      const state = await call('ui-state:get', {});
      this.paneWidths = state.paneWidths;
      this.#savedView = state.lastView;
      return state;
    } catch (err) {
      this.error = errorMessage(err);
      return DEFAULT_UI_STATE;
    }
  }

  /** Shows the widths at once and saves them once they stop changing. */
  setPaneWidths(widths: PaneWidths): void {
    this.paneWidths = widths;
    clearTimeout(this.#paneTimer);
    this.#paneTimer = setTimeout(() => void this.#save({ paneWidths: widths }), PANE_SAVE_DELAY_MS);
  }

  /** Saves the view's hash once it stops changing; nothing when it is the one saved. */
  saveLastView(hash: string): void {
    clearTimeout(this.#viewTimer);
    if (hash === this.#savedView) return;
    this.#viewTimer = setTimeout(() => {
      this.#savedView = hash;
      void this.#save({ lastView: hash });
    }, VIEW_SAVE_DELAY_MS);
  }

  async #save(patch: Partial<UiState>): Promise<void> {
    try {
      await call('ui-state:set', patch);
      this.error = null;
    } catch (err) {
      this.error = errorMessage(err);
    }
  }
}
