import { describe, expect, it } from 'vitest';
import { ArchiveState } from '../../src-renderer/src/lib/archive.svelte';
import type { SearchHit, SearchPage } from '../../src-main/contract/search';
import { article } from './annotation-fixtures';
import { pending, stubBridge, type StubReplies } from './bridge-stub';
import { hit, searchPage } from './search-fixtures';

/** `n` hits titled `query 0`, `query 1`…, so a test can tell which search they answer. */
function hits(query: string, n: number): SearchHit[] {
  return Array.from({ length: n }, (_, i) => hit(i + 1, { title: `${query} ${i}` }));
}

/** main has every answer the archive asks for still on its way. */
const STILL_WORKING: StubReplies = { 'archive:search': pending, 'archive:summary': pending, 'archive:get': pending };

describe('ArchiveState', () => {
  it('ignores the answer to an older query that arrives after the newer one', async () => {
    const answers = new Map<string, (page: SearchPage) => void>();
    stubBridge({
      'archive:search': ({ query = '' }) => new Promise<SearchPage>((resolve) => answers.set(query, resolve)),
    });
    const archive = new ArchiveState();
    archive.typeQuery('old');
    archive.applyQuery();
    archive.typeQuery('new');
    archive.applyQuery();
    answers.get('new')!(searchPage(hits('new', 1)));
    answers.get('old')!(searchPage(hits('old', 5)));
    await expect.poll(() => archive.results.row(0)?.title).toBe('new 0');
    expect(archive.results.total).toBe(1);
  });

  it('adds a facet value on the first toggle and removes the facet on the second', () => {
    stubBridge(STILL_WORKING);
    const archive = new ArchiveState();
    archive.toggleFilter('language', 'ar');
    const chosen = archive.filters;
    archive.toggleFilter('language', 'ar');
    expect([chosen, archive.filters]).toEqual([{ language: ['ar'] }, {}]);
  });

  it('restores query, filters, sort and the open article from the URL state', () => {
    const { invoke } = stubBridge(STILL_WORKING);
    const archive = new ArchiveState();
    archive.start({ query: 'Москве', filters: { agency: ['САНА'] }, sort: 'title', article: '0123456789abcdef' });
    expect(archive.urlState).toEqual({
      query: 'Москве',
      filters: { agency: ['САНА'] },
      sort: 'title',
      article: '0123456789abcdef',
    });
    expect(invoke.mock.calls.find(([channel]) => channel === 'archive:get')?.[1]).toEqual({
      id: '0123456789abcdef',
      query: 'Москве',
    });
  });

  it('treats a restored sort that equals the automatic one as no choice', () => {
    stubBridge(STILL_WORKING);
    const archive = new ArchiveState();
    archive.start({ query: 'Damascus', filters: {}, sort: 'relevance', article: null });
    archive.clearQuery();
    expect(archive.sort).toBe('date-desc');
  });

  it('clears the filters on Escape outside the search box, then the query', () => {
    stubBridge(STILL_WORKING);
    const archive = new ArchiveState();
    archive.start({ query: 'Damascus', filters: { agency: ['SANA'] }, sort: null, article: null });
    archive.perform('clear-filters');
    const afterFirst = [archive.filters, archive.query];
    archive.perform('clear-filters');
    expect([afterFirst, [archive.filters, archive.query]]).toEqual([
      [{}, 'Damascus'],
      [{}, ''],
    ]);
  });
});

describe('ArchiveState.restore', () => {
  it('closes the open article when the new address names none', async () => {
    stubBridge({ ...STILL_WORKING, 'archive:get': ({ id }) => article([], '', { id }) });
    const archive = new ArchiveState();
    archive.start({ query: '', filters: {}, sort: null, article: '0123456789abcdef' });
    await expect.poll(() => archive.article?.id).toBe('0123456789abcdef');
    archive.restore({ query: 'Aleppo', filters: {}, sort: null, article: null });
    expect([archive.openId, archive.article, archive.queryInput]).toEqual([null, null, 'Aleppo']);
  });
});

describe('ArchiveState after the user changes their own work', () => {
  function page(query: string, n: number, tags: string[] = []): SearchPage {
    return searchPage(hits(query, n).map((row) => ({ ...row, tags })));
  }

  it('fetches the same search again without starting a new generation, so the list keeps its scroll', async () => {
    let tags: string[] = [];
    const { invoke } = stubBridge({ 'archive:search': () => page('war', 3, tags) });
    const archive = new ArchiveState();
    archive.start({ query: 'war', filters: { agency: ['SANA'] }, sort: null, article: null });
    await expect.poll(() => archive.results.current).toBe(true);
    const generation = archive.results.generation;
    tags = ['syria'];
    archive.refreshResults();
    await expect.poll(() => archive.results.row(0)?.tags).toEqual(['syria']);
    const searches = invoke.mock.calls.filter(([channel]) => channel === 'archive:search');
    expect([archive.results.generation, searches.at(-1)?.[1]]).toEqual([
      generation,
      { query: 'war', filters: { agency: ['SANA'] }, sort: 'relevance', offset: 0, limit: 100 },
    ]);
  });

  it('keeps the old rows on screen while the refreshed page is on its way', async () => {
    let answer: SearchPage | Promise<SearchPage> = page('war', 3);
    stubBridge({ 'archive:search': () => answer });
    const archive = new ArchiveState();
    archive.start({ query: 'war', filters: {}, sort: null, article: null });
    await expect.poll(() => archive.results.row(2)?.title).toBe('war 2');
    answer = new Promise(() => {});
    archive.refreshResults();
    expect([archive.results.current, archive.results.row(2)?.title]).toEqual([true, 'war 2']);
  });

  it('reloads the open article with the current query without showing it as loading', async () => {
    let note = '';
    const { invoke } = stubBridge({ ...STILL_WORKING, 'archive:get': ({ id }) => article([], note, { id }) });
    const archive = new ArchiveState();
    archive.start({ query: 'Aleppo', filters: {}, sort: null, article: '0123456789abcdef' });
    await expect.poll(() => archive.article?.id).toBe('0123456789abcdef');
    note = 'checked';
    const reloading = archive.reloadArticle();
    const loadingMeanwhile = archive.articleLoading;
    await reloading;
    expect([loadingMeanwhile, archive.article?.userData.note, invoke.mock.calls.at(-1)?.[1]]).toEqual([
      false,
      'checked',
      { id: '0123456789abcdef', query: 'Aleppo' },
    ]);
  });
});

describe('the archive count at start', () => {
  it('comes from the plain list’s first page, without waiting for archive:summary', async () => {
    stubBridge({ 'archive:summary': pending, 'archive:search': () => searchPage(hits('', 3)) });
    const archive = new ArchiveState();
    archive.start();
    await expect.poll(() => archive.storeCount).toBe(3);
  });

  it('waits for archive:summary when the first page is of a query or a filter, whose total is not the archive’s', async () => {
    stubBridge({ 'archive:summary': pending, 'archive:search': () => searchPage(hits('q', 2)) });
    for (const state of [
      { query: 'Syria', filters: {}, sort: null, article: null },
      { query: '', filters: { language: ['ar'] }, sort: null, article: null },
    ]) {
      const archive = new ArchiveState();
      archive.start(state);
      await expect.poll(() => archive.results.total).toBe(2);
      expect(archive.storeCount).toBeNull();
    }
  });
});
