// Made-up search results for the list, selection and archive-state tests: hits with
// ids of 16 hex digits like real ones, pages with no facets, and a bridge serving an
// archive of any size a page at a time.
import type { ArchiveSummary } from '../../src-main/contract/archive';
import type { SearchHit, SearchPage } from '../../src-main/contract/search';
import { NO_TIMELINE } from '../../src-main/contract/timeline';
import { NO_FACETS } from '../../src-renderer/src/lib/result-pages.svelte';
import { article } from './annotation-fixtures';
import { stubBridge } from './bridge-stub';

/** The renderer's own empty facets, so a page here has the shape the list expects. */
export { NO_FACETS };

/** The id of the `n`th made-up hit. */
export const idOf = (n: number): string => n.toString(16).padStart(16, '0');

/** The `n`th made-up hit; `overrides` sets any field. */
export function hit(n: number, overrides: Partial<SearchHit> = {}): SearchHit {
  return {
    id: idOf(n),
    title: `Dispatch number ${n}`,
    date: '2016-07-15',
    place: 'Damascus',
    agency: 'SANA',
    language: 'en',
    snippet: `Snippet of dispatch ${n}`,
    missing: false,
    sourceCount: 1,
    tags: [],
    annotationCount: 0,
    hasNote: false,
    versionCount: 1,
    status: 'usable',
    score: 0,
    titleHits: [],
    snippetHits: [],
    ...overrides,
  };
}

/** What `archive:summary` says of an archive of `stories` stories, opened without a warning. */
export function archiveSummary(stories: number, patch: Partial<ArchiveSummary> = {}): ArchiveSummary {
  return { stories, storeWarnings: [], watchedFolders: 1, ...patch };
}

/** A page holding `items`, from `offset` of `total` results. */
export function searchPage(items: SearchHit[], total = items.length, offset = 0): SearchPage {
  return { total, offset, items, facets: NO_FACETS, queryError: null, timeline: NO_TIMELINE };
}

/**
 * A bridge serving an archive of `total` rows, `rowAt(n)` being the `n`th: only the
 * pages asked for arrive. The reader is not what these tests look at, so an opened
 * article only needs to exist.
 */
export function serveArchive(total: number, rowAt: (n: number) => SearchHit = hit) {
  return stubBridge({
    'archive:summary': () => archiveSummary(total),
    'archive:get': ({ id }) => article([], '', { id }),
    'archive:ids': () => ({ ids: Array.from({ length: total }, (_, i) => idOf(i)) }),
    'archive:search': ({ offset = 0, limit = 100 }) =>
      searchPage(
        Array.from({ length: Math.min(limit, total - offset) }, (_, i) => rowAt(offset + i)),
        total,
        offset,
      ),
  });
}
