// The part of the view state that survives a reload, as the location hash:
// `#q=Москве&agency=САНА&language=ar&period=2016-07&sort=relevance&article=0123456789abcdef`.
// Pure parse and serialise; the hash is untrusted input (anyone can edit a URL),
// so parsing keeps only known keys and well-formed values.
import { FACET_NAMES, type FacetFilters, type SearchSort } from '../../../src-main/contract/search';
import { parseDayRange } from '../../../src-main/contract/timeline';
import { isSort } from './sort';

export interface UrlState {
  query: string;
  filters: FacetFilters;
  /** The sort written in the URL, or null when it has none. */
  sort: SearchSort | null;
  /** The open article's id, or null. */
  article: string | null;
  /** Each story thread once (`threads=collapsed`); absent when not. */
  collapseThreads?: true;
}

const ARTICLE_ID = /^[0-9a-f]{16}$/;
// The same caps the contract's schema puts on a search, so a restored state is never refused.
const MAX_QUERY = 2000;
const MAX_VALUES = 200;

export function parseHash(hash: string): UrlState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const filters: FacetFilters = {};
  for (const name of FACET_NAMES) {
    const values = [...new Set(params.getAll(name).filter((value) => value.length > 0))].slice(0, MAX_VALUES);
    if (values.length) filters[name] = values;
  }
  // The timeline's brushed range (`date=2016-07-01..2016-07-31`); a malformed or reversed one is dropped.
  const range = params.get('date');
  if (range && parseDayRange(range)) filters.date = range;
  const sort = params.get('sort');
  const article = params.get('article');
  return {
    query: (params.get('q') ?? '').slice(0, MAX_QUERY),
    filters,
    sort: isSort(sort) ? sort : null,
    article: article && ARTICLE_ID.test(article) ? article : null,
    ...(params.get('threads') === 'collapsed' && { collapseThreads: true as const }),
  };
}

/** The hash for a state, without the leading `#`; '' for the plain start state. */
export function serialiseHash(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const name of FACET_NAMES) {
    for (const value of state.filters[name] ?? []) params.append(name, value);
  }
  if (state.filters.date) params.set('date', state.filters.date);
  if (state.sort) params.set('sort', state.sort);
  if (state.article) params.set('article', state.article);
  if (state.collapseThreads) params.set('threads', 'collapsed');
  return params.toString();
}
