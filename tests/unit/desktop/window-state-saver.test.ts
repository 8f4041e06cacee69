import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WindowBounds } from '../../../src-main/contract/archive';
import { UserDataStore } from '../../../src-main/core/store/userdata';
import { restoreWindowPlacement } from '../../../src-main/desktop/window-state';
import type { Timers } from '../../../src-main/desktop/timers';
import { WindowStateSaver } from '../../../src-main/desktop/window-state-saver';

/** Timers the test fires by hand: no waiting, no timing asserts. */
function manualTimers(): Timers & { fire(): void; pending(): number } {
  const waiting = new Map<number, () => void>();
  let next = 0;
  return {
    set: (callback) => (waiting.set(++next, callback), next),
    clear: (handle) => void waiting.delete(handle as number),
    fire: () => {
      const callbacks = [...waiting.values()];
      waiting.clear();
      for (const callback of callbacks) callback();
    },
    pending: () => waiting.size,
  };
}

describe('WindowStateSaver', () => {
  let bounds: WindowBounds;
  let saved: WindowBounds[];
  let timers: ReturnType<typeof manualTimers>;
  let saver: WindowStateSaver;
  beforeEach(() => {
    bounds = { x: 10, y: 20, width: 1000, height: 700, maximized: false };
    saved = [];
    timers = manualTimers();
    saver = new WindowStateSaver({ read: () => ({ ...bounds }), save: async (b) => void saved.push(b), timers });
  });

  it('writes a burst of moves once, after the window has settled', async () => {
    for (const x of [11, 12, 13]) {
      bounds.x = x;
      saver.changed();
    }
    expect(timers.pending()).toBe(1);
    expect(saved).toEqual([]);
    timers.fire();
    await saver.whenWritten();
    expect(saved).toEqual([{ ...bounds, x: 13 }]);
  });

  it('writes at once on close, dropping the pending delayed write', async () => {
    bounds.width = 1100;
    saver.changed();
    await saver.flush();
    expect(saved).toEqual([{ ...bounds }]);
    expect(timers.pending()).toBe(0);
  });

  it('does not write bounds it has already written', async () => {
    await saver.flush();
    await saver.flush();
    expect(saved).toHaveLength(1);
  });

  it('reports a failed write and writes the same bounds again next time', async () => {
    const errors: unknown[] = [];
    let fail = true;
    const flaky = new WindowStateSaver({
      read: () => bounds,
      save: async (b) => {
        if (fail) throw new Error('disk full');
        saved.push(b);
      },
      timers,
      onError: (err) => errors.push(err),
    });
    await flaky.flush();
    fail = false;
    await flaky.flush();
    expect(errors).toEqual([new Error('disk full')]);
    expect(saved).toEqual([bounds]);
  });
});

describe('window bounds across a restart', () => {
  let dir: string;
  beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'da-window-'))));
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('come back from the user-data store as they were when the window closed', async () => {
    const store = await UserDataStore.open(dir, []);
    const closedAt: WindowBounds = { x: 1700, y: 60, width: 1300, height: 850, maximized: true };
    const saver = new WindowStateSaver({ read: () => closedAt, save: (window) => store.updateUi({ window }) });
    await saver.flush();

    const reopened = await UserDataStore.open(dir, []);
    const monitor = { x: 1440, y: 0, width: 2560, height: 1440 };
    expect(restoreWindowPlacement(reopened.ui.window, { primary: monitor, all: [monitor] })).toEqual(closedAt);
  });
});
