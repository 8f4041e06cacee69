// A page of results as list rows: each article's summary, its score, and its snippet cut
// around its first body hit, with the query's words marked (split from archive-search.ts).
import type { SearchHit, SearchSnippet } from '../../contract/search';
import { summarise, type CatalogueStore } from '../store/catalogue';
import type { HighlightTerms } from './compile-query';
import type { FacetTable } from './facets';
import { hasHighlightTerms, highlightRanges, snippetAroundFirstHit, type Snippet } from './highlight';
import type { BodyLoader } from './index/index-sync';
import { scoreAt, type Matches } from './index/matches';
import type { SearchIndex } from './index/search-index';
import { SnippetCache } from './snippet-cache';
import type { UserSearch } from './user-search';

/**
 * How many rows of a first page have their snippets cut and their words marked before it
 * is sent: about a screen (76 px rows, ArticleList.svelte). Cutting one reads its text and
 * analyses the words around its hit, ~0.1-0.3 ms at 100k: a page of 100 spent 35-40% of a
 * search there (issue 20). The rest come by archive:searchSnippets, before the user scrolls.
 */
export const SNIPPETS_INLINE_UP_TO = 20;

/** A row's snippet, cut around its first body hit or else its stored opening, and the query's words marked in it and its headline. */
function marked(row: { title: string; snippet: string }, cut: Snippet | null, hl: HighlightTerms): SearchSnippet {
  return {
    snippet: cut?.text ?? row.snippet,
    titleHits: highlightRanges(row.title, hl),
    snippetHits: cut?.ranges ?? highlightRanges(row.snippet, hl),
  };
}

/** What rows are made from; read when a page is asked for, as the archive changes under search. */
export interface RowSources {
  catalogue: () => CatalogueStore;
  user: () => UserSearch;
  index: () => SearchIndex | undefined;
  /** Texts from the text store: one read per article. */
  readTexts: BodyLoader;
  /** Bumped whenever the index or the rows change: snippets cut before are forgotten. */
  generation: () => number;
}

export class ResultRows {
  readonly #cache = new SnippetCache();

  constructor(private readonly from: RowSources) {}

  /**
   * The rows of `page`. Only the first `cutUpTo` rows' snippets are cut now, and any cut
   * before; the rest carry their stored opening and no marks, `snippetPending`, for marks().
   */
  async hits(
    table: FacetTable,
    page: Int32Array,
    scores: Matches | null,
    hl: HighlightTerms,
    cutUpTo = page.length,
  ): Promise<SearchHit[]> {
    const ids = Array.from(page, (p) => table.idAt(p));
    const snippets = hasHighlightTerms(hl) ? await this.#snippets(table, page, ids, hl, cutUpTo) : null;
    const hits: SearchHit[] = [];
    for (const [i, id] of ids.entries()) {
      const stored = this.from.catalogue().article(id);
      if (!stored) continue;
      const threads = this.from.catalogue().threadsIfBuilt() ?? undefined;
      const summary = summarise(stored, this.from.user().summary(id), this.from.catalogue().stories(), threads);
      const score = scores ? scoreAt(scores, page[i]!) : 0;
      const snippet = snippets?.[i];
      // Marking words costs as much as cutting (the Arabic stemmer above all): a pending row's wait too.
      if (snippet === undefined && snippets)
        hits.push({ ...summary, score, titleHits: [], snippetHits: [], snippetPending: true });
      else hits.push({ ...summary, score, ...marked(summary, snippet ?? null, hl) });
    }
    return hits;
  }

  /** The snippets and marks of `ids` as hits() gives them when it cuts; null for an id the table does not list. */
  async marks(table: FacetTable, ids: readonly string[], hl: HighlightTerms): Promise<(SearchSnippet | null)[]> {
    const listed = ids.filter((id) => table.positionOf(id) !== undefined && this.from.catalogue().article(id));
    const page = Int32Array.from(listed, (id) => table.positionOf(id)!);
    const cut = hasHighlightTerms(hl) ? await this.#snippets(table, page, listed, hl, page.length) : [];
    const byId = new Map(listed.map((id, i) => [id, marked(this.from.catalogue().article(id)!, cut[i] ?? null, hl)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /**
   * Each page row's snippet around its first body hit; null for a row whose body has none
   * (it keeps its stored one); undefined for a row from `cutUpTo` on not cut before.
   */
  async #snippets(
    table: FacetTable,
    page: Int32Array,
    ids: string[],
    hl: HighlightTerms,
    cutUpTo: number,
  ): Promise<(Snippet | null | undefined)[]> {
    const known = this.#cache.lookup(this.from.generation(), hl, ids);
    const todo = page.filter((_, i) => i < cutUpTo && known[i] === undefined);
    if (todo.length === 0) return known;
    const first = this.#firstHits(table, todo, hl);
    // Only the bodies of rows not cut before are read, and not those the index shows no body hit for.
    const wanted = Array.from(todo, (p) => table.idAt(p));
    const bodies = await this.from.readTexts(first ? wanted.filter((_, i) => first.has(todo[i]!)) : wanted);
    return ids.map((id, i) => {
      if (known[i] !== undefined || i >= cutUpTo) return known[i];
      const at = first?.get(page[i]!);
      const snippet = !first || at !== undefined ? snippetAroundFirstHit(bodies.get(id) ?? [], hl, at) : null;
      this.#cache.remember(hl, id, snippet);
      return snippet;
    });
  }

  /**
   * Where the index puts each page article's first body hit, so its snippet starts
   * looking in that paragraph (at 100k, scanning and stemming the paragraphs before it
   * cost 10-40 ms a page); an article missing from the map has no body hit. Null for a
   * query with a prefix word: the highlighter also marks a word whose unstemmed form
   * starts with the prefix, which an index of stems cannot place.
   */
  #firstHits(table: FacetTable, page: Int32Array, hl: HighlightTerms): Map<number, number> | null {
    const index = this.from.index();
    if (!index || hl.prefixes.length > 0 || !hasHighlightTerms(hl)) return null;
    return index.firstInBody(table, page, [...hl.terms], hl.phrases);
  }
}
