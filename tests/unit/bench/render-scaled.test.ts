// The render bench's scaled answers: a real store of M articles answered as factor × M.
import { describe, expect, it } from 'vitest';
import type { ContractHandlers } from '../../../src-main/contract/ipc';
import type { SearchHit, SearchPage } from '../../../src-main/contract/search';
import { scaledHandlers } from '../../../bench/render-scaled';

const hit = (id: string): SearchHit =>
  ({ id, title: id, score: 0, titleHits: [], snippetHits: [] }) as unknown as SearchHit;
const ALL = ['a', 'b', 'c', 'd', 'e'].map(hit);

// A store of five articles: pages are slices of them, with one facet and a two-day timeline.
const real = {
  'archive:search': async (args: { offset: number; limit: number }): Promise<SearchPage> => ({
    total: ALL.length,
    offset: args.offset,
    items: ALL.slice(args.offset, args.offset + args.limit),
    facets: { agency: [{ value: 'agency/sana', count: 2 }] } as unknown as SearchPage['facets'],
    queryError: null,
    timeline: { start: '2020-01-01', counts: [3, 2], undated: 0 },
  }),
  'archive:stats': async () => ({ articles: 5, stories: 4, files: 1 }),
} as unknown as ContractHandlers;

const args = (offset: number, limit: number) =>
  ({ query: '', filters: {}, sort: 'date-desc', offset, limit }) as Parameters<ContractHandlers['archive:search']>[0];

describe('scaledHandlers', () => {
  const scaled = scaledHandlers(real, 4);

  it('multiplies the total, the facet counts and the timeline on the first page', async () => {
    const page = await scaled['archive:search'](args(0, 3));
    expect(page.total).toBe(20);
    expect(page.facets.agency[0]!.count).toBe(8);
    expect(page.timeline).toEqual({ start: '2020-01-01', counts: [12, 8], undated: 0 });
    expect(page.items.map((i) => i.id)).toEqual(['a', 'b', 'c']);
  });

  it('wraps pages past the real results round onto them, with no timeline', async () => {
    const page = await scaled['archive:search'](args(13, 4));
    expect(page.offset).toBe(13);
    expect(page.items.map((i) => i.id)).toEqual(['d', 'e', 'a', 'b']);
    expect(page.timeline).toBeNull();
  });

  it('multiplies the archive stats the header shows', async () => {
    expect(await scaled['archive:stats']({} as never)).toMatchObject({ articles: 20, stories: 16, files: 4 });
  });
});
