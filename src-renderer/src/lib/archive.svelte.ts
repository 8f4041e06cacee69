// The reading room's state: what is searched (query, facet filters, sort), the
// results as a sparse page cache, the list's cursor and the open article.
// Components read it; only these methods change it.
import type { Article } from '../../../src-main/contract/archive';
import { isPlainList, narrows, type FacetFilters, type FacetName } from '../../../src-main/contract/search';
import type { SearchSort } from '../../../src-main/contract/search';
import { formatDayRange, parseDayRange, type DayRange } from '../../../src-main/contract/timeline';
import { call, errorMessage } from './api';
import type { KeyAction } from './keyboard';
import { ResultPages } from './result-pages.svelte';
import { SelectionState } from './selection.svelte';
import { automaticSort } from './sort';
import { followTagChange, type TagChange } from './tag-tree';
import type { UrlState } from './url-state';

/** Long enough to skip the searches of a word typed at speed, short enough to feel live. */
export const TYPING_DELAY_MS = 150;

export class ArchiveState {
  /** What the search box holds; becomes `query` once typing pauses. */
  queryInput = $state('');
  query = $state('');
  filters = $state.raw<FacetFilters>({});
  /** The sort the user chose, or null to follow the query (see automaticSort). */
  pickedSort = $state<SearchSort | null>(null);
  sort = $derived(this.pickedSort ?? automaticSort(this.query));
  /** Each story thread once, by its earliest report; in the URL like the sort. */
  collapseThreads = $state(false);
  hasFilters = $derived(narrows(this.filters));
  /** The timeline's brushed range, kept in `filters.date` so it travels wherever the filters go (URL, select-all, export). */
  dateRange = $derived(parseDayRange(this.filters.date));

  /** The row the keyboard is on, or -1. */
  cursor = $state(-1);
  openId = $state<string | null>(null);
  article = $state.raw<Article | null>(null);
  articleLoading = $state(false);
  /** Articles in the whole archive, whatever the search; null until known. */
  storeCount = $state<number | null>(null);
  error = $state<string | null>(null);
  /** Rows the list shows at once: the step of PageUp and PageDown. The list keeps it current. */
  pageRows = 10;

