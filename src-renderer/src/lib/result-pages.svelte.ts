// The search results as a sparse cache of pages: only the pages around what the
// list shows are fetched and kept, so 100,000 hits never sit in memory or the DOM
// at once. A new search starts a new generation; answers to older generations are
// dropped, so a slow reply to an old query can never overwrite a newer one.
import { SvelteMap } from 'svelte/reactivity';
import {
  pendingSnippetIds,
  withSnippets,
  type Facets,
  type QueryError,
  type SearchCounts,
  type SearchHit,
  type SearchPage,
  type SearchSnippets,
} from '../../../src-main/contract/search';
import { NO_TIMELINE, type Timeline } from '../../../src-main/contract/timeline';
import { pagesCovering, type RowRange } from './virtual-window';
import { errorMessage } from './api';

export const PAGE_SIZE = 100;
/** 3,000 rows: many screens either way of the view, a few MB at most. */
const MAX_CACHED_PAGES = 30;
/** A fling through the list wants many pages; fetching two at a time skips those scrolled past before their turn. */
const MAX_IN_FLIGHT = 2;

export const NO_FACETS: Facets = {
  folder: [],
  agency: [],
  place: [],
  language: [],
  period: [],
  status: [],
  tag: [],
  annotated: [],
  person: [],
  org: [],
  location: [],
};

export type FetchPage = (offset: number, limit: number) => Promise<SearchPage>;
export type PageListener = (offset: number, items: SearchHit[]) => void;
/** The facet counts and timeline of the current search, when its first page came without them. */
export type FetchCounts = () => Promise<SearchCounts>;
/** The snippets of the current search's rows that came `snippetPending`, aligned with `ids`. */
export type FetchSnippets = (ids: string[]) => Promise<SearchSnippets>;

export class ResultPages {
  total = $state(0);
  facets = $state.raw<Facets>(NO_FACETS);
  /** The results by day; only a search's first page brings it, so scrolling never redraws the chart. */
  timeline = $state.raw<Timeline>(NO_TIMELINE);
  queryError = $state<QueryError | null>(null);
  error = $state<string | null>(null);
  /**
   * True while a search with many hits has its first page but not yet its facet counts
   * and timeline (main sends the page first, issue 20); the previous ones stay shown.
   */
  countsPending = $state(false);
  /** False until the first page of the current search arrives; the rows shown meanwhile are the previous search's. */
  current = $state(false);
  /** Bumped by every new search, so the list can scroll back to the top. */
  generation = $state(0);

  #pages = new SvelteMap<number, SearchHit[]>();
  // Bookkeeping of requests, never read by a view, so plain sets.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #pending = new Set<number>();
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #failed = new Set<number>();
  /** Cached pages from before a refresh: shown until their fresh copy arrives. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #stale = new Set<number>();
  #inFlight = 0;
  #gen = 0;
  #wanted: RowRange = { start: 0, end: 1 };

  #fetchPage: FetchPage;
  #onPage: PageListener;
  #fetchCounts: FetchCounts | null;
  #fetchSnippets: FetchSnippets | null;
  /** The generation whose counts were asked for, so a search asks once. */
  #countsAsked = -1;

  constructor(
    fetchPage: FetchPage,
    onPage: PageListener = () => {},
    fetchCounts: FetchCounts | null = null,
    fetchSnippets: FetchSnippets | null = null,
  ) {
    this.#fetchPage = fetchPage;
    this.#onPage = onPage;
    this.#fetchCounts = fetchCounts;
    this.#fetchSnippets = fetchSnippets;
  }

  /** The hit at `index`, or undefined while its page is not loaded. */
  row(index: number): SearchHit | undefined {
    return this.#pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];
  }

