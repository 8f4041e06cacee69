// Facet filtering and counting in one pass over the articles that match the query.
// Plain loops over in-memory metadata: about 10 ms for 100,000 articles.
import { FACET_NAMES, type FacetCount, type FacetFilters, type FacetName, type Facets } from '../../contract/search';
import type { ArticleRow } from './compile-query';

// Places and agencies can run into thousands at 100k articles; the sidebar shows the
// commonest. Selected values are always listed, so they can be unselected.
export const MAX_FACET_VALUES = 200;

export interface FacetOutcome {
  /** The query's matches that pass every selected facet. */
  ids: string[];
  facets: Facets;
}

/**
 * Values combine with OR within a facet and with AND across facets. Each facet's
 * counts leave out its own selection (disjunctive faceting): an article counts for
 * facet F when it passes every other facet's selection, so picking a second value of
 * F stays possible and shows how many articles it would add.
 */
export function applyFacets(matching: Iterable<string>, rows: ReadonlyMap<string, ArticleRow>, filters: FacetFilters): FacetOutcome {
  const selected = FACET_NAMES.map((name) => new Set(filters[name] ?? []));
  const counts = FACET_NAMES.map(() => new Map<string, number>());
  const ids: string[] = [];
  for (const id of matching) {
    const row = rows.get(id);
    if (!row) continue;
    const values = FACET_NAMES.map((name) => facetValues(row, name));
    let failed = -1;
    let failures = 0;
    for (let f = 0; f < FACET_NAMES.length && failures < 2; f++) {
      const wanted = selected[f]!;
      if (wanted.size > 0 && !values[f]!.some((v) => wanted.has(v))) {
        failed = f;
        failures++;
      }
    }
    if (failures === 0) ids.push(id);
    if (failures >= 2) continue;
    for (let f = 0; f < FACET_NAMES.length; f++) {
      if (failures === 1 && f !== failed) continue;
      for (const v of values[f]!) counts[f]!.set(v, (counts[f]!.get(v) ?? 0) + 1);
    }
  }
  const facets = Object.fromEntries(FACET_NAMES.map((name, f) => [name, listValues(name, counts[f]!, selected[f]!)])) as Facets;
  return { ids, facets };
}

/** An article's values for one facet: none, one, or for `period` its year and its month. */
export function facetValues(row: ArticleRow, facet: FacetName): string[] {
  switch (facet) {
    case 'period':
      return row.date ? [row.date.slice(0, 4), row.date.slice(0, 7)] : [];
    case 'folder':
      return row.folder ? [row.folder] : [];
    case 'agency':
      return row.agency ? [row.agency] : [];
    case 'place':
      return row.place ? [row.place] : [];
    case 'language':
      return [row.language];
  }
}

// Periods run newest first, years before their months; the rest commonest first.
function listValues(facet: FacetName, counts: Map<string, number>, selected: Set<string>): FacetCount[] {
  for (const value of selected) if (!counts.has(value)) counts.set(value, 0);
  const all = [...counts].map(([value, count]) => ({ value, count }));
  if (facet === 'period') return all.sort((a, b) => byPeriod(a.value, b.value));
  all.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  const top = all.slice(0, MAX_FACET_VALUES);
  const missing = all.slice(MAX_FACET_VALUES).filter((c) => selected.has(c.value));
  return [...top, ...missing];
}

function byPeriod(a: string, b: string): number {
  const year = b.slice(0, 4).localeCompare(a.slice(0, 4));
  if (year !== 0) return year;
  if (a.length !== b.length) return a.length - b.length;
  return b.localeCompare(a);
}
