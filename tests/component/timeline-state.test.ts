// The brushed range in the reading room's state: a filter beside the facets, searched
// with, kept in the URL state, and let go by Escape like the other filters.
import { describe, expect, it } from 'vitest';
import { ArchiveState } from '../../src-renderer/src/lib/archive.svelte';
import type { ParsedArgs } from '../../src-main/contract/ipc';
import { timelineOf } from '../../src-main/contract/timeline';
import { stubBridge } from './bridge-stub';
import { hit, searchPage } from './search-fixtures';

function archiveAnswering() {
  const { invoke } = stubBridge({
    'archive:search': ({ offset = 0 }) => ({
      ...searchPage([hit(1)]),
      offset,
      timeline: offset === 0 ? timelineOf(['2016-07-01', '2016-07-03']) : null,
    }),
  });
  const searches = () =>
    invoke.mock.calls
      .filter(([channel]) => channel === 'archive:search')
      .map(([, args]) => args as ParsedArgs<'archive:search'>);
  return { archive: new ArchiveState(), searches };
}

describe('the brushed date range', () => {
  it('searches with the range beside the facets and writes it into the URL state', async () => {
    const { archive, searches } = archiveAnswering();
    archive.toggleFilter('language', 'ar');
    archive.setDateRange({ from: '2016-07-01', to: '2016-07-31' });
    archive.results.want({ start: 0, end: 10 });
    await expect.poll(() => searches().at(-1)?.filters).toEqual({ language: ['ar'], date: '2016-07-01..2016-07-31' });
    expect(archive.dateRange).toEqual({ from: '2016-07-01', to: '2016-07-31' });
    expect(archive.urlState.filters.date).toBe('2016-07-01..2016-07-31');
    await expect.poll(() => archive.results.timeline.counts).toEqual([1, 0, 1]);
  });

  it('is let go, the facets kept, when the range is cleared', () => {
    const { archive } = archiveAnswering();
    archive.toggleFilter('language', 'ar');
    archive.setDateRange({ from: '2016-07-01', to: '2016-07-31' });
    archive.setDateRange(null);
    expect(archive.filters).toEqual({ language: ['ar'] });
    expect(archive.dateRange).toBeNull();
  });

  it('counts as a filter, so Escape clears it when no facet is chosen', () => {
    const { archive } = archiveAnswering();
    archive.setDateRange({ from: '2016-07-01', to: '2016-07-31' });
    expect(archive.hasFilters).toBe(true);
    archive.perform('clear-filters');
    expect(archive.filters).toEqual({});
  });
});
