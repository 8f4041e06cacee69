// The view and the address kept in step. The location hash follows what is searched and
// open, replacing the history entry so Back leaves the app's page; an address changed
// under the app (a pasted link, an edited hash) is followed; and once the start view is
// in place, every view is saved for the next start. At start, a hash in the URL wins
// over the view saved when the app was last closed.
import type { ArchiveState } from './archive.svelte';
import type { UiStateStore } from './ui-state.svelte';
import { parseHash, serialiseHash } from './url-state';

export class ViewSync {
  /** The start view is in place: from now on the view is saved as it changes. */
  #started = $state(false);
  readonly #archive: ArchiveState;
  readonly #uiState: UiStateStore;

  constructor(archive: ArchiveState, uiState: UiStateStore) {
    this.#archive = archive;
    this.#uiState = uiState;
  }

  /** Puts the start view in place: the URL's, else the one saved last time (the UI state is loaded either way). */
  async start(): Promise<void> {
    const hash = currentHash();
    if (hash) void this.#uiState.load();
    this.#archive.start(parseHash(hash || (await this.#uiState.load()).lastView));
    this.#started = true;
  }

  /** Makes the hash, and the saved view once started, follow the view; returns the function that stops it. */
  follow(): () => void {
    return $effect.root(() => {
      $effect(() => {
        const hash = serialiseHash(this.#archive.urlState);
        if (hash !== currentHash())
          history.replaceState(history.state, '', hash ? `#${hash}` : location.pathname + location.search);
        if (this.#started) this.#uiState.saveLastView(hash);
      });
    });
  }

  /** The address changed under the app: take on its view, unless it is the one shown. */
  readonly onHashChange = (): void => {
    const state = parseHash(location.hash);
    if (serialiseHash(state) !== serialiseHash(this.#archive.urlState)) this.#archive.restore(state);
  };
}

function currentHash(): string {
  return location.hash.replace(/^#/, '');
}
