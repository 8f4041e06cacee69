// The list's sort orders and the rule for the automatic one.
import { SEARCH_SORTS, type SearchSort } from '../../../src-main/contract/search';

export const SORTS: readonly SearchSort[] = SEARCH_SORTS;

export function isSort(value: unknown): value is SearchSort {
  return typeof value === 'string' && (SORTS as readonly string[]).includes(value);
}

/**
 * The sort used when the user has not picked one: best hits first while a text query
 * is typed, newest first otherwise (with no query every score is 0, so relevance
 * would be an arbitrary order).
 */
export function automaticSort(query: string): SearchSort {
  return query.trim() ? 'relevance' : 'date-desc';
}
