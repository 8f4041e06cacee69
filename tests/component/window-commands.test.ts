// The menu's commands and the window's keys, carried out on the window's own state:
// each test sends a command (as main does) or presses a key, and looks at the state.
import { fireEvent } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppState } from '../../src-renderer/src/lib/app-state';
import { WindowCommands } from '../../src-renderer/src/lib/window-commands.svelte';
import type { RestoreSummary } from '../../src-main/contract/export';
import { pending } from './bridge-stub';
import { stubBridgeWithEvents } from './event-bridge';
import { held, restoreSummary } from './export-fixtures';
import { archiveSummary, hit, searchPage } from './search-fixtures';

const INFO = { version: '1.0.0', dataDir: '/data', logDir: '/logs' };

/** The window's state and its commands over an archive of two rows, listening to the menu. */
function windowCommands() {
  const restore = held<RestoreSummary | null>();
  const bridge = stubBridgeWithEvents({
    'archive:summary': () => archiveSummary(2),
    'archive:search': () => searchPage([hit(1), hit(2)]),
    'archive:get': pending,
    'app:info': () => INFO,
    'backup:choose-and-restore': () => restore.promise,
  });
  const app = createAppState();
  const focus = { search: vi.fn(), list: vi.fn() };
  const commands = new WindowCommands(app, focus);
  const disconnect = commands.connectMenu();
  return { ...bridge, app, commands, focus, disconnect, restore };
}

/** Presses `key` on an element of the page (a plain div unless `target` says otherwise). */
async function press(commands: WindowCommands, key: string, target: HTMLElement = document.createElement('div')) {
  document.body.append(target);
  target.addEventListener('keydown', commands.onKeydown);
  await fireEvent.keyDown(target, { key });
  target.remove();
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Menu commands', () => {
  it('open Settings, and fetch the version it shows', async () => {
    const { emit, app, invoke } = windowCommands();
    emit('app:command', { command: 'open-settings' });
    await expect.poll(() => app.settings.info).toEqual(INFO);
    expect([app.dialogs.current, invoke.mock.calls.map(([channel]) => channel)]).toEqual(['settings', ['app:info']]);
  });

  it('open the sources dialog', () => {
    const { emit, app } = windowCommands();
    emit('app:command', { command: 'open-sources' });
    expect(app.dialogs.current).toBe('sources');
  });

  it('open the tag manager', () => {
    const { emit, app } = windowCommands();
    emit('app:command', { command: 'open-tags' });
    expect(app.dialogs.current).toBe('tags');
  });

  it('open the export dialog on what the window holds', () => {
    const { emit, app } = windowCommands();
    app.archive.query = 'Aleppo';
    emit('app:command', { command: 'export' });
    expect([app.dialogs.current, app.exporter.context?.search.query]).toEqual(['export', 'Aleppo']);
  });

  it('open the restore dialog while main asks for the backup', () => {
    const { emit, app } = windowCommands();
    emit('app:command', { command: 'restore-backup' });
    expect([app.dialogs.current, app.restorer.running]).toEqual(['restore', true]);
  });

  it('keep the restore dialog open on its summary', async () => {
    const { emit, app, restore } = windowCommands();
    emit('app:command', { command: 'restore-backup' });
    restore.release(restoreSummary());
    await expect.poll(() => app.restorer.summary).not.toBeNull();
    expect(app.dialogs.current).toBe('restore');
  });

  it('close the restore dialog when the file dialog is cancelled', async () => {
    const { emit, app, restore } = windowCommands();
    emit('app:command', { command: 'restore-backup' });
    restore.release(null);
    await expect.poll(() => app.dialogs.current).toBeNull();
  });

  it('are no longer heard once the window disconnects', () => {
    const { emit, app, disconnect } = windowCommands();
    disconnect();
    emit('app:command', { command: 'open-settings' });
    expect(app.dialogs.current).toBeNull();
  });
});

describe("The window's keys", () => {
  it('send the keyboard to the search box on /', async () => {
    const { commands, focus } = windowCommands();
    await press(commands, '/');
    expect([focus.search.mock.calls.length, focus.list.mock.calls.length]).toEqual([1, 0]);
  });

  it('open the tag editor for the open article on t', async () => {
    const { app, commands } = windowCommands();
    app.archive.openId = hit(2).id;
    await press(commands, 't');
    expect(commands.tagging?.ids).toEqual([hit(2).id]);
  });

  it('open no tag editor on t with nothing selected', async () => {
    const { commands } = windowCommands();
    await press(commands, 't');
    expect(commands.tagging).toBeNull();
  });

  it('leave keys typed into a field alone', async () => {
    const { commands, focus } = windowCommands();
    await press(commands, '/', document.createElement('textarea'));
    expect(focus.search).not.toHaveBeenCalled();
  });

  it('leave keys the list or the search box already handled alone', async () => {
    const { commands, focus } = windowCommands();
    const target = document.createElement('div');
    target.addEventListener('keydown', (event) => event.preventDefault());
    await press(commands, '/', target);
    expect(focus.search).not.toHaveBeenCalled();
  });
});
