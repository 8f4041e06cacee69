// One evaluated query, kept while the user pages through it (archive-search.ts caches a
// few): its hits, the rows put in order so far, and its facet counts once asked for.
// A first page orders only its own rows and need not wait for the counts (issue 20).
import { USER_FACETS, type FacetFilters, type SearchSort } from '../../contract/search';
import type { ArticleRow } from './compile-query';
import type { FacetColumnLike, FacetOutcome, FacetTable } from './facets';
import type { Matches } from './index/matches';
import type { SortOrders } from './sort-hits';

type Counts = Pick<FacetOutcome, 'facets' | 'timeline'>;

export interface ResultSet {
  generation: number;
  userGeneration: number;
  table: FacetTable;
  /** The hits as table positions in table order, with scores: what passed the query, the filters and collapsing. */
  hits: Matches;
  /** The first hits in sort order, or every one once `complete`; a page past them sorts the rest. */
  ordered: Int32Array;
  complete: boolean;
  order: (k: number) => Int32Array;
  /** The query's own matches with their scores; null without a text query. */
  scores: Matches | null;
  /** The facet counts and the timeline, counted on first request (countsOf). */
  counts: Counts | null;
  count: () => Counts;
  /** How many articles counting visits: the query's matches before the filters. */
  countWork: number;
}

/**
 * Above this much counting work a first page goes without its facet counts and timeline,
 * which follow by archive:searchCounts. Counting visits every match once per facet (11 of
 * them and the days) and lists every value: at 100k, 45,000 matches took ~15-25 ms, 8,000
 * still 5-10 ms (issue 20); a few thousand cost about a millisecond, less than a second request.
 */
export const COUNTS_INLINE_UP_TO = 3_000;

interface Tables {
  facets: FacetTable;
  orders: SortOrders;
  rows: readonly ArticleRow[];
}

interface ResultArgs {
  filters: FacetFilters;
  sort: SearchSort;
  collapseThreads?: boolean;
  /** How many rows the first page reaches: only they are put in order now. */
  firstRows: number;
}

/**
 * The result of `matching` (null: every listed article) under the filters. The user's
 * facets are built once per change of their work (100k with 30,000 tagged: ~100 ms after
 * each tagging), so `userColumns` is called only when a filter needs them, else by counting.
 */
export function resultSet(
  stamp: { generation: number; userGeneration: number },
  tables: Tables,
  { scores, matching }: { scores: Matches | null; matching: Matches | null },
  args: ResultArgs,
  userColumns: () => FacetColumnLike[],
): ResultSet {
  const table = tables.facets;
  const byUser = USER_FACETS.some((f) => args.filters[f]?.length);
  const filtered = table.filter(matching, args.filters, byUser ? userColumns() : []);
  const hits = args.collapseThreads ? earliestOfThreads(filtered, tables.rows) : filtered;
  const order = (k: number): Int32Array => tables.orders.top(hits, args.sort, k);
  const ordered = order(args.firstRows);
  return {
    ...stamp,
    table,
    hits,
    ordered,
    complete: ordered.length === hits.positions.length,
    order,
    scores,
    counts: null,
    count: () => table.select(matching, args.filters, userColumns()),
    countWork: matching?.positions.length ?? table.size,
  };
}

/** The rows from `offset`, sorting the rest of the hits the first time a page reaches past the first ones. */
export function pageOf(result: ResultSet, offset: number, limit: number): Int32Array {
  if (!result.complete && offset + limit > result.ordered.length) {
    result.ordered = result.order(result.hits.positions.length);
    result.complete = true;
  }
  return result.ordered.subarray(offset, offset + limit);
}

export function countsOf(result: ResultSet): Counts {
  if (!result.counts) {
    const { facets, timeline } = result.count();
    result.counts = { facets, timeline };
  }
  return result.counts;
}

/**
 * Only the hits a collapsed list shows: an article in no thread, or its thread's earliest
 * report, whose id the thread bears (store/story-threads.ts). A thread whose earliest
 * report the query or filters leave out is not shown: collapsing narrows, it never adds.
 * A test of each row alone, so it is done before sorting and any order keeps it.
 */
function earliestOfThreads(hits: Matches, rows: readonly ArticleRow[]): Matches {
  const shown = (p: number): boolean => {
    const row = rows[p]!;
    return row.threadId === undefined || row.threadId === row.id;
  };
  return {
    positions: hits.positions.filter(shown),
    scores: hits.scores.filter((_, i) => shown(hits.positions[i]!)),
  };
}
