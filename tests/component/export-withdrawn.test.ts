// "Include stories withdrawn by the agency" in the export dialog: off unless asked for,
// and what it sends main.
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import ExportDialog from '../../src-renderer/src/components/ExportDialog.svelte';
import { ExportState } from '../../src-renderer/src/lib/export.svelte';
import type { ExportContext, ExportOrigin } from '../../src-renderer/src/lib/export-request';
import { stubBridge } from './bridge-stub';
import { ARTICLE_ID, ARTICLE_TITLE, exportContext, exportResult } from './export-fixtures';

function openDialog(origin: ExportOrigin, context: ExportContext = exportContext()) {
  const { invoke } = stubBridge({ 'export:run': () => exportResult() });
  const state = new ExportState();
  state.open(origin, context);
  render(ExportDialog, { open: true, exportState: state, paperSize: 'A4', onClose: vi.fn() });
  const checkbox = screen.getByTestId('export-include-withdrawn') as HTMLInputElement;
  const runs = () => invoke.mock.calls.filter(([channel]) => channel === 'export:run').map(([, args]) => args);
  return { checkbox, runs };
}

const withdrawnArticle = exportContext({ article: { id: ARTICLE_ID, title: ARTICLE_TITLE, withdrawn: true } });

describe('Exporting withdrawn stories', () => {
  it('offers to include them, unticked, under its own label', () => {
    const { checkbox } = openDialog('toolbar');
    expect(screen.getByLabelText('Include stories withdrawn by the agency')).toBe(checkbox);
    expect(checkbox.checked).toBe(false);
  });

  it('leaves them out by asking for nothing more', async () => {
    const { runs } = openDialog('toolbar');
    await fireEvent.click(screen.getByTestId('export-run'));
    expect(runs()).toHaveLength(1);
    expect(runs()[0]).not.toHaveProperty('includeWithdrawn');
  });

  it('asks main to include them when ticked', async () => {
    const { checkbox, runs } = openDialog('toolbar');
    await fireEvent.click(checkbox);
    await fireEvent.click(screen.getByTestId('export-run'));
    expect(runs()).toEqual([
      { format: 'pdf', layout: 'dossier', scope: { kind: 'ids', ids: [ARTICLE_ID] }, includeWithdrawn: true },
    ]);
  });

  it('starts ticked for a withdrawn article exported from the reader, so it is not left out of its own export', () => {
    const { checkbox } = openDialog('reader', withdrawnArticle);
    expect(checkbox.checked).toBe(true);
  });

  it('starts unticked when the toolbar exports the search, whatever the open article', () => {
    const { checkbox } = openDialog('toolbar', {
      ...withdrawnArticle,
      search: { query: 'quake', filters: {}, total: 9 },
    });
    expect(checkbox.checked).toBe(false);
  });

  it('is not offered for a JSON backup, which keeps every story', async () => {
    const { runs } = openDialog('toolbar');
    await fireEvent.click(screen.getByTestId('export-format-json'));
    expect(screen.queryByTestId('export-include-withdrawn')).toBeNull();
    await fireEvent.click(screen.getByTestId('export-format-pdf'));
    expect(screen.getByTestId('export-include-withdrawn')).toBeTruthy();
    expect(runs()).toEqual([]);
  });
});
