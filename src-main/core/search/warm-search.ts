// A few searches down the whole path once the index is open, so the user's first ones run
// on code V8 has compiled and on caches already filled. Cold, the first `Syria` at 100k
// took 86 ms where the same query by date right after took 35, and the first phrase and
// the first prefix each paid ~10 ms more than the next (issue 20): the index reads, the
// phrase and prefix readers, the orders, the rows and the snippets each ran for the first time.
import type { SearchPage } from '../../contract/search';
import type { SearchArgs } from './archive-search';
import type { FacetTable } from './facets';
import type { SearchIndex } from './index/search-index';
import { classTable } from './index/word-scan';
import type { SortOrders } from './sort-hits';
import type { UserSearch } from './user-search';

/**
 * What the first search would build on its way, to run a step a turn (turnByTurn): each
 * 20-150 ms at 100k, and all in one turn, a tag written meanwhile waited for all of them
 * (77-540 ms, issue 20); between steps a write or a search goes first.
 */
export function warmSteps(
  tables: { facets: FacetTable; orders: SortOrders },
  index: SearchIndex | undefined,
  user: UserSearch,
): (() => unknown)[] {
  return [
    () => tables.facets.positionOf(''), // builds the table's id → position map
    () => index?.prepare(tables.facets),
    () => tables.orders.prepare(),
    () => user.prepare(),
    () => classTable(), // the snippets' word scanner's
    () => tables.facets.preparePostings(), // a facet value's rows (column-postings.ts)
  ];
}

/** Words of three letters or more, as in any headline: words the index holds, wherever the archive is from. */
const WORDS = /[\p{L}\p{M}]{3,}/gu;

/**
 * Searches the first words of the newest article's headline: one word in both orders the
 * list opens with, then as a phrase, a prefix and a negation. Their results stay in the
 * result cache as any search's would; nothing else changes.
 */
export async function warmSearch(search: (args: SearchArgs) => Promise<SearchPage>): Promise<void> {
  const newest = await search({ query: '', filters: {}, sort: 'date-desc', offset: 0, limit: 1 });
  const [first, second] = newest.items[0]?.title.match(WORDS) ?? [];
  if (!first) return;
  const queries: [string, SearchArgs['sort']][] = [
    [first, 'relevance'],
    [first, 'date-desc'],
    [`${first}*`, 'relevance'],
  ];
  if (second) queries.push([`"${first} ${second}"`, 'relevance'], [`${first} -${second}`, 'relevance']);
  for (const [query, sort] of queries) await search({ query, filters: {}, sort, offset: 0, limit: 100 });
}

/** Runs `steps` one an event-loop turn, settling after the last; `after` then runs on its own turn. */
export function turnByTurn(steps: (() => unknown)[], after: () => Promise<void>): Promise<void> {
  return new Promise((resolve) => {
    const next = (): void => {
      steps.shift()?.();
      if (steps.length > 0) return void setImmediate(next);
      resolve();
      setImmediate(() => void after());
    };
    setImmediate(next);
  });
}
