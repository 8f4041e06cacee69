// The watcher on real temp folders: the archive follows files added, changed and deleted.
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WatchStatus } from '../../../src-main/contract/archive';
import { isIgnored } from '../../../src-main/core/sources/source-watcher';
import { dispatch, workspace, type Workspace } from './source-fixtures';

// Settling (300 ms) plus the quiet period (500 ms) plus the import: well under this.
const FOLLOWS = { timeout: 8_000, interval: 50 };

let ws: Workspace;
let folder: string;
let statuses: WatchStatus[];

beforeEach(async () => {
  ws = await workspace('watch');
  folder = await ws.folder('wires', { 'a.txt': dispatch('Aleppo') });
  await ws.service.importFolder(folder);
  statuses = [];
  ws.service.onEvent((event, payload) => {
    if (event === 'watch:status') statuses.push(payload as WatchStatus);
  });
  await ws.service.startWatching();
  // Starting scans each watched folder once, to catch up; let that pass first.
  await vi.waitFor(() => expect(statuses.at(-1)).toEqual({ state: 'idle' }), FOLLOWS);
  statuses = [];
});
afterEach(() => ws.dispose());

describe('the source watcher', { timeout: 20_000 }, () => {
  it('imports a file added to a watched folder', async () => {
    await writeFile(join(folder, 'b.txt'), dispatch('Palmyra'));
    await vi.waitFor(async () => expect(await ws.find('Palmyra')).toHaveLength(1), FOLLOWS);
  });

  it('re-imports a changed file, so its article reads the new text', async () => {
    const [id] = await ws.find('Aleppo');
    await writeFile(join(folder, 'a.txt'), dispatch('Aleppo', 'A convoy reached Kafranbel.'));
    await vi.waitFor(async () => expect(await ws.find('Kafranbel')).toEqual([id]), FOLLOWS);
    expect((await ws.call('archive:get', { id: id! }))!.paragraphs[0]).toContain('Kafranbel');
  });

  it('marks the article of a deleted file missing', async () => {
    const [id] = await ws.find('Aleppo');
    await rm(join(folder, 'a.txt'));
    await vi.waitFor(async () => expect((await ws.call('archive:get', { id: id! }))!.missing).toBe(true), FOLLOWS);
  });

  it('says pending, then importing, then idle', async () => {
    await writeFile(join(folder, 'b.txt'), dispatch('Palmyra'));
    await vi.waitFor(() => expect(statuses.at(-1)).toEqual({ state: 'idle' }), FOLLOWS);
    expect(statuses).toEqual([
      { state: 'pending', path: folder },
      { state: 'importing', path: folder },
      { state: 'idle' },
    ]);
  });

  it('leaves hidden and temp files alone', async () => {
    await writeFile(join(folder, '.draft.txt'), dispatch('Palmyra'));
    await writeFile(join(folder, 'b.txt.crdownload'), dispatch('Palmyra'));
    // Nothing to wait for: give the watcher well past its settling and quiet periods.
    await new Promise((done) => setTimeout(done, 1_500));
    expect(statuses).toEqual([]);
  });

  it('does not import into a folder whose watching is turned off', async () => {
    await ws.call('sources:set-watch', { path: folder, watch: false });
    await writeFile(join(folder, 'b.txt'), dispatch('Palmyra'));
    await new Promise((done) => setTimeout(done, 1_500));
    expect(await ws.find('Palmyra')).toEqual([]);
    expect(statuses).toEqual([]);
  });

  it('watches again once turned back on, catching up with what changed meanwhile', async () => {
    await ws.call('sources:set-watch', { path: folder, watch: false });
    await writeFile(join(folder, 'b.txt'), dispatch('Palmyra'));
    await ws.call('sources:set-watch', { path: folder, watch: true });
    await vi.waitFor(async () => expect(await ws.find('Palmyra')).toHaveLength(1), FOLLOWS);
    await writeFile(join(folder, 'c.txt'), dispatch('Raqqa'));
    await vi.waitFor(async () => expect(await ws.find('Raqqa')).toHaveLength(1), FOLLOWS);
  });

  it('imports on start what changed while the app was closed', async () => {
    await ws.service.close();
    await writeFile(join(folder, 'b.txt'), dispatch('Palmyra'));
    await ws.reopen();
    await ws.service.startWatching();
    await vi.waitFor(async () => expect(await ws.find('Palmyra')).toHaveLength(1), FOLLOWS);
  });

  it('says nothing of a catch-up scan that found nothing new', async () => {
    const finished: unknown[] = [];
    await ws.reopen();
    ws.service.onEvent((event, payload) => {
      if (event === 'import:finished' || event === 'import:progress') finished.push(payload);
      if (event === 'watch:status') statuses.push(payload as WatchStatus);
    });
    await ws.service.startWatching();
    await vi.waitFor(() => expect(statuses.at(-1)).toEqual({ state: 'idle' }), FOLLOWS);
    expect(statuses).toEqual([
      { state: 'pending', path: folder },
      { state: 'importing', path: folder },
      { state: 'idle' },
    ]);
    expect(finished).toEqual([]);
  });

  it('lets an import the user starts wait for the watcher rather than fail as busy', async () => {
    let user: Promise<unknown> | null = null;
    ws.service.onEvent((event, payload) => {
      // The watcher claims the import right after saying so: ask in the same turn, just after.
      if (event === 'watch:status' && (payload as WatchStatus).state === 'importing')
        queueMicrotask(() => (user ??= ws.call('sources:rescan', { path: folder })));
    });
    await writeFile(join(folder, 'b.txt'), dispatch('Palmyra'));
    await vi.waitFor(() => expect(user).not.toBeNull(), FOLLOWS);
    // It ran after the watcher's import, which had already read the new file.
    expect(await user).toMatchObject([{ root: folder, imported: 0, unchanged: 2 }]);
  });

  it('waits for an import the user started, still saying pending rather than importing', async () => {
    let release = (): void => undefined;
    const held = ws.service.exclusive(() => new Promise<void>((done) => (release = done)));
    await writeFile(join(folder, 'b.txt'), dispatch('Palmyra'));
    await vi.waitFor(() => expect(statuses).toEqual([{ state: 'pending', path: folder }]), FOLLOWS);
    // Nothing to wait for: give the watcher well past its quiet period while the user's import holds on.
    await new Promise((done) => setTimeout(done, 1_000));
    expect(statuses).toEqual([{ state: 'pending', path: folder }]);
    release();
    await held;
    await vi.waitFor(async () => expect(await ws.find('Palmyra')).toHaveLength(1), FOLLOWS);
    await vi.waitFor(() => expect(statuses.at(-1)).toEqual({ state: 'idle' }), FOLLOWS);
    expect(statuses).toEqual([
      { state: 'pending', path: folder },
      { state: 'importing', path: folder },
      { state: 'idle' },
    ]);
  });

  it('watches a folder imported after it started', async () => {
    const other = await ws.folder('more', { 'c.txt': dispatch('Homs') });
    await ws.service.importFolder(other);
    // The watcher is added once the import has finished; give it that moment.
    await vi.waitFor(async () => {
      await writeFile(join(other, 'd.txt'), dispatch('Raqqa'));
      await vi.waitFor(async () => expect(await ws.find('Raqqa')).toHaveLength(1), { timeout: 3_000, interval: 100 });
    }, FOLLOWS);
  });

  it('stops watching a removed folder', async () => {
    await ws.call('sources:remove', { path: folder, keepUserData: false });
    await writeFile(join(folder, 'b.txt'), dispatch('Palmyra'));
    await new Promise((done) => setTimeout(done, 1_500));
    expect(await ws.find('Palmyra')).toEqual([]);
    expect(await ws.call('sources:list', {})).toEqual([]);
  });
});

describe('isIgnored', () => {
  it('ignores hidden, system and temp names anywhere under the folder, but not the folder itself', () => {
    expect(isIgnored('/in', '/in/.git/HEAD')).toBe(true);
    expect(isIgnored('/in', '/in/a/Thumbs.db')).toBe(true);
    expect(isIgnored('/in', '/in/a/story.txt.part')).toBe(true);
    expect(isIgnored('/in', '/in/a/story.txt~')).toBe(true);
    expect(isIgnored('/in', '/in/a/story.txt')).toBe(false);
    expect(isIgnored('/home/u/.wires', '/home/u/.wires')).toBe(false);
    expect(isIgnored('/home/u/.wires', '/home/u/.wires/story.txt')).toBe(false);
  });
});
