// Search over the archive, as the service uses it: owns the index and the metadata
// rows, answers archive:search pages, and keeps both current across imports and restarts.
import type { ArticleBody } from '../../contract/archive';
import type { DispatchRecord } from '../../contract/records';
import {
  NO_FACET_COUNTS,
  type ArticleHighlights,
  type FacetFilters,
  type QueryError,
  type SearchCounts,
  type SearchHit,
  type SearchPage,
  type SearchSort,
} from '../../contract/search';
import { NO_TIMELINE } from '../../contract/timeline';
import type { BodyStore } from '../store/bodies';
import { summarise, type CatalogueStore } from '../store/catalogue';
import { buildRows } from './article-rows';
import { compileQuery, type ArticleRow, type HighlightTerms, type Matcher } from './compile-query';
import { evaluate, type EvaluationContext } from './evaluate';
import { FacetTable } from './facets';
import {
  articleHighlights,
  hasHighlightTerms,
  highlightRanges,
  snippetAroundFirstHit,
  type Snippet,
} from './highlight';
import { SnippetCache } from './snippet-cache';
import { parseSearch } from './search-request';
import { COUNTS_INLINE_UP_TO, countsOf, pageOf, resultSet, type ResultSet } from './result-set';
import { IndexFile, type SearchStores } from './index/index-file';
import { storeArticle, syncIndex, type BodyLoader } from './index/index-sync';
import { parseQuery } from './query';
import { NO_MATCHES, scoreAt, type Matches } from './index/matches';
import { SortOrders } from './sort-hits';
import { StoryFold } from './story-fold';
import type { UserSearch } from './user-search';

export interface SearchArgs {
  query: string;
  filters: FacetFilters;
  sort: SearchSort;
  offset: number;
  limit: number;
  /** Each story thread once, by its earliest report. */
  collapseThreads?: boolean;
}

const CACHED_RESULTS = 8;

/** What search knows of the catalogue's metadata, rebuilt together after each import. */
interface Tables {
  /** By facet-table position. */
  rows: ArticleRow[];
  facets: FacetTable;
  orders: SortOrders;
  /** Which positions are superseded versions, and their stories' listed ones. */
  stories: StoryFold;
}

function buildTables(catalogue: CatalogueStore): Tables {
  const { rows, listedAt } = buildRows(
    catalogue.data.articles,
    catalogue.data.folders,
    catalogue.stories(),
    catalogue.threads(),
  );
  const facets = new FacetTable(rows);
  const stories = new StoryFold(listedAt);
  return { rows, facets, orders: new SortOrders(facets, rows, stories.mask), stories };
}

export class ArchiveSearch {
  #stores: SearchStores | null = null;
  #tables: Tables;
  readonly #file: IndexFile;
  /** Bumped whenever the index or the rows change; cached results of older generations are dropped. */
  #generation = 0;
  #dirty = false;
  #cache = new Map<string, ResultSet>();
  readonly #snippetCache = new SnippetCache();
  readonly ready: Promise<void>;

  constructor(
    private readonly catalogue: CatalogueStore,
    private readonly bodies: BodyStore,
    private readonly user: UserSearch,
    dataDir: string,
    warnings: string[],
  ) {
    this.#file = new IndexFile(dataDir);
    this.#tables = buildTables(catalogue);
    // The list (an empty query) works from the rows at once; text queries wait for the index.
    this.ready = this.#open();
    this.ready.catch((err: unknown) =>
      warnings.push(`The search index could not be opened: ${err instanceof Error ? err.message : String(err)}`),
    );
  }

