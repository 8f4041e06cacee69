import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ExportDialog from '../../src-renderer/src/components/ExportDialog.svelte';
import { createAppState } from '../../src-renderer/src/lib/app-state';
import type { ExportResult } from '../../src-main/contract/export';
import { stubBridgeWithEvents } from './event-bridge';
import { exportContext, exportResult, held } from './export-fixtures';
import { modalProps } from './dialog-fixtures';

/** Starts an export of the tag `syria` whose result main holds back until `release`. */
async function startExport(reveal: { opened: boolean } = { opened: true }) {
  const run = held<ExportResult | null>();
  const bridge = stubBridgeWithEvents({
    'export:run': () => run.promise,
    'export:cancel': () => ({ cancelled: true }),
    'export:reveal': () => reveal,
  });
  // The window's own export state and dialogs, so closing follows the rule the window registers.
  const { exporter: state, dialogs } = createAppState();
  state.connect();
  state.open('toolbar', exportContext());
  dialogs.open('export');
  render(ExportDialog, { props: modalProps(dialogs, 'export', { exportState: state, paperSize: 'A4' }) });
  await fireEvent.click(screen.getByTestId('export-scope-tag'));
  await fireEvent.click(screen.getByTestId('export-run'));
  await screen.findByTestId('export-progress');
  return { ...bridge, release: run.release, state, dialogs };
}

function calls(invoke: ReturnType<typeof stubBridgeWithEvents>['invoke'], channel: string): unknown[] {
  return invoke.mock.calls.filter(([name]) => name === channel).map(([, args]) => args);
}

describe('A running export', () => {
  it('says it is preparing until main reports progress', async () => {
    await startExport();
    expect(screen.getByTestId('export-progress-text').textContent).toBe('Preparing the export…');
  });

  it('counts the articles gathered from export:progress', async () => {
    const { emit } = await startExport();
    emit('export:progress', { phase: 'collecting', done: 50, total: 200 });
    await expect
      .poll(() => screen.getByTestId('export-progress-text').textContent)
      .toBe('Gathering articles: 50 of 200');
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('50');
  });

  it('shows the bar without a value while the pages are laid out', async () => {
    const { emit } = await startExport();
    emit('export:progress', { phase: 'rendering', done: 200, total: 200 });
    await expect.poll(() => screen.getByTestId('export-progress-text').textContent).toBe('Laying out the pages…');
    expect(screen.getByRole('progressbar').hasAttribute('aria-valuenow')).toBe(false);
  });

  it('asks main to cancel from Cancel export', async () => {
    const { invoke } = await startExport();
    await fireEvent.click(screen.getByTestId('export-cancel'));
    expect(calls(invoke, 'export:cancel')).toEqual([{}]);
    expect(screen.getByTestId('export-progress-text').textContent).toBe('Cancelling…');
  });

  it('stays open while it runs, whatever closes dialogs', async () => {
    await startExport();
    await fireEvent.keyDown(screen.getByTestId('export-cancel'), { key: 'Escape' });
    await fireEvent.click(screen.getByTestId('export-dialog').parentElement!);
    expect(screen.getByTestId('export-progress')).toBeTruthy();
  });
});

describe('The outcome of an export', () => {
  it('lists the file written and how many articles went into it', async () => {
    const { release } = await startExport();
    release(exportResult({ files: ['/home/ana/exports/Dossier-syria.pdf'], articles: 3 }));
    expect((await screen.findByTestId('export-outcome-text')).textContent?.trim()).toBe('Exported 3 articles');
    expect(screen.getAllByTestId('export-file').map((li) => li.textContent)).toEqual([
      '/home/ana/exports/Dossier-syria.pdf',
    ]);
  });

  it('shows the first file in its folder from Show in folder', async () => {
    const { release, invoke } = await startExport();
    release(exportResult({ files: ['/home/ana/exports/a.pdf', '/home/ana/exports/b.pdf'] }));
    await fireEvent.click(await screen.findByTestId('export-reveal'));
    expect(calls(invoke, 'export:reveal')).toEqual([{ path: '/home/ana/exports/a.pdf' }]);
  });

  it('gives the path when the window cannot show folders', async () => {
    const { release } = await startExport({ opened: false });
    release(exportResult({ files: ['/home/ana/exports/a.pdf'] }));
    await fireEvent.click(await screen.findByTestId('export-reveal'));
    expect((await screen.findByTestId('export-reveal-failed')).textContent).toContain('/home/ana/exports/a.pdf');
  });

  it('lists five files of a long per-article export and counts the rest', async () => {
    const { release } = await startExport();
    const files = Array.from({ length: 12 }, (_, i) => `/home/ana/exports/article-${i}.pdf`);
    release(exportResult({ files, articles: 12 }));
    expect(await screen.findAllByTestId('export-file')).toHaveLength(5);
    expect(screen.getByText('and 7 more')).toBeTruthy();
  });

  it('says a cancelled export was cancelled and what it left whole', async () => {
    const { release } = await startExport();
    release(exportResult({ files: ['/home/ana/exports/a.pdf'], articles: 1, cancelled: true }));
    const text = (await screen.findByTestId('export-outcome-text')).textContent ?? '';
    expect(text).toContain('Export cancelled');
    expect(text).toContain('1 file was written whole before it stopped');
  });

  it('moves the focus to Show in folder once the export is done', async () => {
    const { release } = await startExport();
    release(exportResult());
    await expect.poll(() => document.activeElement?.getAttribute('data-testid')).toBe('export-reveal');
  });

  it('closes from Close once the export is done', async () => {
    const { release } = await startExport();
    release(exportResult());
    await fireEvent.click(await screen.findByTestId('export-close'));
    expect(screen.queryByTestId('export-dialog')).toBeNull();
  });

  it('goes back to the same choices for another export', async () => {
    const { release } = await startExport();
    release(exportResult());
    await fireEvent.click(await screen.findByTestId('export-again'));
    expect(screen.getByTestId('export-scope-tag')).toHaveProperty('checked', true);
  });
});