  /** Every row of the cache, in no particular order: what is known of the results without asking main. */
  loadedHits(): SearchHit[] {
    return [...this.#pages.values()].flat();
  }

  /** The index of the article `id` among the loaded rows, or -1. */
  indexOf(id: string): number {
    for (const [page, items] of this.#pages) {
      const at = items.findIndex((hit) => hit.id === id);
      if (at >= 0) return page * PAGE_SIZE + at;
    }
    return -1;
  }

  /**
   * Starts a new search. The old rows stay on screen until the new first page
   * arrives, so typing does not flash an empty list between keystrokes.
   */
  reset(): void {
    this.#gen++;
    this.generation = this.#gen;
    this.current = false;
    this.#stale.clear();
    this.#restartRequests();
    this.#wanted = { start: 0, end: Math.max(1, this.#wanted.end - this.#wanted.start) };
    this.#pump();
  }

  /**
   * Fetches the same search again where the list stands (the user's tags or notes
   * changed rows and counts): the cached rows stay on screen until their fresh copy
   * arrives, and `generation` stays, so the list keeps its scroll.
   */
  refresh(): void {
    for (const page of this.#pages.keys()) this.#stale.add(page);
    this.#gen++;
    this.#restartRequests();
    this.#pump();
  }

  #restartRequests(): void {
    this.#pending.clear();
    this.#failed.clear();
    this.#inFlight = 0;
  }

  /** Asks for the rows of `range`; the pages missing from the cache are fetched. */
  want(range: RowRange): void {
    this.#wanted = range;
    this.#pump();
  }

  #pump(): void {
    const wanted = pagesCovering(this.#wanted, PAGE_SIZE);
    // The first page also brings the total and the facets, so it always goes first.
    if (!this.current && !wanted.includes(0)) wanted.unshift(0);
    for (const page of wanted) {
      if (this.#inFlight >= MAX_IN_FLIGHT) return;
      const cached = this.current && this.#pages.has(page) && !this.#stale.has(page);
      if (!cached && !this.#pending.has(page) && !this.#failed.has(page)) void this.#load(page, this.#gen);
    }
  }

  async #load(page: number, gen: number): Promise<void> {
    this.#pending.add(page);
    this.#inFlight++;
    try {
      const result = await this.#fetchPage(page * PAGE_SIZE, PAGE_SIZE);
      if (gen === this.#gen) this.#accept(page, result);
    } catch (err) {
      if (gen === this.#gen) {
        this.#failed.add(page);
        this.error = errorMessage(err);
      }
    } finally {
      if (gen === this.#gen) {
        this.#pending.delete(page);
        this.#inFlight--;
        this.#pump();
      }
    }
  }

  #accept(page: number, result: SearchPage): void {
    if (!this.current) {
      this.#pages.clear();
      this.current = true;
    }
    this.error = null;
    this.total = result.total;
    if (result.countsPending) this.#loadCounts(this.#gen);
    else {
      this.countsPending = false;
      this.facets = result.facets;
      if (result.timeline) this.timeline = result.timeline;
    }
    this.queryError = result.queryError;
    this.#pages.set(page, result.items);
    this.#stale.delete(page);
    this.#evictFarPages();
    this.#onPage(result.offset, result.items);
    if (result.items.some((hit) => hit.snippetPending)) void this.#loadSnippets(page, result.items, this.#gen);
  }

  /**
   * Fills in the snippets a first page came without (main cuts only the first screen's
   * before sending it, issue 20): its rows show their opening lines until then.
   */
  async #loadSnippets(page: number, items: SearchHit[], gen: number): Promise<void> {
    if (!this.#fetchSnippets) return;
    const ids = pendingSnippetIds(items);
    try {
      const answer = await this.#fetchSnippets(ids);
      // A newer search, or a fresh copy of the page, has replaced these rows meanwhile.
      if (gen === this.#gen && this.#pages.get(page) === items) this.#pages.set(page, withSnippets(items, ids, answer));
    } catch (err) {
      if (gen === this.#gen) this.error = errorMessage(err);
    }
  }

  async #loadCounts(gen: number): Promise<void> {
    if (this.#countsAsked === gen || !this.#fetchCounts) return;
    this.#countsAsked = gen;
    this.countsPending = true;
    try {
      const counts = await this.#fetchCounts();
      if (gen !== this.#gen) return;
      this.total = counts.total;
      this.facets = counts.facets;
      this.timeline = counts.timeline;
      this.countsPending = false;
    } catch (err) {
      if (gen === this.#gen) this.error = errorMessage(err);
    }
  }

  #evictFarPages(): void {
    if (this.#pages.size <= MAX_CACHED_PAGES) return;
    const centre = (this.#wanted.start + this.#wanted.end) / 2 / PAGE_SIZE;
    const byDistance = [...this.#pages.keys()].sort((a, b) => Math.abs(b - centre) - Math.abs(a - centre));
    for (const page of byDistance.slice(0, this.#pages.size - MAX_CACHED_PAGES)) {
      this.#pages.delete(page);
      this.#stale.delete(page);
    }
  }
}
