import { describe, expect, it } from 'vitest';
import { ArchiveState } from '../../src-renderer/src/lib/archive.svelte';
import { idOf, serveArchive } from './search-fixtures';

const TOTAL = 1000;
/** An archive of 1,000 rows in pages of 100; only the pages asked for arrive. */
async function archiveOf() {
  const bridge = serveArchive(TOTAL);
  const archive = new ArchiveState();
  archive.start();
  await expect.poll(() => archive.openId).toBe(idOf(0));
  return { archive, bridge };
}

const idsCalls = (bridge: Awaited<ReturnType<typeof archiveOf>>['bridge']) =>
  bridge.invoke.mock.calls.filter(([channel]) => channel === 'archive:ids');

describe('SelectionState', () => {
  it('follows the cursor, one row, until rows are picked by hand', async () => {
    const { archive } = await archiveOf();
    archive.perform('next');
    expect([archive.selection.ids(), archive.selection.isMulti]).toEqual([[idOf(1)], false]);
  });

  it('opens a plainly clicked row and selects it alone', async () => {
    const { archive } = await archiveOf();
    archive.selection.click(2, { toggle: true });
    archive.selection.click(5);
    expect([archive.selection.ids(), archive.openId]).toEqual([[idOf(5)], idOf(5)]);
  });

  it('adds a Ctrl/Cmd-clicked row to the open one without opening it', async () => {
    const { archive } = await archiveOf();
    archive.selection.click(3, { toggle: true });
    expect([archive.selection.ids(), archive.openId, archive.cursor]).toEqual([[idOf(0), idOf(3)], idOf(0), 3]);
  });

  it('takes a Ctrl/Cmd-clicked row out of the selection on a second click', async () => {
    const { archive } = await archiveOf();
    archive.selection.click(3, { toggle: true });
    archive.selection.click(3, { toggle: true });
    expect(archive.selection.ids()).toEqual([idOf(0)]);
  });

  it('selects the rows from the anchor to a Shift-clicked row', async () => {
    const { archive } = await archiveOf();
    archive.selection.click(2);
    archive.selection.click(5, { range: true });
    expect(archive.selection.ids()).toEqual([2, 3, 4, 5].map(idOf));
  });

  it('reaches rows whose pages are not loaded through archive:ids', async () => {
    const { archive, bridge } = await archiveOf();
    archive.selection.click(5);
    // Scrolled straight to row 900, past pages never loaded.
    archive.results.want({ start: 900, end: 910 });
    await expect.poll(() => archive.results.row(900)?.id).toBe(idOf(900));
    archive.selection.click(900, { range: true });
    await expect.poll(() => archive.selection.count).toBe(896);
    expect([idsCalls(bridge).length, archive.selection.ids().includes(idOf(500))]).toEqual([1, true]);
  });

  it('adds a Ctrl+Shift-clicked range to what was already selected', async () => {
    const { archive } = await archiveOf();
    archive.selection.click(0);
    archive.selection.click(10, { toggle: true });
    archive.selection.click(12, { toggle: true, range: true });
    expect(archive.selection.ids()).toEqual([0, 10, 11, 12].map(idOf));
  });

  it('extends the selection row by row from the keyboard', async () => {
    const { archive } = await archiveOf();
    archive.perform('next');
    archive.perform('extend-next');
    archive.perform('extend-next');
    expect([archive.selection.ids(), archive.cursor]).toEqual([[1, 2, 3].map(idOf), 3]);
  });

  it('shrinks a keyboard selection when it turns back towards the anchor', async () => {
    const { archive } = await archiveOf();
    archive.perform('extend-next');
    archive.perform('extend-next');
    archive.perform('extend-previous');
    expect(archive.selection.ids()).toEqual([0, 1].map(idOf));
  });

  it('selects every result, loaded or not, on select-all', async () => {
    const { archive } = await archiveOf();
    archive.perform('select-all');
    await expect.poll(() => archive.selection.count).toBe(TOTAL);
  });

  it('clears a hand-made selection on Escape and keeps the filters', async () => {
    const { archive } = await archiveOf();
    archive.toggleFilter('language', 'en');
    archive.selection.click(3, { toggle: true });
    archive.perform('clear-filters');
    expect([archive.selection.isMulti, archive.filters]).toEqual([false, { language: ['en'] }]);
  });

  it('goes back to one row when the cursor moves without Shift', async () => {
    const { archive } = await archiveOf();
    archive.selection.click(3, { toggle: true });
    archive.perform('next');
    expect(archive.selection.ids()).toEqual([idOf(4)]);
  });

  it('drops the selection when the search changes', async () => {
    const { archive } = await archiveOf();
    archive.selection.click(3, { toggle: true });
    archive.toggleFilter('language', 'en');
    expect(archive.selection.chosen).toBeNull();
  });

  it('keeps the selection when the results are refreshed after tagging', async () => {
    const { archive } = await archiveOf();
    archive.selection.click(3, { toggle: true });
    archive.afterTagChange({ kind: 'applied' });
    expect(archive.selection.ids()).toEqual([idOf(0), idOf(3)]);
  });

  it('asks archive:ids with the current query, filters and sort', async () => {
    const { archive, bridge } = await archiveOf();
    archive.toggleFilter('tag', 'syria');
    archive.perform('select-all');
    await expect.poll(() => idsCalls(bridge).length).toBe(1);
    expect(idsCalls(bridge)[0]?.[1]).toEqual({ query: '', filters: { tag: ['syria'] }, sort: 'date-desc' });
  });
});
