import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import ExportDialog from '../../src-renderer/src/components/ExportDialog.svelte';
import { ExportState } from '../../src-renderer/src/lib/export.svelte';
import type { ExportContext, ExportOrigin } from '../../src-renderer/src/lib/export-request';
import type { ExportResult } from '../../src-main/contract/export';
import type { ErrorCode } from '../../src-main/contract/ipc';
import { stubBridge, stubBridgeFailing } from './bridge-stub';
import { ARTICLE_ID, ARTICLE_TITLE, PICKED, exportContext, exportResult } from './export-fixtures';

/** Opens the dialog from `origin` on `context`; main answers export:run with `result`. */
function openDialog(
  origin: ExportOrigin,
  context: ExportContext = exportContext(),
  result: ExportResult | null = exportResult(),
) {
  const { invoke } = stubBridge({ 'export:run': () => result });
  const state = new ExportState();
  const onClose = vi.fn();
  state.open(origin, context);
  render(ExportDialog, { open: true, exportState: state, paperSize: 'A4', onClose });
  return { invoke, state, onClose };
}

/** Main refuses export:run with `code` and `message`, as its error envelope. */
function refuseRun(code: ErrorCode, message: string) {
  stubBridgeFailing('export:run', message, {}, code);
  const state = new ExportState();
  state.open('reader', exportContext());
  render(ExportDialog, { open: true, exportState: state, paperSize: 'A4', onClose: vi.fn() });
}

function runRequests(invoke: ReturnType<typeof stubBridge>['invoke']): unknown[] {
  return invoke.mock.calls.filter(([channel]) => channel === 'export:run').map(([, args]) => args);
}

async function exportNow(): Promise<void> {
  await fireEvent.click(screen.getByTestId('export-run'));
}

describe('ExportDialog choices', () => {
  it('is a modal dialog named Export', () => {
    openDialog('reader');
    expect(screen.getByRole('dialog', { name: 'Export' }).getAttribute('aria-modal')).toBe('true');
  });

  it('exports the open article as a PDF when opened from the reader', async () => {
    const { invoke } = openDialog('reader');
    await exportNow();
    expect(runRequests(invoke)).toEqual([
      { format: 'pdf', layout: 'dossier', scope: { kind: 'ids', ids: [ARTICLE_ID] } },
    ]);
  });

  it('names the open article beside its choice', () => {
    openDialog('reader');
    expect(screen.getByTestId('export-article-title').textContent).toBe(ARTICLE_TITLE);
  });

  it('exports the selected articles, one Markdown file each, when opened from the selection bar', async () => {
    const { invoke } = openDialog('selection', exportContext({ selection: PICKED }));
    expect(screen.getByLabelText('The 3 selected articles')).toHaveProperty('checked', true);
    await fireEvent.click(screen.getByTestId('export-format-markdown'));
    await fireEvent.click(screen.getByTestId('export-layout-per-article'));
    await exportNow();
    expect(runRequests(invoke)).toEqual([
      { format: 'markdown', layout: 'per-article', scope: { kind: 'ids', ids: PICKED } },
    ]);
  });

  it('exports everything under the tag picked from the tag list, with the title typed', async () => {
    const { invoke } = openDialog('toolbar');
    await fireEvent.change(screen.getByTestId('export-tag'), { target: { value: 'syria/aleppo' } });
    await fireEvent.input(screen.getByTestId('export-title'), { target: { value: 'Aleppo water' } });
    await exportNow();
    expect(runRequests(invoke)).toEqual([
      { format: 'pdf', layout: 'dossier', scope: { kind: 'tag', tag: 'syria/aleppo' }, title: 'Aleppo water' },
    ]);
  });

  it('exports the current search with its filters as a JSON backup', async () => {
    const search = { query: 'водоснабжение', filters: { language: ['ru'] }, total: 7 };
    const { invoke } = openDialog('toolbar', exportContext({ search }));
    expect(screen.getByTestId('export-scope-search')).toHaveProperty('checked', true);
    await fireEvent.click(screen.getByTestId('export-format-json'));
    await exportNow();
    expect(runRequests(invoke)).toEqual([
      {
        format: 'json',
        layout: 'dossier',
        scope: { kind: 'search', query: 'водоснабжение', filters: { language: ['ru'] } },
      },
    ]);
  });

  it('offers the whole archive, with its count, when nothing narrows the list', () => {
    openDialog('toolbar');
    expect(within(screen.getByTestId('export-scope')).getByText('The whole archive: 40 articles')).toBeTruthy();
  });

  it('shows the search it would export: the query and the filter values', () => {
    openDialog('toolbar', exportContext({ search: { query: 'Aleppo', filters: { agency: ['SANA'] }, total: 4 } }));
    expect(screen.getByTestId('export-search-detail').textContent).toBe('Aleppo · SANA');
  });

  it('offers no choice of files for a single article', () => {
    openDialog('reader');
    expect(screen.queryByTestId('export-layout')).toBeNull();
  });

  it('offers no choice of files for a CSV, which is always one file', async () => {
    openDialog('toolbar');
    await fireEvent.click(screen.getByTestId('export-scope-search'));
    expect(screen.getByTestId('export-layout')).toBeTruthy();
    await fireEvent.click(screen.getByTestId('export-format-csv'));
    expect(screen.queryByTestId('export-layout')).toBeNull();
  });

  it('says which paper a PDF is laid out on', () => {
    openDialog('reader');
    expect(screen.getByTestId('export-paper').textContent).toContain('A4');
  });

  it('leaves the choices as they were when the save dialog is cancelled', async () => {
    openDialog('toolbar', exportContext(), null);
    await fireEvent.click(screen.getByTestId('export-format-csv'));
    await exportNow();
    await expect.poll(() => screen.queryByTestId('export-run')).not.toBeNull();
    expect(screen.getByTestId('export-format-csv')).toHaveProperty('checked', true);
  });

  it('closes from Cancel without exporting', async () => {
    const { invoke, onClose } = openDialog('reader');
    await fireEvent.click(screen.getByTestId('export-dismiss'));
    expect(onClose).toHaveBeenCalledOnce();
    expect(runRequests(invoke)).toEqual([]);
  });
});

describe('ExportDialog errors', () => {
  it('says there is nothing to export when no article matches', async () => {
    refuseRun('not-found', 'nothing to export: no article matches');
    await exportNow();
    expect((await screen.findByTestId('export-error')).textContent).toBe('Nothing to export: no article matches.');
  });

  it('says another export is running when main is busy', async () => {
    refuseRun('busy', 'an export is already running; wait for it or cancel it');
    await exportNow();
    expect((await screen.findByTestId('export-error')).textContent).toContain('Another export is running');
  });

  it('gives any other failure as main worded it', async () => {
    refuseRun('internal', 'EACCES: permission denied');
    await exportNow();
    expect((await screen.findByTestId('export-error')).textContent).toBe(
      'The export failed: EACCES: permission denied',
    );
  });
});
