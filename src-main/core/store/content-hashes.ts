// Which article holds a given text: the importer's dedupe asks this for every record it
// stores, so the map from content hash to article id is built on the first lookup and kept
// current as articles are put; a removal drops it, to be built again when next asked.
import type { StoredArticle } from './catalogue-records';

export class ContentHashes {
  #byHash: Map<string, string> | null = null;

  /** The id of an article holding `hash`, building the map from `articles` if need be. */
  lookup(articles: Readonly<Record<string, StoredArticle>>, hash: string): string | undefined {
    if (!this.#byHash) {
      this.#byHash = new Map();
      for (const a of Object.values(articles)) this.#byHash.set(a.contentHash, a.id);
    }
    return this.#byHash.get(hash);
  }

  /** Called as `article` replaces `previous` (if any). */
  put(article: StoredArticle, previous: StoredArticle | undefined): void {
    if (previous && previous.contentHash !== article.contentHash) this.#byHash?.delete(previous.contentHash);
    this.#byHash?.set(article.contentHash, article.id);
  }

  /** Rebuilt on the next lookup: two articles can share a hash, so the map cannot simply drop one. */
  removed(): void {
    this.#byHash = null;
  }
}
