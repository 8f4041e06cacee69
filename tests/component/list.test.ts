import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ArticleList from '../../src-renderer/src/components/ArticleList.svelte';
import { ArchiveState } from '../../src-renderer/src/lib/archive.svelte';
import type { SearchHit } from '../../src-main/contract/search';
import { pending, stubBridge } from './bridge-stub';
import { hit, serveArchive } from './search-fixtures';

const TOTAL = 100_000;

async function showList(first: SearchHit[] = []) {
  const bridge = serveArchive(TOTAL, (n) => first[n] ?? hit(n));
  const archive = new ArchiveState();
  archive.start();
  render(ArticleList, { archive });
  await expect.poll(() => screen.queryAllByTestId('article-row').length).toBeGreaterThan(0);
  return { archive, bridge, listbox: screen.getByRole('listbox') };
}

function selectedIds(): (string | undefined)[] {
  return screen
    .getAllByTestId('article-row')
    .filter((row) => row.getAttribute('aria-selected') === 'true')
    .map((row) => row.dataset.id);
}

describe('ArticleList', () => {
  it('puts only a window of rows in the DOM for 100,000 results', async () => {
    await showList();
    expect(screen.getAllByRole('option').length).toBeLessThan(60);
  });

  it('tells assistive technology each row is one of 100,000', async () => {
    await showList();
    const second = screen.getAllByTestId('article-row')[1]!;
    expect([second.getAttribute('aria-setsize'), second.getAttribute('aria-posinset')]).toEqual(['100000', '2']);
  });

  it('fetches only the first page, not every row', async () => {
    const { bridge } = await showList();
    const offsets = bridge.invoke.mock.calls
      .filter(([channel]) => channel === 'archive:search')
      .map(([, args]) => (args as { offset: number }).offset);
    expect(offsets).toEqual([0]);
  });

  it('shows each row with its headline, date and snippet', async () => {
    await showList();
    const row = screen.getAllByTestId('article-row')[3]!;
    expect(row.querySelector('[data-testid="row-title"]')?.textContent).toBe('Dispatch number 3');
    expect(row.querySelector('[data-testid="row-date"]')?.getAttribute('datetime')).toBe('2016-07-15');
    expect(row.querySelector('[data-testid="row-snippet"]')?.textContent).toBe('Snippet of dispatch 3');
  });

  it('marks query hits in the headline and the snippet', async () => {
    await showList([
      hit(0, {
        title: 'Talks in Geneva',
        titleHits: [[9, 15]],
        snippet: 'Geneva talks resumed',
        snippetHits: [[0, 6]],
      }),
    ]);
    const row = screen.getAllByTestId('article-row')[0]!;
    expect([...row.querySelectorAll('mark.hit')].map((mark) => mark.textContent)).toEqual(['Geneva', 'Geneva']);
  });

  it('shows markup in a headline as text and creates no element from it', async () => {
    const title = '<img src=x onerror="window.__pwned=1"> Hostile';
    await showList([hit(0, { title, titleHits: [[0, 4]] })]);
    const row = screen.getAllByTestId('article-row')[0]!;
    expect(row.querySelector('[data-testid="row-title"]')?.textContent).toBe(title);
    expect(row.querySelector('img')).toBeNull();
  });

  it('opens the first article and selects its row when nothing was open', async () => {
    const { archive } = await showList();
    await expect.poll(() => selectedIds()).toEqual([hit(0).id]);
    expect(archive.openId).toBe(hit(0).id);
  });

  it('moves the selection down on j and ArrowDown', async () => {
    const { listbox } = await showList();
    await expect.poll(() => selectedIds()).toEqual([hit(0).id]);
    await fireEvent.keyDown(listbox, { key: 'j' });
    await fireEvent.keyDown(listbox, { key: 'ArrowDown' });
    expect(selectedIds()).toEqual([hit(2).id]);
  });

  it('moves the selection up on k', async () => {
    const { listbox } = await showList();
    await expect.poll(() => selectedIds()).toEqual([hit(0).id]);
    await fireEvent.keyDown(listbox, { key: 'j' });
    await fireEvent.keyDown(listbox, { key: 'k' });
    expect(selectedIds()).toEqual([hit(0).id]);
  });

  it('points aria-activedescendant at the selected row', async () => {
    const { listbox } = await showList();
    await fireEvent.keyDown(listbox, { key: 'j' });
    const active = document.getElementById(listbox.getAttribute('aria-activedescendant') ?? '');
    expect(active?.dataset.id).toBe(hit(1).id);
  });

  it('opens the selected row on Enter', async () => {
    const { listbox, bridge } = await showList();
    await expect.poll(() => selectedIds()).toEqual([hit(0).id]);
    await fireEvent.keyDown(listbox, { key: 'j' });
    await fireEvent.keyDown(listbox, { key: 'Enter' });
    const opened = bridge.invoke.mock.calls
      .filter(([channel]) => channel === 'archive:get')
      .map(([, args]) => (args as { id: string }).id);
    expect(opened.at(-1)).toBe(hit(1).id);
  });

  it('opens a row when it is clicked', async () => {
    const { archive } = await showList();
    await fireEvent.click(screen.getAllByTestId('article-row')[4]!.querySelector('[data-testid="row-title"]')!);
    expect(archive.openId).toBe(hit(4).id);
  });

  it('shows a loading placeholder for a row whose page has not arrived', async () => {
    stubBridge({ 'archive:search': pending });
    const archive = new ArchiveState();
    archive.results.total = TOTAL;
    render(ArticleList, { archive });
    expect(screen.getAllByRole('option')[0]?.getAttribute('aria-busy')).toBe('true');
  });
});
