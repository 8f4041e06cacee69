// One modal dialog at a time, in the whole window: the menu's commands (`app:command`)
// reach it whatever is on screen, so each test opens one dialog from the menu, then
// sends another command and looks at what the window shows.
import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import App from '../../src-renderer/src/App.svelte';
import type { ExportResult, RestoreSummary } from '../../src-main/contract/export';
import type { AppCommand } from '../../src-main/contract/archive';
import { DEFAULT_SETTINGS, DEFAULT_UI_STATE } from '../../src-main/contract/archive';
import { stubBridgeWithEvents } from './event-bridge';
import { exportResult, held, restoreSummary } from './export-fixtures';
import { archiveSummary, searchPage } from './search-fixtures';

/** main's answers to the running export and restore, released by the test (or afterwards). */
let exportAnswer = held<ExportResult | null>();
let restoreAnswer = held<RestoreSummary | null>();

/** The window over an archive of one article (so nothing is empty), with the menu's voice. */
async function renderWindow() {
  exportAnswer = held();
  restoreAnswer = held();
  const bridge = stubBridgeWithEvents({
    'archive:summary': () => archiveSummary(1),
    'archive:search': () => searchPage([]),
    'settings:get': () => DEFAULT_SETTINGS,
    'ui-state:get': () => DEFAULT_UI_STATE,
    'ui-state:set': (patch) => ({ ...DEFAULT_UI_STATE, ...patch }),
    'tags:list': () => [],
    'sources:list': () => [],
    'app:info': () => ({ version: '1.0.0', dataDir: '/data', logDir: '/logs' }),
    'export:run': () => exportAnswer.promise,
    'backup:choose-and-restore': () => restoreAnswer.promise,
  });
  render(App);
  // The window has settled once it knows the archive is not empty.
  await screen.findByTestId('article-count');
  const command = (name: AppCommand) => bridge.emit('app:command', { command: name });
  return { command };
}

const shown = (testid: string) => screen.queryByTestId(testid) !== null;

async function startExport(command: (name: AppCommand) => void): Promise<void> {
  command('export');
  await fireEvent.click(await screen.findByTestId('export-run'));
  await screen.findByTestId('export-progress');
}

afterEach(() => {
  // Each window has its own state; only main's answers still held are let go.
  exportAnswer.release(exportResult());
  restoreAnswer.release(restoreSummary());
});

describe('Dialogs opened from the menu', () => {
  it('replace the open export dialog with Settings', async () => {
    const { command } = await renderWindow();
    command('export');
    await screen.findByTestId('export-dialog');
    command('open-settings');
    await screen.findByTestId('settings-dialog');
    expect(shown('export-dialog')).toBe(false);
  });

  it('leave a running export on screen and open nothing over it', async () => {
    const { command } = await renderWindow();
    await startExport(command);
    command('open-settings');
    command('open-sources');
    command('restore-backup');
    await tick();
    expect(['export-dialog', 'settings-dialog', 'sources-dialog', 'restore-dialog'].map(shown)).toEqual([
      true,
      false,
      false,
      false,
    ]);
  });

  it('replace the sources dialog with a restore', async () => {
    const { command } = await renderWindow();
    command('open-sources');
    await screen.findByTestId('sources-dialog');
    command('restore-backup');
    await screen.findByTestId('restore-dialog');
    expect(shown('sources-dialog')).toBe(false);
  });

  it('close the restore dialog without a word when the file dialog is cancelled', async () => {
    const { command } = await renderWindow();
    command('restore-backup');
    await screen.findByTestId('restore-running');
    restoreAnswer.release(null);
    await expect.poll(() => shown('restore-dialog')).toBe(false);
  });

  it('leave a restore waiting for main on screen and open no export over it', async () => {
    const { command } = await renderWindow();
    command('restore-backup');
    await screen.findByTestId('restore-running');
    command('export');
    await tick();
    expect([shown('restore-dialog'), shown('export-dialog')]).toEqual([true, false]);
  });
});
