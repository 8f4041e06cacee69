// Search over the archive, as the service uses it: owns the index and the metadata
// rows, answers archive:search pages, and keeps both current across imports and restarts.
import type { ArticleBody } from '../../contract/archive';
import type { DispatchRecord } from '../../contract/records';
import type { ArticleHighlights, FacetFilters, Facets, SearchHit, SearchPage, SearchSort } from '../../contract/search';
import { NO_TIMELINE, type Timeline } from '../../contract/timeline';
import type { BodyStore } from '../store/bodies';
import { summarise, type CatalogueStore } from '../store/catalogue';
import { buildRows } from './article-rows';
import { compileQuery, readsThreads, type ArticleRow, type HighlightTerms, type Matcher } from './compile-query';
import { dayNumbers } from './day-column';
import { evaluate, type EvaluationContext } from './evaluate';
import { FacetTable } from './facets';
import { articleHighlights, hasHighlightTerms, highlightRanges, snippetAroundFirstHit } from './highlight';
import { IndexFile, type SearchStores } from './index/index-file';
import { storeArticle, syncIndex, type BodyLoader } from './index/index-sync';
import { parseQuery } from './query';
import { QuerySyntaxError } from './query-errors';
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

/** One evaluated query: every match's table position in order, kept while the user pages through it. */
interface ResultSet {
  generation: number;
  userGeneration: number;
  table: FacetTable;
  positions: Int32Array;
  scores: Matches | null;
  facets: Facets;
  timeline: Timeline;
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

/** Without threads until the catalogue has built them (see ArchiveSearch.threadsReady). */
function buildTables(catalogue: CatalogueStore): Tables {
  const { rows, listedAt } = buildRows(
    catalogue.data.articles,
    catalogue.data.folders,
    catalogue.stories(),
    catalogue.threadsIfBuilt() ?? undefined,
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
  readonly ready: Promise<void>;
  /**
   * Settles once the rows carry their threads: the catalogue builds its thread index after
   * open, a slice at a time (store/thread-build.ts), so the first list page never waits
   * for it; then the tables are built again and `onThreads` is called, for the list to refetch.
   */
  readonly threadsReady: Promise<void>;

  constructor(
    private readonly catalogue: CatalogueStore,
    private readonly bodies: BodyStore,
    private readonly user: UserSearch,
    dataDir: string,
    warnings: string[],
    onThreads: () => void = () => undefined,
  ) {
    this.#file = new IndexFile(dataDir);
    this.#tables = buildTables(catalogue);
    this.threadsReady = this.#withThreads().then(onThreads);
    // The list (an empty query) works from the rows at once; text queries wait for the index.
    this.ready = this.#open();
    this.ready.catch((err: unknown) =>
      warnings.push(`The search index could not be opened: ${err instanceof Error ? err.message : String(err)}`),
    );
  }

  async #withThreads(): Promise<void> {
    if (this.catalogue.threadsIfBuilt()) return;
    await this.catalogue.buildThreads();
    this.#tables = buildTables(this.catalogue);
    this.#generation++;
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
    if (changed > 0 || this.#dirty) {
      this.#dirty = false;
      await this.#file.save(stores);
    }
  }

  async search(args: SearchArgs): Promise<SearchPage> {
    const parsed = parseQuery(args.query);
    // The schema admits only the range's shape; a day the calendar lacks (2016-02-30) is said like a bad `date:`.
    const rangeError =
      dayNumbers(args.filters.date) === 'invalid'
        ? new QuerySyntaxError('date-invalid', args.filters.date).toQueryError()
        : null;
    if (!parsed.ok || rangeError)
      return {
        total: 0,
        offset: args.offset,
        items: [],
        facets: this.#tables.facets.select(NO_MATCHES, {}, this.user.columns(this.#tables.facets)).facets,
        queryError: parsed.ok ? rangeError : parsed.error,
        timeline: NO_TIMELINE,
      };
    const { matcher, highlight } = compileQuery(parsed.node);
    const result = await this.#resultSet(matcher, args);
    const page = result.positions.subarray(args.offset, args.offset + args.limit);
    return {
      total: result.positions.length,
      offset: args.offset,
      items: await this.#hits(result.table, page, result.scores, highlight),
      facets: result.facets,
      queryError: null,
      timeline: args.offset === 0 ? result.timeline : null,
    };
  }

  /** Every matching id in list order, for range selection and "select all"; empty for a query that does not parse. */
  async ids(args: Omit<SearchArgs, 'offset' | 'limit'>): Promise<string[]> {
    const parsed = parseQuery(args.query);
    if (!parsed.ok) return [];
    const result = await this.#resultSet(compileQuery(parsed.node).matcher, { ...args, offset: 0, limit: 1 });
    return Array.from(result.positions, (p) => result.table.idAt(p));
  }

  // Scrolling asks for page after page of one query: it is evaluated once, until the archive changes.
  async #resultSet(matcher: Matcher | null, args: SearchArgs): Promise<ResultSet> {
    const key = JSON.stringify([args.query.trim(), args.filters, args.sort, args.collapseThreads === true]);
    const cached = this.#cache.get(key);
    // A tag or a note changes what `tag:`, `has:`, the notes and the user facets match.
    if (cached?.generation === this.#generation && cached.userGeneration === this.user.generation) return cached;
    const generation = this.#generation;
    const userGeneration = this.user.generation;
    if (matcher) await this.ready;
    // A thread filter or a collapsed list read the rows' threads: never answered without them.
    if (args.collapseThreads || (matcher && readsThreads(matcher))) await this.threadsReady;
    // One set of tables throughout: positions from one table mean nothing in another.
    const tables = this.#tables;
    const { facets: table, orders, stories } = tables;
    const scores = matcher ? stories.fold(await evaluate(matcher, this.#context(tables))) : null;
    const selected = table.select(scores ?? stories.listed, args.filters, this.user.columns(table));
    const result = {
      generation,
      userGeneration,
      table,
      positions: args.collapseThreads
        ? earliestOfThreads(orders.sort(selected, args.sort), tables.rows)
        : orders.sort(selected, args.sort),
      scores,
      facets: selected.facets,
      timeline: selected.timeline,
    };
    this.#remember(key, result);
    return result;
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
    const first = this.#firstHits(table, page, hl);
    // Only the page's bodies are read, to cut each snippet around its first hit; not
    // those the index shows no body hit for, which keep their stored snippet.
    const bodies = hasHighlightTerms(hl)
      ? await this.#readTexts(first ? ids.filter((_, i) => first.has(page[i]!)) : ids)
      : null;
    const hits: SearchHit[] = [];
    for (const [i, id] of ids.entries()) {
      const stored = this.catalogue.article(id);
      if (!stored) continue;
      const threads = this.catalogue.threadsIfBuilt() ?? undefined;
      const summary = summarise(stored, this.user.summary(id), this.catalogue.stories(), threads);
      const at = first?.get(page[i]!);
      const snippet =
        bodies && (!first || at !== undefined) ? snippetAroundFirstHit(bodies.get(id) ?? [], hl, at) : null;
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

/**
 * Only the positions a collapsed list shows: an article in no thread, or its thread's
 * earliest report, whose id the thread bears (store/story-threads.ts). A thread whose
 * earliest report the query or filters leave out is not shown: collapsing narrows, it never adds.
 */
function earliestOfThreads(positions: Int32Array, rows: readonly ArticleRow[]): Int32Array {
  return positions.filter((p) => {
    const row = rows[p]!;
    return row.threadId === undefined || row.threadId === row.id;
  });
}
