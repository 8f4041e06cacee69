import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import SearchBar from '../../src-renderer/src/components/SearchBar.svelte';
import { ArchiveState } from '../../src-renderer/src/lib/archive.svelte';
import type { ChannelArgs } from '../../src-main/contract/ipc';
import type { SearchPage } from '../../src-main/contract/search';
import { stubBridge } from './bridge-stub';
import { archiveSummary, searchPage } from './search-fixtures';

type SearchArgs = ChannelArgs<'archive:search'>;

function page(overrides: Partial<SearchPage> = {}): SearchPage {
  return { ...searchPage([], 42), ...overrides };
}

function showSearchBar(reply: (args: SearchArgs) => SearchPage = () => page()) {
  const bridge = stubBridge({ 'archive:search': reply, 'archive:summary': () => archiveSummary(42) });
  const archive = new ArchiveState();
  const onLeave = vi.fn();
  archive.start();
  render(SearchBar, { archive, onLeave });
  const searches = () =>
    bridge.invoke.mock.calls.filter(([channel]) => channel === 'archive:search').map(([, args]) => args);
  return { archive, onLeave, searches, input: screen.getByTestId('search-input') as HTMLInputElement };
}

describe('SearchBar', () => {
  it('is a search box', () => {
    showSearchBar();
    expect(screen.getByRole('searchbox')).toBe(screen.getByTestId('search-input'));
  });

  it('shows the number of results', async () => {
    showSearchBar();
    await expect.poll(() => screen.getByTestId('result-count').textContent).toBe('42 articles');
  });

  it('searches what was typed once typing pauses, best hits first', async () => {
    const { input, searches } = showSearchBar();
    await fireEvent.input(input, { target: { value: 'Geneva' } });
    await expect.poll(() => searches().at(-1)).toMatchObject({ query: 'Geneva', sort: 'relevance' });
  });

  it('goes back to newest first when the query is cleared', async () => {
    const { archive, input } = showSearchBar();
    await fireEvent.input(input, { target: { value: 'Geneva' } });
    archive.applyQuery();
    archive.clearQuery();
    expect(archive.sort).toBe('date-desc');
  });

  it('keeps a sort the user picked when a query is typed', async () => {
    const { archive, input } = showSearchBar();
    await fireEvent.change(screen.getByTestId('sort-select'), { target: { value: 'date-asc' } });
    await fireEvent.input(input, { target: { value: 'Geneva' } });
    archive.applyQuery();
    expect(archive.sort).toBe('date-asc');
  });

  it('clears the query on Escape and hands the keyboard to the list', async () => {
    const { archive, input, onLeave } = showSearchBar();
    await fireEvent.input(input, { target: { value: 'Geneva' } });
    await fireEvent.keyDown(input, { key: 'Escape' });
    expect([archive.query, input.value, onLeave.mock.calls.length]).toEqual(['', '', 1]);
  });

  it('shows why a query could not be read', async () => {
    showSearchBar(() =>
      page({ total: 0, queryError: { code: 'date-invalid', detail: 'July', message: 'date:July is not a date.' } }),
    );
    await expect
      .poll(() => screen.queryByTestId('query-error')?.textContent)
      .toMatch(/^Query: date:July is not a date\. Use YYYY/);
  });
});
