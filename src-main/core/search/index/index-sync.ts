// Keeps the index in step with the catalogue: each indexed article carries a stamp of
// the version indexed, so only articles whose stamp differs are read and re-indexed.
import type { StoredArticle } from '../../store/catalogue';
import type { SearchStores } from './index-file';
import type { IndexDoc } from './search-index';

/** Loads body paragraphs by article id (ids missing from the store map to nothing). */
export type BodyLoader = (ids: readonly string[]) => Promise<Map<string, string[]>>;

// Bodies are read in batches, so a full rebuild never holds every body at once.
const BATCH = 2_000;

/**
 * Which version of an article the index holds: its content hash (title and body) plus
 * the other indexed fields. Plain text rather than a hash of it, because comparing
 * 100,000 of them at startup must cost nothing.
 */
export function articleStamp(a: Pick<StoredArticle, 'contentHash' | 'place' | 'agency'>): string {
  return `${a.contentHash.slice(0, 20)}|${a.place ?? ''}|${a.agency ?? ''}`;
}

export function indexDoc(
  a: Pick<StoredArticle, 'id' | 'title' | 'place' | 'agency'>,
  paragraphs: readonly string[],
): IndexDoc {
  return { id: a.id, title: a.title, body: paragraphs, place: a.place ?? '', agency: a.agency ?? '' };
}

/** Indexes an article and keeps its text for snippets. */
export function storeArticle({ index, texts }: SearchStores, a: StoredArticle, paragraphs: readonly string[]): void {
  index.put(indexDoc(a, paragraphs), articleStamp(a));
  texts.put(a.id, paragraphs);
}

/** Re-indexes changed and new articles, drops vanished ones; returns how many changed. */
export async function syncIndex(
  stores: SearchStores,
  articles: Readonly<Record<string, StoredArticle>>,
  loadBodies: BodyLoader,
): Promise<number> {
  const { index, texts } = stores;
  const gone = [...index.ids()].filter((id) => !Object.hasOwn(articles, id));
  for (const id of gone) {
    index.remove(id);
    texts.remove(id);
  }
  const stale = Object.values(articles).filter((a) => index.stampOf(a.id) !== articleStamp(a));
  // Sorted by id, so body shards (keyed by the id's first two digits) are read in order, each once.
  stale.sort((a, b) => (a.id < b.id ? -1 : 1));
  for (let i = 0; i < stale.length; i += BATCH) {
    const batch = stale.slice(i, i + BATCH);
    const bodies = await loadBodies(batch.map((a) => a.id));
    for (const a of batch) storeArticle(stores, a, bodies.get(a.id) ?? []);
  }
  return gone.length + stale.length;
}
