import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import SourcesDialog from '../../src-renderer/src/components/SourcesDialog.svelte';
import { SourcesState } from '../../src-renderer/src/lib/sources.svelte';
import type { SourceInfo } from '../../src-main/contract/archive';
import { stubBridge } from './bridge-stub';
import { EMPTY_SUMMARY, source } from './sources-fixtures';

const DISPATCHES = '/home/ana/dispatches';
const WIRES = '/home/ana/wires';

/** Opens the dialog on `list`; main answers the sources channels as the real service would. */
function renderSources(list: SourceInfo[]) {
  let current = list;
  const { invoke } = stubBridge({
    'sources:list': () => current,
    'sources:set-watch': ({ path, watch }) => (current = current.map((s) => (s.path === path ? { ...s, watch } : s))),
    'sources:rescan': () => [{ ...EMPTY_SUMMARY, root: DISPATCHES, imported: 1, unchanged: 13 }],
    'sources:remove': ({ path }) => {
      current = current.filter((s) => s.path !== path);
      return { articles: 12, userDataRemoved: 0 };
    },
  });
  const onRemoved = vi.fn();
  const state = new SourcesState(onRemoved);
  render(SourcesDialog, { open: true, sourcesState: state, progress: null, onAddFolder: vi.fn(), onClose: vi.fn() });
  return { invoke, onRemoved };
}

async function rowOf(path: string): Promise<HTMLElement> {
  return screen.findByText(path, { selector: '[data-testid="source-path"]' }).then((el) => el.closest('li')!);
}

function calls(invoke: ReturnType<typeof stubBridge>['invoke'], channel: string): unknown[] {
  return invoke.mock.calls.filter(([name]) => name === channel).map(([, args]) => args);
}

describe('SourcesDialog', () => {
  it('lists every folder with its article and file counts', async () => {
    renderSources([source(DISPATCHES), source(WIRES, { articles: 1, files: 1 })]);
    const row = await rowOf(WIRES);
    expect(within(row).getByTestId('source-articles').textContent).toBe('1 article');
    expect(row.textContent).toContain('1 file');
    expect(screen.getAllByTestId('source-row')).toHaveLength(2);
  });

  it('says how long ago a folder was scanned', async () => {
    renderSources([source(DISPATCHES)]);
    const row = await rowOf(DISPATCHES);
    expect(within(row).getByTestId('source-scanned').textContent?.trim()).toBe('Scanned 3 hours ago');
  });

  it('says when the last scan is not known', async () => {
    renderSources([source(DISPATCHES, { lastScanAt: null })]);
    const row = await rowOf(DISPATCHES);
    expect(within(row).getByTestId('source-scanned').textContent).toBe('Last scan not recorded');
  });

  it('counts the articles whose files are gone', async () => {
    renderSources([source(DISPATCHES, { missingArticles: 3 })]);
    const row = await rowOf(DISPATCHES);
    expect(within(row).getByTestId('source-missing').textContent).toBe('3 missing from disk');
  });

  it('flags a folder that no longer exists and offers no re-scan of it', async () => {
    renderSources([source(DISPATCHES, { present: false })]);
    const row = await rowOf(DISPATCHES);
    expect(within(row).getByTestId('source-gone').textContent).toBe('Folder not found');
    expect((within(row).getByTestId('source-rescan') as HTMLButtonElement).disabled).toBe(true);
  });

  it('says so when no folder was imported', async () => {
    renderSources([]);
    expect((await screen.findByTestId('sources-empty')).textContent).toBe('No folders imported yet.');
  });

  it('turns watching off for the folder whose switch is flipped', async () => {
    const { invoke } = renderSources([source(DISPATCHES), source(WIRES)]);
    const toggle = within(await rowOf(WIRES)).getByRole('switch', { name: 'Watch for changes' });
    await fireEvent.click(toggle);
    expect(calls(invoke, 'sources:set-watch')).toEqual([{ path: WIRES, watch: false }]);
  });

  it('re-scans one folder and reports what the scan found', async () => {
    const { invoke } = renderSources([source(DISPATCHES)]);
    await fireEvent.click(within(await rowOf(DISPATCHES)).getByTestId('source-rescan'));
    await expect.poll(() => screen.getByTestId('sources-status').textContent).toContain('1 imported, 13 unchanged');
    expect(calls(invoke, 'sources:rescan')).toEqual([{ path: DISPATCHES }]);
  });

  it('re-scans every folder from "Re-scan all"', async () => {
    const { invoke } = renderSources([source(DISPATCHES), source(WIRES)]);
    await rowOf(DISPATCHES);
    await fireEvent.click(screen.getByTestId('sources-rescan-all'));
    expect(calls(invoke, 'sources:rescan')).toEqual([{}]);
  });
});

describe('Removing a source', () => {
  async function askToRemove(path: string): Promise<HTMLElement> {
    const button = within(await rowOf(path)).getByTestId('source-remove');
    button.focus();
    await fireEvent.click(button);
    return screen.getByTestId('remove-source-dialog');
  }

  it('names the folder and how many articles leave', async () => {
    renderSources([source(DISPATCHES)]);
    const dialog = await askToRemove(DISPATCHES);
    expect(within(dialog).getByTestId('remove-source-path').textContent).toBe(DISPATCHES);
    expect(dialog.textContent).toContain('12 articles from this folder leave the archive');
  });

  it('keeps the user data unless asked otherwise', async () => {
    const { invoke } = renderSources([source(DISPATCHES)]);
    const dialog = await askToRemove(DISPATCHES);
    await fireEvent.click(within(dialog).getByTestId('remove-source-confirm'));
    expect(calls(invoke, 'sources:remove')).toEqual([{ path: DISPATCHES, keepUserData: true }]);
  });

  it('deletes the user data too when that is chosen', async () => {
    const { invoke } = renderSources([source(DISPATCHES)]);
    const dialog = await askToRemove(DISPATCHES);
    await fireEvent.click(within(dialog).getByRole('radio', { name: 'Delete them too' }));
    await fireEvent.click(within(dialog).getByTestId('remove-source-confirm'));
    expect(calls(invoke, 'sources:remove')).toEqual([{ path: DISPATCHES, keepUserData: false }]);
  });

  it('removes nothing when cancelled', async () => {
    const { invoke } = renderSources([source(DISPATCHES)]);
    const dialog = await askToRemove(DISPATCHES);
    await fireEvent.click(within(dialog).getByTestId('remove-source-cancel'));
    expect(screen.queryByTestId('remove-source-dialog')).toBeNull();
    expect(calls(invoke, 'sources:remove')).toEqual([]);
  });

  it('takes the folder off the list and lets the archive catch up', async () => {
    const { onRemoved } = renderSources([source(DISPATCHES), source(WIRES)]);
    const dialog = await askToRemove(DISPATCHES);
    await fireEvent.click(within(dialog).getByTestId('remove-source-confirm'));
    await expect.poll(() => screen.getAllByTestId('source-row').length).toBe(1);
    expect(onRemoved).toHaveBeenCalledOnce();
    expect(screen.getByTestId('sources-status').textContent).toContain('12 articles left the archive');
  });

  it('keeps the focus in the dialog once the row is gone', async () => {
    renderSources([source(DISPATCHES), source(WIRES)]);
    const dialog = await askToRemove(DISPATCHES);
    await fireEvent.click(within(dialog).getByTestId('remove-source-confirm'));
    await expect.poll(() => screen.getAllByTestId('source-row').length).toBe(1);
    await expect.poll(() => document.activeElement).toBe(screen.getByTestId('sources-add'));
  });
});
