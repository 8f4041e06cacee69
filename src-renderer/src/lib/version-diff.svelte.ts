// "Show changes" between two versions of a story: fetched from main once (archive:diff)
// and kept while the reader shows the same pair, so hiding and showing again is instant.
// Components read it; only `toggle` changes it.
import type { DiffPart } from '../../../src-main/contract/archive';
import { call, errorMessage } from './api';

/** Why no diff is shown: a version is gone from the archive, or the call failed. */
export type DiffFailure = { kind: 'gone' } | { kind: 'error'; message: string };

export class VersionDiff {
  shown = $state(false);
  loading = $state(false);
  parts = $state.raw<DiffPart[] | null>(null);
  failure = $state.raw<DiffFailure | null>(null);

  #pair = '';
  #request = 0;

  /** Shows the changes from version `from` to version `to`, or hides them when shown. */
  async toggle(from: string, to: string): Promise<void> {
    if (this.shown) {
      this.shown = false;
      return;
    }
    this.shown = true;
    const pair = `${from} ${to}`;
    if (pair === this.#pair && this.parts) return;
    this.#pair = pair;
    await this.#fetch(from, to);
  }

  async #fetch(from: string, to: string): Promise<void> {
    const request = ++this.#request;
    this.loading = true;
    this.failure = null;
    this.parts = null;
    try {
      const parts = await call('archive:diff', { id: from, against: to });
      if (request !== this.#request) return;
      this.parts = parts;
      if (!parts) this.failure = { kind: 'gone' };
    } catch (err) {
      if (request === this.#request) this.failure = { kind: 'error', message: errorMessage(err) };
    } finally {
      if (request === this.#request) this.loading = false;
    }
  }
}
