import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import RestoreDialog from '../../src-renderer/src/components/RestoreDialog.svelte';
import { RestoreState } from '../../src-renderer/src/lib/restore.svelte';
import type { RestoreSummary } from '../../src-main/contract/export';
import { stubBridge } from './bridge-stub';
import { stubBridgeFailing } from './bridge-stub';
import { held, restoreSummary } from './export-fixtures';

/** Restores from the menu; main answers backup:choose-and-restore with `summary` once released. */
function restore() {
  const answer = held<RestoreSummary | null>();
  const { invoke } = stubBridge({ 'backup:choose-and-restore': () => answer.promise });
  const onRestored = vi.fn();
  const state = new RestoreState(onRestored);
  render(RestoreDialog, { restoreState: state });
  const done = state.chooseAndRestore();
  return {
    invoke,
    onRestored,
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

  it('closes without a word when the file dialog is cancelled', async () => {
    const { release, onRestored } = restore();
    await release(null);
    expect(screen.queryByTestId('restore-dialog')).toBeNull();
    expect(onRestored).not.toHaveBeenCalled();
  });

  it('says why the backup was not restored', async () => {
    stubBridgeFailing('backup:choose-and-restore', 'not a Dispatch Archive export');
    const state = new RestoreState();
    render(RestoreDialog, { restoreState: state });
    await state.chooseAndRestore();
    expect((await screen.findByTestId('restore-error')).textContent).toBe(
      'The backup was not restored: not a Dispatch Archive export',
    );
  });

  it('closes from Close once the summary is in', async () => {
    const { release, state } = restore();
    await release(restoreSummary());
    await fireEvent.click(screen.getByTestId('restore-close'));
    expect(state.open).toBe(false);
  });
});
