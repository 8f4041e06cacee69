// What a search asks, compiled once for its page and for its counts: the query's matcher
// and the words to mark, or why it cannot run.
import type { FacetFilters, QueryError } from '../../contract/search';
import { compileQuery, type HighlightTerms, type Matcher } from './compile-query';
import { dayNumbers } from './day-column';
import { parseQuery } from './query';
import { QuerySyntaxError } from './query-errors';

export type ParsedSearch =
  { ok: true; matcher: Matcher | null; highlight: HighlightTerms } | { ok: false; error: QueryError };

/** The query compiled, or why it cannot run: a syntax error, or a brushed range naming no real days. */
export function parseSearch(query: string, filters: FacetFilters): ParsedSearch {
  const parsed = parseQuery(query);
  if (!parsed.ok) return parsed;
  // The schema admits only the range's shape; a day the calendar lacks (2016-02-30) is said like a bad `date:`.
  if (dayNumbers(filters.date) === 'invalid')
    return { ok: false, error: new QuerySyntaxError('date-invalid', filters.date!).toQueryError() };
  return { ok: true, ...compileQuery(parsed.node) };
}
