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
  type SearchPage,
  type SearchSnippet,
  type SearchSort,
} from '../../contract/search';
import { NO_TIMELINE } from '../../contract/timeline';
import type { BodyStore } from '../store/bodies';
import type { CatalogueStore } from '../store/catalogue';
import { compileQuery, readsThreads, type Matcher } from './compile-query';
import { evaluate, type EvaluationContext } from './evaluate';
import { articleHighlights } from './highlight';
import { ResultRows, SNIPPETS_INLINE_UP_TO } from './result-rows';
import { parseSearch } from './search-request';
import { COUNTS_INLINE_UP_TO, countsOf, pageOf, resultSet, type ResultSet } from './result-set';
import { IndexFile, type SearchStores } from './index/index-file';
import { storeArticle, syncIndex, type BodyLoader } from './index/index-sync';
import { parseQuery } from './query';
import { NO_MATCHES, type Matches } from './index/matches';
import { QueryMatches } from './query-matches';
import { buildTables, type Tables } from './search-tables';
import { turnByTurn, warmSearch, warmSteps } from './warm-search';
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

export class ArchiveSearch {
  #stores: SearchStores | null = null;
  #tables: Tables;
  readonly #file: IndexFile;
  /** Bumped whenever the index or the rows change; cached results of older generations are dropped. */
  #generation = 0;
  #dirty = false;
  #warmed = false;
  #cache = new Map<string, ResultSet>();
  /** Each query's matches, for the other sorts and filters of the same query. */
  readonly #matches = new QueryMatches();
  readonly #rows = new ResultRows({
    // Thunks: fields are set before the constructor's own parameters are.
    catalogue: () => this.catalogue,
    user: () => this.user,
    index: () => this.#stores?.index,
    readTexts: (ids) => this.#readTexts(ids),
    generation: () => this.#generation,
  });
  /** Settles once the index is open and the search path warm (warm-search.ts). */
  readonly ready: Promise<void>;
  /** Settles once the index is open: what text queries wait for, the warm-up's among them. */
  readonly #indexOpen: Promise<void>;
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
    const opened = this.#open();
    this.#indexOpen = opened.then(() => undefined);
    this.#indexOpen.catch(() => undefined); // reported through `ready`
    this.ready = opened.then((changed) => this.#warmThenSave(changed));
    this.ready.catch((err: unknown) =>
      warnings.push(`The search index could not be opened: ${err instanceof Error ? err.message : String(err)}`),
    );
  }

  async #withThreads(): Promise<void> {
    if (this.catalogue.threadsIfBuilt()) return;
    await this.catalogue.buildThreads();
    // Only the rows' thread ids change, and only compile-query.ts and result-set.ts read them:
    // set in place, sparing a rebuild of every table (~0.7 s of main thread at 100k).
    const threads = this.catalogue.threads();
    for (const row of this.#tables.rows) row.threadId = threads.summaryOf(row.id)?.id;
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

  /** The index loaded or built, caught up with the catalogue: how many articles that changed. */
  async #open(): Promise<number> {
    const saved = await this.#file.load();
    const stores = saved ?? (await this.#file.create());
    const changed = await syncIndex(stores, this.catalogue.data.articles, this.#readBodies);
    this.#stores = stores;
    this.#generation++;
    return changed;
  }

  // Part of being ready, a step a turn: fire and forget, the first writes after ready waited
  // behind a step each (50-190 ms at 100k, loaded), and the warm searches and the mention
  // columns (~360 ms in one turn) ran among the bench's first writes and searches (issue 20).
  async #warmThenSave(changed: number): Promise<void> {
    await this.#warm();
    if (changed > 0) await this.#file.save(this.#stores!);
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
    void this.#warm();
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
    const page = pageOf(result, args.offset, args.limit);
    const cutUpTo = args.offset === 0 ? this.snippetsInlineUpTo : args.limit;
    return {
      total: result.hits.positions.length,
      offset: args.offset,
      items: await this.#rows.hits(result.table, page, result.scores, parsed.highlight, cutUpTo),
      facets: counts?.facets ?? NO_FACET_COUNTS,
      queryError: null,
      timeline: args.offset === 0 ? (counts?.timeline ?? null) : null,
      ...(pending && { countsPending: true }),
    };
  }

  /** The rows of a first page cut and marked before it is sent (result-rows.ts); tests change it. */
  snippetsInlineUpTo = SNIPPETS_INLINE_UP_TO;

  /** The snippets and marks of a first page's rows that came `snippetPending`; null for an id not listed. */
  async snippets(query: string, ids: readonly string[]): Promise<(SearchSnippet | null)[]> {
    const parsed = parseQuery(query);
    const { highlight } = compileQuery(parsed.ok ? parsed.node : null);
    if (parsed.ok && parsed.node) await this.#indexOpen;
    return this.#rows.marks(this.#tables.facets, ids, highlight);
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
    if (matcher) await this.#indexOpen;
    // A thread filter or a collapsed list read the rows' threads: never answered without them.
    if (args.collapseThreads || (matcher && readsThreads(matcher))) await this.threadsReady;
    // One set of tables throughout: positions from one table mean nothing in another.
    const tables = this.#tables;
    const { facets: table, stories } = tables;
    const evaluated = async (): Promise<Matches> => stories.fold(await evaluate(matcher!, this.#context(tables)));
    const stamp = { generation, userGeneration, table };
    const scores = matcher ? await this.#matches.get(args.query.trim(), stamp, evaluated) : null;
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

  /** After the index opens or an import, what the first search would build on its way (the first
   * `Syria` at 100k took 363 ms, issue 20); once a start, searches down the whole path. */
  async #warm(): Promise<void> {
    await turnByTurn(warmSteps(this.#tables, this.#stores?.index, this.user));
    if (this.#warmed) return;
    this.#warmed = true;
    await warmSearch({
      search: (args) => this.search(args),
      snippets: (query, ids) => this.snippets(query, ids),
      counts: (args) => this.counts(args),
    }).catch(() => undefined);
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
    return {
      index: this.#stores!.index,
      table: facets,
      rows: tables.rows,
      user: this.user,
      facetRows: (name, value) => facets.positionsWith(name, value),
      // A getter: only a query naming a person, organisation or place needs the mention columns built.
      get mentions() {
        return facets.mentions;
      },
    };
  }

  #remember(key: string, result: ResultSet): void {
    this.#cache.delete(key);
    this.#cache.set(key, result);
    for (const old of this.#cache.keys()) {
      if (this.#cache.size <= CACHED_RESULTS) break;
      this.#cache.delete(old);
    }
  }
}
