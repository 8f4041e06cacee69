// The inverted index: MiniSearch over analysed terms, plus a stamp per article that says
// which version of it was indexed, so an import or a restart updates only what changed.
import MiniSearch, { type AsPlainObject } from 'minisearch';
import { ANALYZER_VERSION, analyzeTerms } from './analyzer';

/** What the index reads of an article. */
export interface IndexDoc {
  id: string;
  title: string;
  /** The body's paragraphs joined with newlines. */
  body: string;
  place: string;
  agency: string;
}

export type IndexField = 'title' | 'body' | 'place' | 'agency';
export const INDEX_FIELDS: readonly IndexField[] = ['title', 'body', 'place', 'agency'];

/** Article id → relevance score. */
export type Hits = Map<string, number>;

/** The index as saved to disk. */
export interface PersistedIndex {
  format: number;
  stamps: Record<string, string>;
  index: AsPlainObject;
}

// Changes with the analyser or the document shape: any other saved index is rebuilt.
const FORMAT = 100 + ANALYZER_VERSION;

// A headline hit says more than a body hit; MiniSearch multiplies the field's BM25 score.
const BOOST = { title: 2 };

function options() {
  return {
    fields: [...INDEX_FIELDS],
    idField: 'id',
    storeFields: [],
    // Documents are analysed once here; queries arrive as terms already (see term()).
    tokenize: (text: string) => analyzeTerms(text),
    processTerm: (term: string) => term,
    searchOptions: { boost: BOOST, tokenize: (text: string) => [text], processTerm: (term: string) => term },
  };
}

export class SearchIndex {
  private constructor(
    private readonly mini: MiniSearch<IndexDoc>,
    private readonly stamps: Map<string, string>,
  ) {}

  static create(): SearchIndex {
    return new SearchIndex(new MiniSearch<IndexDoc>(options()), new Map());
  }

  /**
   * A saved index, or null when it was written by another format (the caller rebuilds).
   * Loaded in batches that yield to the event loop: at 100k articles this takes seconds,
   * and the main process must keep answering the list meanwhile.
   */
  static async load(saved: PersistedIndex): Promise<SearchIndex | null> {
    if (saved?.format !== FORMAT || !saved.index || !saved.stamps) return null;
    try {
      return new SearchIndex(await MiniSearch.loadJSAsync<IndexDoc>(saved.index, options()), new Map(Object.entries(saved.stamps)));
    } catch {
      // A damaged file that still parses as JSON: rebuilding is the answer either way.
      return null;
    }
  }

  toJSON(): PersistedIndex {
    return { format: FORMAT, stamps: Object.fromEntries(this.stamps), index: this.mini.toJSON() };
  }

  get size(): number {
    return this.stamps.size;
  }

  /** Which version of the article is indexed; undefined when it is not. */
  stampOf(id: string): string | undefined {
    return this.stamps.get(id);
  }

  ids(): IterableIterator<string> {
    return this.stamps.keys();
  }

  /** Adds the article, or replaces the version indexed before. */
  put(doc: IndexDoc, stamp: string): void {
    if (this.stamps.has(doc.id)) this.mini.replace(doc);
    else this.mini.add(doc);
    this.stamps.set(doc.id, stamp);
  }

  remove(id: string): void {
    if (!this.stamps.delete(id)) return;
    // discard() marks the document gone at once; MiniSearch vacuums the postings later in batches.
    this.mini.discard(id);
  }

  /**
   * Articles holding any of `terms` (already analysed) in any of `fields`; with `prefix`,
   * any indexed term starting with one of them. Scores are MiniSearch's BM25+.
   */
  match(terms: readonly string[], prefix = false, fields: readonly IndexField[] = INDEX_FIELDS): Hits {
    const hits: Hits = new Map();
    if (terms.length === 0) return hits;
    const results = this.mini.search({ queries: [...terms], combineWith: 'OR' }, { prefix, fields: [...fields] });
    for (const r of results) hits.set(r.id as string, r.score);
    return hits;
  }
}