  /** Bodies from the BodyStore, for (re)indexing only: searches read the text store. */
  readonly #readBodies: BodyLoader = async (ids) => {
    const out = new Map<string, string[]>();
    // syncIndex asks in id order, so each body shard is read once.
    for (const id of ids) out.set(id, (await this.bodies.get(id))?.paragraphs ?? []);
    return out;
  };

  /** Texts from the text store: one read per article, for the snippets of a page. */
  readonly #readTexts: BodyLoader = (ids) => this.#stores?.texts.read(ids) ?? Promise.resolve(new Map());

  async #open(): Promise<void> {
    const saved = await this.#file.load();
    const stores = saved ?? (await this.#file.create());
    const changed = await syncIndex(stores, this.catalogue.data.articles, this.#readBodies);
    this.#stores = stores;
    this.#generation++;
    this.#warm();
    if (changed > 0) await this.#file.save(stores);
  }

  /** Indexes an article as the importer stores it, so a full import never reads bodies back. */
  indexRecord(record: DispatchRecord): void {
    const stored = this.catalogue.article(record.id);
    if (!this.#stores || !stored) return;
    storeArticle(this.#stores, stored, record.paragraphs);
    this.#dirty = true;
    this.#generation++;
  }

  /** After an import: rows from the catalogue, the index caught up with it, and saved. */
  async refresh(): Promise<void> {
    await this.ready;
    const stores = this.#stores!;
    this.#tables = buildTables(this.catalogue);
    const changed = await syncIndex(stores, this.catalogue.data.articles, this.#readBodies);
    this.#generation++;
    this.#warm();
    if (changed > 0 || this.#dirty) {
      this.#dirty = false;
      await this.#file.save(stores);
    }
  }

  /** Matches above this many leave the page's counts for counts(); tests lower it to see both paths. */
  countsInlineUpTo = COUNTS_INLINE_UP_TO;

  async search(args: SearchArgs): Promise<SearchPage> {
    const parsed = parseSearch(args.query, args.filters);
    if (!parsed.ok) return { ...this.#failed(parsed.error), offset: args.offset, items: [] };
    const result = await this.#resultSet(parsed.matcher, args);
    const work = result.counts ? 0 : result.countWork + this.user.columnsToBuild(result.table);
    const pending = work > this.countsInlineUpTo;
    const counts = pending ? null : countsOf(result);
    return {
      total: result.hits.positions.length,
      offset: args.offset,
      items: await this.#hits(result.table, pageOf(result, args.offset, args.limit), result.scores, parsed.highlight),
      facets: counts?.facets ?? NO_FACET_COUNTS,
      queryError: null,
      timeline: args.offset === 0 ? (counts?.timeline ?? null) : null,
      ...(pending && { countsPending: true }),
    };
  }

  /** The facet counts and timeline of a search whose page said `countsPending`; evaluated only if no longer cached. */
  async counts(args: Omit<SearchArgs, 'offset' | 'limit'>): Promise<SearchCounts> {
    const parsed = parseSearch(args.query, args.filters);
    if (!parsed.ok) return { ...this.#failed(parsed.error), timeline: NO_TIMELINE };
    const result = await this.#resultSet(parsed.matcher, { ...args, offset: 0, limit: 1 });
    return { total: result.hits.positions.length, ...countsOf(result) };
  }

  #failed(queryError: QueryError): Pick<SearchPage, 'total' | 'facets' | 'queryError' | 'timeline'> {
    const { facets } = this.#tables.facets.select(NO_MATCHES, {}, this.user.columns(this.#tables.facets));
    return { total: 0, facets, queryError, timeline: NO_TIMELINE };
  }

  /** Every matching id in list order, for range selection and "select all"; empty for a query that does not parse. */
  async ids(args: Omit<SearchArgs, 'offset' | 'limit'>): Promise<string[]> {
    const parsed = parseQuery(args.query);
    if (!parsed.ok) return [];
    const result = await this.#resultSet(compileQuery(parsed.node).matcher, { ...args, offset: 0, limit: 1 });
    return Array.from(pageOf(result, 0, result.hits.positions.length), (p) => result.table.idAt(p));
  }

  // Scrolling asks for page after page of one query: it is evaluated once, until the archive
  // changes. Only the first page's rows are put in order at first, and the counts wait until asked.
  async #resultSet(matcher: Matcher | null, args: SearchArgs): Promise<ResultSet> {
    const key = JSON.stringify([args.query.trim(), args.filters, args.sort, args.collapseThreads === true]);
    const cached = this.#cache.get(key);
    // A tag or a note changes what `tag:`, `has:`, the notes and the user facets match.
    if (cached?.generation === this.#generation && cached.userGeneration === this.user.generation) return cached;
    const generation = this.#generation;
    const userGeneration = this.user.generation;
    if (matcher) await this.ready;
    // One set of tables throughout: positions from one table mean nothing in another.
    const tables = this.#tables;
    const { facets: table, stories } = tables;
    const scores = matcher ? stories.fold(await evaluate(matcher, this.#context(tables))) : null;
    const result = resultSet(
      { generation, userGeneration },
      tables,
      { scores, matching: scores ?? stories.listed },
      { ...args, firstRows: args.offset + args.limit },
      () => this.user.columns(table),
    );
    this.#remember(key, result);
    return result;
  }

  /**
   * After the index opens or an import: what the first search would build on its way (each
   * article's place in the index, the date order and its ranks), off the path of `ready`.
   * Part of why the first `Syria` at 100k took 363 ms by relevance, then 69 by date (issue 20).
   */
  #warm(): void {
    setImmediate(() => {
      const { facets, orders } = this.#tables;
      this.#stores?.index.prepare(facets);
      orders.prepare();
    });
  }

  /** Where `query` hits an article's text; null without a query or with one that does not parse. */
  highlights(title: string, body: ArticleBody, query: string | undefined): ArticleHighlights | null {
    if (!query?.trim()) return null;
    const parsed = parseQuery(query);
    if (!parsed.ok) return null;
    return articleHighlights(title, body, compileQuery(parsed.node).highlight);
  }

  #context(tables: Tables): EvaluationContext {
    const { facets } = tables;
    return { index: this.#stores!.index, table: facets, rows: tables.rows, user: this.user, mentions: facets.mentions };
  }

  #remember(key: string, result: ResultSet): void {
    this.#cache.delete(key);
    this.#cache.set(key, result);
    for (const old of this.#cache.keys()) {
      if (this.#cache.size <= CACHED_RESULTS) break;
      this.#cache.delete(old);
    }
  }

  async #hits(table: FacetTable, page: Int32Array, scores: Matches | null, hl: HighlightTerms): Promise<SearchHit[]> {
    const ids = Array.from(page, (p) => table.idAt(p));
    const snippets = hasHighlightTerms(hl) ? await this.#snippets(table, page, ids, hl) : null;
    const hits: SearchHit[] = [];
    for (const [i, id] of ids.entries()) {
      const stored = this.catalogue.article(id);
      if (!stored) continue;
      const summary = summarise(stored, this.user.summary(id), this.catalogue.stories(), this.catalogue.threads());
      const snippet = snippets?.[i];
      hits.push({
        ...summary,
        snippet: snippet?.text ?? summary.snippet,
        score: scores ? scoreAt(scores, page[i]!) : 0,
        titleHits: highlightRanges(summary.title, hl),
        snippetHits: snippet?.ranges ?? highlightRanges(summary.snippet, hl),
      });
    }
    return hits;
  }

  /** Each page row's snippet around its first body hit; null for a row whose body has none (it keeps its stored one). */
  async #snippets(table: FacetTable, page: Int32Array, ids: string[], hl: HighlightTerms): Promise<(Snippet | null)[]> {
    const known = this.#snippetCache.lookup(this.#generation, hl, ids);
    const todo = page.filter((_, i) => known[i] === undefined);
    if (todo.length === 0) return known as (Snippet | null)[];
    const first = this.#firstHits(table, todo, hl);
    // Only the bodies of rows not cut before are read, and not those the index shows no body hit for.
    const wanted = Array.from(todo, (p) => table.idAt(p));
    const bodies = await this.#readTexts(first ? wanted.filter((_, i) => first.has(todo[i]!)) : wanted);
    return ids.map((id, i) => {
      if (known[i] !== undefined) return known[i];
      const at = first?.get(page[i]!);
      const snippet = !first || at !== undefined ? snippetAroundFirstHit(bodies.get(id) ?? [], hl, at) : null;
      this.#snippetCache.remember(hl, id, snippet);
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
    const index = this.#stores?.index;
    if (!index || hl.prefixes.length > 0 || !hasHighlightTerms(hl)) return null;
    return index.firstInBody(table, page, [...hl.terms], hl.phrases);
  }
}
