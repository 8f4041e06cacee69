import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import ArticleList from '../../src-renderer/src/components/ArticleList.svelte';
import SelectionBar from '../../src-renderer/src/components/SelectionBar.svelte';
import { ArchiveState } from '../../src-renderer/src/lib/archive.svelte';
import type { TagColor } from '../../src-main/contract/userdata';
import { hit, idOf, serveArchive } from './search-fixtures';

const TOTAL = 500;
/** The second row carries tags, highlights and a note, for the row's marks. */
const hitAt = (n: number) =>
  n === 1 ? hit(n, { tags: ['syria/aleppo', 'russia'], annotationCount: 3, hasNote: true }) : hit(n);

async function showList() {
  serveArchive(TOTAL, hitAt);
  const archive = new ArchiveState();
  archive.start();
  const colorOf = (tag: string): TagColor => (tag === 'russia' ? 'red' : 'grey');
  render(ArticleList, { archive, colorOf });
  await expect.poll(() => archive.openId).toBe(idOf(0));
  return { archive, listbox: screen.getByRole('listbox') };
}

const rowAt = (n: number) => screen.getAllByTestId('article-row').find((el) => el.dataset.index === String(n))!;
const selectedRows = () =>
  screen
    .getAllByTestId('article-row')
    .filter((el) => el.getAttribute('aria-selected') === 'true')
    .map((el) => Number(el.dataset.index));

describe('Selecting rows in the article list', () => {
  it('tells assistive technology that several rows can be selected', async () => {
    const { listbox } = await showList();
    expect(listbox.getAttribute('aria-multiselectable')).toBe('true');
  });

  it('adds a row to the selection on Ctrl-click and on Cmd-click', async () => {
    await showList();
    await fireEvent.click(rowAt(2), { ctrlKey: true });
    await fireEvent.click(rowAt(4), { metaKey: true });
    expect(selectedRows()).toEqual([0, 2, 4]);
  });

  it('selects a range on Shift-click', async () => {
    await showList();
    await fireEvent.click(rowAt(3), { shiftKey: true });
    expect(selectedRows()).toEqual([0, 1, 2, 3]);
  });

  it('keeps the keyboard ring on one row while several are selected', async () => {
    await showList();
    await fireEvent.click(rowAt(3), { shiftKey: true });
    const active = screen.getAllByTestId('article-row').filter((el) => el.classList.contains('active'));
    expect(active.map((el) => el.dataset.index)).toEqual(['3']);
  });

  it('extends the selection with Shift+J and Shift+ArrowDown', async () => {
    const { listbox } = await showList();
    await fireEvent.keyDown(listbox, { key: 'J', shiftKey: true });
    await fireEvent.keyDown(listbox, { key: 'ArrowDown', shiftKey: true });
    expect(selectedRows()).toEqual([0, 1, 2]);
  });

  it('selects every result on Ctrl+A', async () => {
    const { archive, listbox } = await showList();
    await fireEvent.keyDown(listbox, { key: 'a', ctrlKey: true });
    await expect.poll(() => archive.selection.count).toBe(TOTAL);
  });

  it('goes back to the cursor row alone on a plain click', async () => {
    await showList();
    await fireEvent.click(rowAt(3), { shiftKey: true });
    await fireEvent.click(rowAt(5));
    expect(selectedRows()).toEqual([5]);
  });
});

describe('What a row shows of the user work', () => {
  it('shows the tags of a row as chips in their colours', async () => {
    await showList();
    const chips = [...rowAt(1).querySelectorAll<HTMLElement>('[data-testid="tag-chip"]')];
    expect(chips.map((chip) => [chip.dataset.tag, chip.style.background])).toEqual([
      ['syria/aleppo', 'var(--tag-grey)'],
      ['russia', 'var(--tag-red)'],
    ]);
  });

  it('shows how many highlights a row has and that it has a note', async () => {
    await showList();
    const row = rowAt(1);
    expect([
      row.querySelector('[data-testid="row-highlights"]')?.getAttribute('title'),
      row.querySelector('[data-testid="row-note"]')?.getAttribute('title'),
    ]).toEqual(['3 highlights', 'Has a note']);
  });

  it('shows no marks on a row without user work', async () => {
    await showList();
    expect(rowAt(2).querySelector('[data-testid="row-tags"], [data-testid="row-work"]')).toBeNull();
  });
});

describe('SelectionBar', () => {
  it('says how many articles are selected', () => {
    render(SelectionBar, { count: 3, onTag: vi.fn(), onClear: vi.fn() });
    expect(screen.getByTestId('selection-count').textContent).toBe('3 selected');
  });

  it('opens the tag editor from Tag… and clears from Clear', async () => {
    const onTag = vi.fn();
    const onClear = vi.fn();
    render(SelectionBar, { count: 3, onTag, onClear });
    await fireEvent.click(screen.getByTestId('selection-tag'));
    await fireEvent.click(screen.getByTestId('selection-clear'));
    expect([onTag.mock.calls.length, onClear.mock.calls.length]).toEqual([1, 1]);
  });
});
