// Which articles of the list are selected, for acting on many at once (tagging).
// Until the user picks rows by hand, the selection follows the list's cursor: one
// row, as before multi-selection existed. Ctrl/Cmd-click, Shift-click, Shift+j/k
// and Ctrl/Cmd+A make it an explicit set of ids, kept across pages and refreshes,
// and dropped when the search changes. Ranges may reach rows whose pages are not
// loaded: their ids come from `archive:ids`, the list's order in full.
import type { ArchiveState } from './archive.svelte';

/* eslint-disable svelte/prefer-svelte-reactivity -- the selection is a $state.raw set
   replaced whole on every change and never mutated once shown, so plain Sets are what
   reactivity sees; a SvelteSet would add a signal per id to 100,000-id selections. */

export interface ClickModifiers {
  /** Ctrl or Cmd: add the row to the selection or take it out. */
  toggle?: boolean;
  /** Shift: select from the anchor to this row. */
  range?: boolean;
}

export class SelectionState {
  /** Ids picked by hand, or null while the selection follows the cursor. */
  chosen = $state.raw<ReadonlySet<string> | null>(null);
  /** How many articles are selected. */
  count = $derived(this.chosen ? this.chosen.size : this.#followed().length);
  /** A selection made by hand of two or more: the selection bar shows then. */
  isMulti = $derived(this.count >= 2);

  /** The row ranges are drawn from; -1 until a hand-made selection sets it. */
  #anchor = -1;
  /** Bumped by every change, so an `archive:ids` answer for an older one is dropped. */
  #request = 0;
  #archive: ArchiveState;

  constructor(archive: ArchiveState) {
    this.#archive = archive;
  }

  /** The selected ids: the hand-made set, else the cursor row (or the open article with no cursor). */
  ids(): string[] {
    return this.chosen ? [...this.chosen] : this.#followed();
  }

  /** Whether the row `index`, showing article `id`, is selected. */
  has(index: number, id: string): boolean {
    if (this.chosen) return this.chosen.has(id);
    const { cursor, openId } = this.#archive;
    return index === cursor || (cursor < 0 && id === openId);
  }

  /** A click on row `index`: plain opens it alone; Ctrl/Cmd toggles it; Shift selects the range to it. */
  click(index: number, { toggle = false, range = false }: ClickModifiers = {}): void {
    const id = this.#archive.results.row(index)?.id;
    if (id === undefined) return;
    if (range) {
      this.#rangeTo(index, toggle);
    } else if (toggle) {
      const next = new Set(this.ids());
      if (next.has(id)) next.delete(id);
      else next.add(id);
      this.#set(next, index);
      this.#archive.cursor = index;
    } else {
      this.clear();
      this.#archive.openAt(index);
    }
  }

  /** Moves the cursor one row down (1) or up (-1), taking the rows passed into the selection. */
  extend(step: 1 | -1): void {
    const { cursor, results } = this.#archive;
    if (results.total === 0) return;
    const target = Math.max(0, Math.min(results.total - 1, cursor < 0 ? 0 : cursor + step));
    this.#rangeTo(target, false);
  }

  /** Selects every result of the current search, loaded or not. */
  async selectAll(): Promise<void> {
    const request = ++this.#request;
    const ids = await this.#archive.allIds();
    if (ids && request === this.#request) this.#set(new Set(ids), this.#anchor);
  }

  /** Goes back to following the cursor; true when there was a hand-made selection to drop. */
  clear(): boolean {
    this.#request++;
    this.#anchor = -1;
    if (this.chosen === null) return false;
    this.chosen = null;
    return true;
  }

  #followed(): string[] {
    const { cursor, openId, results } = this.#archive;
    if (cursor < 0) return openId ? [openId] : [];
    const id = results.row(cursor)?.id;
    return id === undefined ? [] : [id];
  }

  #set(ids: ReadonlySet<string>, anchor: number): void {
    this.#request++;
    this.chosen = ids;
    this.#anchor = anchor;
  }

  /**
   * Selects the rows from the anchor to `index` and puts the cursor there. The
   * anchor is the cursor when nothing was picked by hand. With `add`, the range
   * joins what was selected instead of replacing it.
   */
  #rangeTo(index: number, add: boolean): void {
    const archive = this.#archive;
    const anchor = this.chosen && this.#anchor >= 0 ? this.#anchor : Math.max(0, archive.cursor);
    const base = add ? this.ids() : [];
    archive.cursor = index;
    const [lo, hi] = anchor <= index ? [anchor, index] : [index, anchor];
    const loaded = this.#loadedIds(lo, hi);
    if (loaded) {
      this.#set(new Set([...base, ...loaded]), anchor);
      return;
    }
    const request = ++this.#request;
    void archive.allIds().then((all) => {
      if (all && request === this.#request) this.#set(new Set([...base, ...all.slice(lo, hi + 1)]), anchor);
    });
  }

  /** The ids of rows `lo..hi`, or null when any of their pages is not loaded. */
  #loadedIds(lo: number, hi: number): string[] | null {
    const ids: string[] = [];
    for (let i = lo; i <= hi; i++) {
      const id = this.#archive.results.row(i)?.id;
      if (id === undefined) return null;
      ids.push(id);
    }
    return ids;
  }
}
