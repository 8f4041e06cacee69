// The snippets cut for recent queries, by the query's words and the article. Cutting one
// reads the body and analyses the paragraph of its first hit: at 20k articles, a page of
// 100 spent most of a search's time there (issue 20). Sorting the same query another way,
// narrowing it by a facet or paging back shows the same articles again with the same words.
import type { HighlightTerms } from './compile-query';
import type { Snippet } from './highlight';

/** About forty pages of rows: a few hundred KB of text. */
const MAX_SNIPPETS = 4000;

export class SnippetCache {
  #generation = -1;
  readonly #entries = new Map<string, Snippet | null>();

  /**
   * The snippets known for `ids` under `hl` (undefined where none is), forgetting every one
   * when `generation` moved on: an import may have changed the texts.
   */
  lookup(generation: number, hl: HighlightTerms, ids: readonly string[]): (Snippet | null | undefined)[] {
    if (generation !== this.#generation) {
      this.#entries.clear();
      this.#generation = generation;
    }
    const words = this.#wordsKey(hl);
    return ids.map((id) => this.#entries.get(`${words}\u0000${id}`));
  }

  remember(hl: HighlightTerms, id: string, snippet: Snippet | null): void {
    this.#entries.set(`${this.#wordsKey(hl)}\u0000${id}`, snippet);
    if (this.#entries.size <= MAX_SNIPPETS) return;
    // Oldest first, as a Map iterates: dropping from the front keeps the recent queries'.
    for (const old of this.#entries.keys()) {
      if (this.#entries.size <= MAX_SNIPPETS) break;
      this.#entries.delete(old);
    }
  }

  // The last words' key, kept: a page remembers a hundred snippets under the same words.
  #keyed: { hl: HighlightTerms; key: string } | null = null;

  #wordsKey(hl: HighlightTerms): string {
    if (this.#keyed?.hl !== hl)
      this.#keyed = { hl, key: JSON.stringify([[...hl.terms].sort(), hl.prefixes, hl.phrases]) };
    return this.#keyed.key;
  }
}