  readonly results = new ResultPages(
    (offset, limit) => this.#search(offset, limit),
    (offset, items) => this.#onPage(offset, items),
    () => call('archive:searchCounts', this.#searchArgs()),
    (ids) => call('archive:searchSnippets', { query: this.query, ids }),
  );
  readonly selection = new SelectionState(this);

  #typing: ReturnType<typeof setTimeout> | undefined;
  #openRequest = 0;

  /** The part of the state a reload restores. The sort is written once it is not the plain default. */
  get urlState(): UrlState {
    const sortShown = this.query !== '' || this.pickedSort !== null;
    return {
      query: this.query,
      filters: this.filters,
      sort: sortShown ? this.sort : null,
      article: this.openId,
      ...(this.collapseThreads && { collapseThreads: true as const }),
    };
  }

  /** Starts from a restored state (the URL's), or from the plain start when there is none. */
  start(state?: UrlState): void {
    if (state) this.restore(state);
    else this.results.reset();
    void this.loadStoreCount();
  }

  /** Takes on a state from the URL: at start, or when the address changes under the app. */
  restore(state: UrlState): void {
    clearTimeout(this.#typing);
    this.queryInput = this.query = state.query;
    this.filters = state.filters;
    // A sort equal to the automatic one was not a choice; keep it automatic.
    this.pickedSort = state.sort && state.sort !== automaticSort(state.query) ? state.sort : null;
    this.collapseThreads = state.collapseThreads === true;
    this.#searchChanged();
    if (state.article) void this.open(state.article);
    else this.#close();
  }

  /** Everything may have changed (an import finished): search again, keeping what the user asked for. */
  refresh(): void {
    this.cursor = -1;
    this.results.reset();
    void this.loadStoreCount();
    if (this.openId) void this.open(this.openId);
  }

  /** The user's work changed rows (tags, notes, highlights): the same search again where the list stands, not from the top. */
  refreshResults(): void {
    this.results.refresh();
  }

  /**
   * Fetches the open article again with the same query, keeping it on screen meanwhile
   * (no loading state), e.g. after its tags or annotations changed. Nothing when no
   * article is open, or when another open overtakes this one.
   */
  async reloadArticle(): Promise<void> {
    const id = this.openId;
    if (id) await this.#show(id);
  }

  /**
   * Tags changed: filters naming a renamed or deleted tag follow it (a new search),
   * otherwise the same search is fetched again in place; the open article too.
   */
  afterTagChange(change: TagChange): void {
    const chosen = this.filters.tag ?? [];
    const next = followTagChange(chosen, change);
    if (next.length !== chosen.length || next.some((name, i) => name !== chosen[i])) {
      const { tag: _old, ...others } = this.filters;
      this.filters = next.length ? { ...others, tag: next } : others;
      this.#searchChanged();
    } else {
      this.refreshResults();
    }
    void this.reloadArticle();
  }

  /** Every id the current search matches, in list order; null (with the error shown) when main cannot say. */
  async allIds(): Promise<string[] | null> {
    try {
      return (await call('archive:ids', { ...this.#searchArgs() })).ids;
    } catch (err) {
      this.error = errorMessage(err);
      return null;
    }
  }

  async loadStoreCount(): Promise<void> {
    try {
      // Stories, not stored versions: the list shows one row per story, and the count matches it.
      this.storeCount = (await call('archive:summary', {})).stories;
    } catch (err) {
      this.error = errorMessage(err);
    }
  }

  /** Search-as-you-type: the query applies once typing pauses. */
  typeQuery(text: string): void {
    this.queryInput = text;
    clearTimeout(this.#typing);
    this.#typing = setTimeout(() => this.applyQuery(), TYPING_DELAY_MS);
  }

  /** Applies what the search box holds now, without waiting for the pause. */
  applyQuery(): void {
    clearTimeout(this.#typing);
    if (this.queryInput === this.query) return;
    this.query = this.queryInput;
    this.#searchChanged();
    // The open article is fetched again so the reader marks the new query's hits.
    if (this.openId) void this.open(this.openId);
  }

  clearQuery(): void {
    this.queryInput = '';
    this.applyQuery();
  }

  toggleFilter(facet: FacetName, value: string): void {
    const { [facet]: chosen = [], ...others } = this.filters;
    const next = chosen.includes(value) ? chosen.filter((v) => v !== value) : [...chosen, value];
    this.filters = next.length ? { ...others, [facet]: next } : others;
    this.#searchChanged();
  }

  /** Brushing the timeline: narrows the results to these days, or lets them go with null. */
  setDateRange(range: DayRange | null): void {
    const { date: _old, ...others } = this.filters;
    const next = range && formatDayRange(range);
    if (next === (this.filters.date ?? null)) return;
    this.filters = next ? { ...others, date: next } : others;
    this.#searchChanged();
  }

  clearFilters(): void {
    if (!this.hasFilters) return;
    this.filters = {};
    this.#searchChanged();
  }

  pickSort(sort: SearchSort): void {
    this.pickedSort = sort;
    this.#searchChanged();
  }

  setCollapseThreads(collapse: boolean): void {
    this.collapseThreads = collapse;
    this.#searchChanged();
  }

  /** Carries out a keyboard action that concerns the list or the search; focus moves are the view's. */
  perform(action: KeyAction): void {
    const last = this.results.total - 1;
    const from = this.cursor;
    const moves: Partial<Record<KeyAction, number>> = {
      next: from < 0 ? 0 : from + 1,
      previous: from < 0 ? 0 : from - 1,
      first: 0,
      last,
      'page-down': Math.max(0, from) + this.pageRows,
      'page-up': Math.max(0, from) - this.pageRows,
    };
    const target = moves[action];
    if (target !== undefined && last >= 0) {
      // A plain move goes back to one selected row, the cursor's.
      this.selection.clear();
      this.cursor = Math.max(0, Math.min(last, target));
    } else if (action === 'open') this.openAt(this.cursor);
    else if (action === 'extend-next') this.selection.extend(1);
    else if (action === 'extend-previous') this.selection.extend(-1);
    else if (action === 'select-all') void this.selection.selectAll();
    else if (action === 'clear-query') this.clearQuery();
    // Escape outside the search box undoes the narrowest thing first: the selection, filters, then the query.
    else if (action === 'clear-filters') {
      if (this.selection.clear()) return;
      if (this.hasFilters) this.clearFilters();
      else this.clearQuery();
    }
  }

  /** Opens the row at `index` and puts the cursor on it; nothing while its page is loading. */
  openAt(index: number): void {
    const hit = this.results.row(index);
    if (!hit) return;
    this.cursor = index;
    void this.open(hit.id);
  }

  /** Fetches an article with the current query, so the reader gets its hits. */
  async open(id: string): Promise<void> {
    this.openId = id;
    this.articleLoading = true;
    await this.#show(id);
  }

  /**
   * Fetches the article and shows it, unless a later open or reload has overtaken
   * this one: only the newest answer is shown, and it ends the loading state (a
   * reload may overtake an open still loading).
   */
  async #show(id: string): Promise<void> {
    const request = ++this.#openRequest;
    try {
      const article = await call('archive:get', this.query ? { id, query: this.query } : { id });
      if (request !== this.#openRequest) return;
      this.article = article;
      if (!article) this.openId = null;
    } catch (err) {
      if (request === this.#openRequest) this.error = errorMessage(err);
    } finally {
      if (request === this.#openRequest) this.articleLoading = false;
    }
  }

  #close(): void {
    this.#openRequest++;
    this.openId = null;
    this.article = null;
    this.articleLoading = false;
  }

  #searchChanged(): void {
    this.selection.clear();
    this.cursor = -1;
    this.results.reset();
  }

  async #search(offset: number, limit: number) {
    const args = this.#searchArgs();
    const page = await call('archive:search', { ...args, offset, limit });
    // The plain list's total is the story count: the panes need not wait for archive:summary.
    if (this.storeCount === null && isPlainList(args)) this.storeCount = page.total;
    return page;
  }

  /** What is searched; collapsing is said only when on, so a plain search asks as it always did. */
  #searchArgs() {
    const { query, filters, sort } = this;
    return { query, filters, sort, ...(this.collapseThreads && { collapseThreads: true }) };
  }

  #onPage(offset: number, items: { id: string }[]): void {
    if (this.cursor < 0 && this.openId) {
      const at = items.findIndex((hit) => hit.id === this.openId);
      if (at >= 0) this.cursor = offset + at;
    }
    // With nothing open yet, the first article is opened, so the reader is never blank for no reason.
    if (offset === 0 && this.openId === null && items.length > 0) this.openAt(0);
  }
}
