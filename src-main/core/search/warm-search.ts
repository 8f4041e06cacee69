// A few searches down the whole path once the index is open, so the user's first ones run
// on code V8 has compiled and on caches already filled. Cold, the first `Syria` at 100k
// took 86 ms where the same query by date right after took 35, and the first phrase and
// the first prefix each paid ~10 ms more than the next (issue 20): the index reads, the
// phrase and prefix readers, the orders, the rows and the snippets each ran for the first time.
import { pendingSnippetIds, type SearchCounts, type SearchPage, type SearchSnippet } from '../../contract/search';
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
    // The mention columns: 360 ms at 100k, which the first search counting facets would pay.
    () => tables.facets.buildMentions(),
  ];
}

/** Words of three letters or more, as in any headline: words the index holds, wherever the archive is from. */
const WORDS = /[\p{L}\p{M}]{3,}/gu;

/** What the warm-up searches through: the service's own search, late snippets and counts. */
export interface WarmTarget {
  search: (args: SearchArgs) => Promise<SearchPage>;
  snippets: (query: string, ids: readonly string[]) => Promise<(SearchSnippet | null)[]>;
  counts: (args: Omit<SearchArgs, 'offset' | 'limit'>) => Promise<SearchCounts>;
}

type WarmArgs = Pick<SearchArgs, 'query' | 'sort' | 'filters'>;

/** How many of the archive's languages get a search of their own. */
const LANGUAGES = 4;

/**
 * A prefix search in each of the archive's commonest languages, newest first: a prefix
 * query's snippets analyse every word before their hit, and the first in a language
 * compiled its stemmer there (the 100k bench's first `москв*`: 27-39 ms of CPU, then 3).
 */
async function perLanguage(target: WarmTarget): Promise<WarmArgs[]> {
  const { facets } = await target.counts({ query: '', filters: {}, sort: 'date-desc' });
  const out: WarmArgs[] = [];
  for (const { value: language } of facets.language.slice(0, LANGUAGES)) {
    const filters = { language: [language] };
    const page = await target.search({ query: '', filters, sort: 'date-desc', offset: 0, limit: 1 });
    const word = page.items[0]?.title.match(WORDS)?.[0];
    // The whole word as the prefix: a short one expands to thousands of terms, and the
    // warm-up is part of `ready`, which an import started at launch waits for.
    if (word) out.push({ query: `${word}*`, sort: 'date-desc', filters: {} });
  }
  return out;
}

/** Settles after a turn of the event loop, so what queued meanwhile (a page, a write) goes first. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Searches the first words of the newest article's headline in the shapes users type: one
 * word in both orders the list opens with, a prefix, a phrase, both words, either, one
 * without the other, and one word in the article's language; then a prefix in each of the
 * archive's languages (perLanguage); each page's late snippets too. One turn each. The first round of the 100k bench's queries used twice the CPU of a
 * later round (22 against 10 ms at p95) with only the word, prefix, phrase and negation
 * warmed: the two-word, either-word and filtered paths and the late snippets were V8's
 * to compile on the user's first searches (issue 20). Their results stay in the result
 * cache as any search's would; nothing else changes.
 */
export async function warmSearch(target: WarmTarget): Promise<void> {
  const newest = await target.search({ query: '', filters: {}, sort: 'date-desc', offset: 0, limit: 1 });
  const article = newest.items[0];
  const [first, second] = article?.title.match(WORDS) ?? [];
  if (!first) return;
  const searches: WarmArgs[] = [
    { query: first, sort: 'relevance', filters: {} },
    { query: first, sort: 'date-desc', filters: {} },
    { query: `${first}*`, sort: 'relevance', filters: {} },
    { query: first, sort: 'relevance', filters: { language: [article!.language] } },
  ];
  if (second)
    searches.push(
      { query: `"${first} ${second}"`, sort: 'relevance', filters: {} },
      { query: `${first} ${second}`, sort: 'date-desc', filters: {} },
      { query: `${first} OR ${second}`, sort: 'relevance', filters: {} },
      { query: `${first} -${second}`, sort: 'relevance', filters: {} },
    );
  searches.push(...(await perLanguage(target)));
  for (const args of searches) {
    await nextTurn();
    const page = await target.search({ ...args, offset: 0, limit: 100 });
    const ids = pendingSnippetIds(page.items);
    if (ids.length) await target.snippets(args.query, ids);
  }
}

/** Runs `steps` one an event-loop turn, settling after the last. */
export function turnByTurn(steps: (() => unknown)[]): Promise<void> {
  return new Promise((resolve) => {
    const next = (): void => {
      steps.shift()?.();
      if (steps.length > 0) return void setImmediate(next);
      resolve();
    };
    setImmediate(next);
  });
}
