import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import RestoreDialog from '../../src-renderer/src/components/RestoreDialog.svelte';
import { RestoreState } from '../../src-renderer/src/lib/restore.svelte';
import type { RestoreSummary } from '../../src-main/contract/export';
import { stubBridge, stubBridgeFailing } from './bridge-stub';
import { held, restoreSummary } from './export-fixtures';

/** Restores from the menu; main answers backup:choose-and-restore with `summary` once released. */
function restore() {
  const answer = held<RestoreSummary | null>();
  const { invoke } = stubBridge({ 'backup:choose-and-restore': () => answer.promise });
  const onRestored = vi.fn();
  const onClose = vi.fn();
  const state = new RestoreState(onRestored);
  render(RestoreDialog, { open: true, restoreState: state, onClose });
  const done = state.chooseAndRestore();
  return {
    invoke,
    onRestored,
    onClose,
    state,
    release: async (summary: RestoreSummary | null) => (answer.release(summary), done),
  };
}

describe('Restoring a backup', () => {
  it('says it is restoring while main works', async () => {
    restore();
    expect((await screen.findByTestId('restore-running')).textContent).toBe('Restoring the backup you choose…');
  });

  it('asks main to choose the file and restore it', () => {
    const { invoke } = restore();
    expect(invoke.mock.calls.map(([channel]) => channel)).toEqual(['backup:choose-and-restore']);
  });

  it('counts what was put back: articles, highlights, notes and tags', async () => {
    const { release } = restore();
    await release(restoreSummary({ articles: 5, added: 2, annotations: 3, notes: 1, tagged: 4 }));
    const texts = ['articles', 'added', 'annotations', 'notes', 'tagged'].map(
      (field) => screen.getByTestId(`restore-${field}`).textContent,
    );
    expect(texts).toEqual([
      '5 articles in the backup',
      '2 added to the archive',
      '3 highlights put in place',
      '1 article note put in place',
      '4 articles got their tags',
    ]);
  });

  it('lists every record it could not restore, with the reason', async () => {
    const { release } = restore();
    await release(
      restoreSummary({
        rejected: [
          { path: 'articles[3]', code: 'invalid', reason: 'the record has no title' },
          { path: 'articles[7]', code: 'anchor', reason: 'an annotation lies outside the text' },
        ],
      }),
    );
    expect(screen.getByText('2 records could not be restored')).toBeTruthy();
    expect(screen.getAllByTestId('restore-reject').map((li) => li.textContent)).toEqual([
      'articles[3]: the record has no title',
      'articles[7]: an annotation lies outside the text',
    ]);
  });

  it('lets the window catch up once restored', async () => {
    const { release, onRestored } = restore();
    await release(restoreSummary());
    expect(onRestored).toHaveBeenCalledOnce();
  });

  it('has nothing to show, and nothing to catch up on, when the file dialog is cancelled', async () => {
    const { release, onRestored } = restore();
    expect(await release(null)).toBe(false);
    expect(onRestored).not.toHaveBeenCalled();
  });

  it('says why the backup was not restored', async () => {
    stubBridgeFailing('backup:choose-and-restore', 'not a Dispatch Archive export');
    const state = new RestoreState();
    render(RestoreDialog, { open: true, restoreState: state, onClose: vi.fn() });
    await state.chooseAndRestore();
    expect((await screen.findByTestId('restore-error')).textContent).toBe(
      'The backup was not restored: not a Dispatch Archive export',
    );
  });

  it('offers Close only once main has answered', async () => {
    const { release } = restore();
    await tick();
    const close = screen.getByTestId('restore-close') as HTMLButtonElement;
    const whileRunning = close.disabled;
    await release(restoreSummary());
    expect([whileRunning, close.disabled]).toEqual([true, false]);
  });

  it('closes from Close once the summary is in', async () => {
    const { release, onClose } = restore();
    await release(restoreSummary());
    await fireEvent.click(screen.getByTestId('restore-close'));
    expect(onClose).toHaveBeenCalledOnce();
  });
});
