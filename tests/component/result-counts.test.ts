// A search with many hits sends its first page before its facet counts and timeline
// (issue 20): the list keeps the previous counts until archive:searchCounts brings the new.
import { describe, expect, it } from 'vitest';
import type { Facets, SearchCounts, SearchPage } from '../../src-main/contract/search';
import { ResultPages } from '../../src-renderer/src/lib/result-pages.svelte';
import { hit, NO_FACETS, searchPage } from './search-fixtures';

const facetsWith = (count: number): Facets => ({ ...NO_FACETS, agency: [{ value: 'SANA', count }] });
const timeline = { start: '2016-01-01', counts: [3], undated: 0 };

/** A promise and the function that settles it, so a test decides when an answer arrives. */
function later<T>(): { promise: Promise<T>; settle: (value: T) => void } {
  let settle!: (value: T) => void;
  const promise = new Promise<T>((done) => (settle = done));
  return { promise, settle };
}

const settled = (): Promise<void> => new Promise((done) => setTimeout(done, 0));

describe('counts that follow the first page', () => {
  it('keeps the previous facets while pending, then shows the counted ones', async () => {
    let pending = false;
    const counts = later<SearchCounts>();
    let asked = 0;
    const pages = new ResultPages(
      async (offset): Promise<SearchPage> => ({
        ...searchPage([hit(offset)], 5000, offset),
        facets: pending ? NO_FACETS : facetsWith(1),
        ...(pending && { countsPending: true, timeline: null }),
      }),
      () => {},
      () => {
        asked++;
        return counts.promise;
      },
    );
    pages.reset();
    await settled();
    expect(pages.facets).toEqual(facetsWith(1));
    pending = true;
    pages.reset();
    await settled();
    expect(pages.total).toBe(5000);
    expect(pages.countsPending).toBe(true);
    expect(pages.facets).toEqual(facetsWith(1));
    counts.settle({ total: 5000, facets: facetsWith(4000), timeline });
    await settled();
    expect(asked).toBe(1);
    expect(pages.countsPending).toBe(false);
    expect(pages.facets).toEqual(facetsWith(4000));
    expect(pages.timeline).toEqual(timeline);
  });

  it('drops counts that arrive for a search the user has already left', async () => {
    const old = later<SearchCounts>();
    let page = 0;
    const pages = new ResultPages(
      async (offset): Promise<SearchPage> => ({
        ...searchPage([hit(offset)], 5000, offset),
        // The first search's page leaves its counts pending; the next one comes with its own.
        ...(page++ === 0 ? { countsPending: true, timeline: null } : { facets: facetsWith(7) }),
      }),
      () => {},
      () => old.promise,
    );
    pages.reset();
    await settled();
    pages.reset();
    await settled();
    old.settle({ total: 5000, facets: facetsWith(4000), timeline });
    await settled();
    expect(pages.facets).toEqual(facetsWith(7));
    expect(pages.countsPending).toBe(false);
  });
});
