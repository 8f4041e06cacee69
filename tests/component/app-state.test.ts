// The window's state as App.svelte makes it: what it fetches when connected, and how it
// catches up when main reports an import, whoever started it.
import { describe, expect, it } from 'vitest';
import { connectAppState, createAppState } from '../../src-renderer/src/lib/app-state';
import { DEFAULT_SETTINGS, type ImportSummary } from '../../src-main/contract/archive';
import { pending } from './bridge-stub';
import { stubBridgeWithEvents } from './event-bridge';
import { archiveSummary, hit, searchPage } from './search-fixtures';
import { EMPTY_SUMMARY, source } from './sources-fixtures';

const ROOT = '/home/ana/wires';

/** A connected window over a watched folder, its first search page in. */
async function connectedWindow() {
  const bridge = stubBridgeWithEvents({
    'settings:get': () => DEFAULT_SETTINGS,
    'archive:summary': () => archiveSummary(2),
    'archive:search': () => searchPage([hit(1), hit(2)]),
    'archive:get': pending,
    'tags:list': () => [],
    'sources:list': () => [source(ROOT)],
  });
  const app = createAppState();
  const disconnect = connectAppState(app);
  app.archive.start();
  await expect.poll(() => app.archive.results.current).toBe(true);
  const calls = (channel: string) => bridge.invoke.mock.calls.filter(([name]) => name === channel).length;
  return { ...bridge, app, disconnect, calls };
}

const summary = (patch: Partial<ImportSummary> = {}): ImportSummary => ({
  ...EMPTY_SUMMARY,
  root: ROOT,
  imported: 1,
  ...patch,
});

describe('The connected window', () => {
  it('fetches its settings, store warnings, tags and watched folders, but not the sources list', async () => {
    const { app, calls } = await connectedWindow();
    expect(['settings:get', 'tags:list'].map(calls)).toEqual([1, 1]);
    // The list's file counts read every file entry in main: only the sources dialog asks for it.
    expect(calls('sources:list')).toBe(0);
    expect(calls('archive:summary')).toBeGreaterThanOrEqual(1);
    await expect.poll(() => app.sources.watchedCount).toBe(1);
  });

  it('searches again from the top after an import the user started', async () => {
    const { app, emit } = await connectedWindow();
    const generation = app.archive.results.generation;
    emit('import:finished', summary());
    expect(app.archive.results.generation).toBe(generation + 1);
  });

  it('catches the list up in place after the watcher imported changes', async () => {
    const { app, emit } = await connectedWindow();
    const generation = app.archive.results.generation;
    emit('watch:status', { state: 'importing', path: ROOT });
    emit('import:finished', summary());
    expect(app.archive.results.generation).toBe(generation);
  });

  it('keeps quiet about a watcher import with nothing for the user to see', async () => {
    const { app, emit } = await connectedWindow();
    emit('watch:status', { state: 'importing', path: ROOT });
    emit('import:finished', summary());
    expect(app.importer.summary).toBeNull();
  });

  it('shows the summary of a watcher import that rejected files', async () => {
    const { app, emit } = await connectedWindow();
    emit('watch:status', { state: 'importing', path: ROOT });
    emit('import:finished', summary({ rejected: [{ path: `${ROOT}/bad.bin`, code: 'binary', reason: 'not text' }] }));
    expect(app.importer.summary?.rejected).toHaveLength(1);
  });

  it('fetches the tags again after any import', async () => {
    const { emit, calls } = await connectedWindow();
    emit('import:finished', summary());
    await expect.poll(() => calls('tags:list')).toBe(2);
  });

  it('stops following main once disconnected', async () => {
    const { app, emit, disconnect } = await connectedWindow();
    disconnect();
    emit('import:finished', summary());
    expect(app.importer.summary).toBeNull();
  });
});
