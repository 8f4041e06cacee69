// The tag registry as the renderer knows it: every tag with its colour and counts
// (`tags:list`), and the changes the user makes to tags. Each change resolves once
// main has it on disk; then the list is fetched again and `onChanged` lets the
// rest of the window catch up (rows, facets, the open article).
import { tagKey, type TagColor, type TagInfo } from '../../../src-main/contract/userdata';
import { call, errorMessage } from './api';
import type { TagChange } from './tag-tree';

export class TagState {
  list = $state.raw<TagInfo[]>([]);
  error = $state<string | null>(null);

  // Rebuilt whole when the list changes and never mutated, so a plain Map.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #byKey = $derived(new Map(this.list.map((tag) => [tagKey(tag.name), tag])));
  #onChanged: (change: TagChange) => void;

  constructor(onChanged: (change: TagChange) => void = () => {}) {
    this.#onChanged = onChanged;
  }

  /** The tag of that name in any case, if it exists. */
  find(name: string): TagInfo | undefined {
    return this.#byKey.get(tagKey(name));
  }

  /** A tag's colour; grey for a name not (yet) known. */
  colorOf(name: string): TagColor {
    return this.find(name)?.color ?? 'grey';
  }

  async load(): Promise<void> {
    try {
      this.list = await call('tags:list', {});
      this.error = null;
    } catch (err) {
      this.error = errorMessage(err);
    }
  }

  /** Adds and removes tags on every article of `ids` in one call. */
  apply(ids: readonly string[], add: readonly string[], remove: readonly string[] = []): Promise<number | null> {
    const run = async () => (await call('tags:apply', { ids: [...ids], add: [...add], remove: [...remove] })).changed;
    return this.#change(run, { kind: 'applied' });
  }

  /** Renames `from` and the tags under it; onto an existing tag this merges the two. */
  rename(from: string, to: string): Promise<{ changed: number; merged: boolean } | null> {
    return this.#change(() => call('tags:rename', { from, to }), { kind: 'renamed', from, to });
  }

  /** Removes `name` and the tags under it from every article. */
  remove(name: string): Promise<number | null> {
    return this.#change(async () => (await call('tags:delete', { name })).changed, { kind: 'deleted', name });
  }

  async setColor(name: string, color: TagColor): Promise<void> {
    try {
      this.list = await call('tags:set-color', { name, color });
      this.error = null;
      // Colours show on rows and in the reader too.
      this.#onChanged({ kind: 'applied' });
    } catch (err) {
      this.error = errorMessage(err);
    }
  }

  /** Runs a change; on failure keeps the message and answers null, so callers can leave their form open. */
  async #change<R>(run: () => Promise<R>, change: TagChange): Promise<R | null> {
    try {
      const result = await run();
      this.error = null;
      await this.load();
      this.#onChanged(change);
      return result;
    } catch (err) {
      this.error = errorMessage(err);
      return null;
    }
  }
}
