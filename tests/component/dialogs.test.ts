// The one owner of the modal dialogs: which is on screen, one at a time, and each
// dialog's say over being closed.
import { describe, expect, it } from 'vitest';
import { createAppState } from '../../src-renderer/src/lib/app-state';
import { Dialogs } from '../../src-renderer/src/lib/dialogs.svelte';

/** Two dialogs; `busy` decides whether the second may close, as a running export does. */
function twoDialogs() {
  const work = { busy: false };
  const dialogs = new Dialogs({ plain: {}, working: { mayClose: () => !work.busy } });
  return { dialogs, work };
}

describe('Dialogs', () => {
  it('start with no dialog on screen', () => {
    expect(twoDialogs().dialogs.current).toBeNull();
  });

  it('show the dialog opened', () => {
    const { dialogs } = twoDialogs();
    dialogs.open('plain');
    expect([dialogs.isOpen('plain'), dialogs.isOpen('working')]).toEqual([true, false]);
  });

  it('show one dialog at a time: opening another puts it in place of the open one', () => {
    const { dialogs } = twoDialogs();
    dialogs.open('working');
    expect([dialogs.open('plain'), dialogs.current]).toEqual([true, 'plain']);
  });

  it('open nothing over a dialog that refuses to close while busy', () => {
    const { dialogs, work } = twoDialogs();
    dialogs.open('working');
    work.busy = true;
    expect([dialogs.open('plain'), dialogs.current]).toEqual([false, 'working']);
  });

  it('keep a busy dialog on screen when it is asked to close', () => {
    const { dialogs, work } = twoDialogs();
    dialogs.open('working');
    work.busy = true;
    expect([dialogs.close('working'), dialogs.current]).toEqual([false, 'working']);
  });

  it('close a dialog once it is no longer busy', () => {
    const { dialogs, work } = twoDialogs();
    dialogs.open('working');
    work.busy = true;
    dialogs.close('working');
    work.busy = false;
    expect([dialogs.close('working'), dialogs.current]).toEqual([true, null]);
  });

  it('leave the open dialog alone when another one, not on screen, is closed', () => {
    const { dialogs } = twoDialogs();
    dialogs.open('plain');
    expect([dialogs.close('working'), dialogs.current]).toEqual([true, 'plain']);
  });

  it('keep a busy dialog open when it is opened again', () => {
    const { dialogs, work } = twoDialogs();
    dialogs.open('working');
    work.busy = true;
    expect([dialogs.open('working'), dialogs.current]).toEqual([true, 'working']);
  });
});

describe("The window's dialogs", () => {
  it('keep the export dialog on screen while an export runs', () => {
    const { dialogs, exporter } = createAppState();
    dialogs.open('export');
    exporter.stage = 'running';
    expect([dialogs.open('settings'), dialogs.close('export'), dialogs.current]).toEqual([false, false, 'export']);
  });

  it('keep the restore dialog on screen while main restores', () => {
    const { dialogs, restorer } = createAppState();
    dialogs.open('restore');
    restorer.running = true;
    expect([dialogs.open('sources'), dialogs.current]).toEqual([false, 'restore']);
  });

  it('let settings, sources and the tag manager replace one another', () => {
    const { dialogs } = createAppState();
    const shown = (['settings', 'sources', 'tags'] as const).map((name) => (dialogs.open(name), dialogs.current));
    expect(shown).toEqual(['settings', 'sources', 'tags']);
  });
});
