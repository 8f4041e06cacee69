import { describe, expect, it } from 'vitest';
import { LaunchQueue, type BatchOutcome } from '../../../src-main/desktop/launch-queue';
import type { Timers } from '../../../src-main/desktop/timers';

/** An importer whose batches finish when the test says so. */
function controlledImporter() {
  const batches: string[][] = [];
  const finishers: ((outcome: BatchOutcome) => void)[] = [];
  const importer = (paths: string[]): Promise<BatchOutcome> => {
    batches.push(paths);
    return new Promise((resolve) => finishers.push(resolve));
  };
  const finish = async (outcome: BatchOutcome = 'done'): Promise<void> => {
    finishers.shift()?.(outcome);
    await new Promise((r) => setImmediate(r));
  };
  return { importer, batches, finish };
}

function manualTimers(): Timers & { fire(): void } {
  let waiting: (() => void)[] = [];
  return {
    set: (callback) => waiting.push(callback),
    clear: () => {},
    fire: () => {
      const run = waiting;
      waiting = [];
      for (const callback of run) callback();
    },
  };
}

describe('LaunchQueue', () => {
  it('holds paths that arrive before the window is ready, then imports them in one batch', async () => {
    const queue = new LaunchQueue();
    queue.add(['/wires/sana']);
    queue.add(['/wires/bbc.txt', '/wires/sana']);
    const { importer, batches, finish } = controlledImporter();
    queue.start(importer);
    expect(batches).toEqual([['/wires/sana', '/wires/bbc.txt']]);
    await finish();
    await queue.whenIdle();
  });

  it('never runs two imports at once: paths arriving meanwhile go in the next batch', async () => {
    const queue = new LaunchQueue();
    const { importer, batches, finish } = controlledImporter();
    queue.start(importer);
    queue.add(['/a']);
    queue.add(['/b']);
    queue.add(['/c']);
    expect(batches).toEqual([['/a']]);
    await finish();
    expect(batches).toEqual([['/a'], ['/b', '/c']]);
  });

  it('splits more paths than import:paths accepts into batches of the largest size', () => {
    const queue = new LaunchQueue({ maxBatch: 2 });
    const { importer, batches } = controlledImporter();
    queue.add(['/1', '/2', '/3']);
    queue.start(importer);
    expect(batches).toEqual([['/1', '/2']]);
  });

  it('tries a batch again later when another import held the archive', async () => {
    const timers = manualTimers();
    const queue = new LaunchQueue({ timers });
    const { importer, batches, finish } = controlledImporter();
    queue.start(importer);
    queue.add(['/a']);
    await finish('busy');
    queue.add(['/b']);
    expect(batches).toEqual([['/a']]);
    timers.fire();
    expect(batches).toEqual([['/a'], ['/a', '/b']]);
  });

  it('reports a batch that threw and goes on with the next', async () => {
    const errors: [unknown, string[]][] = [];
    const queue = new LaunchQueue({ onError: (err, paths) => errors.push([err, paths]) });
    const imported: string[][] = [];
    queue.add(['/bad']);
    queue.start(async (paths) => {
      if (paths.includes('/bad')) throw new Error('no such folder');
      imported.push(paths);
      return 'done';
    });
    queue.add(['/good']);
    await queue.whenIdle();
    expect(errors).toEqual([[new Error('no such folder'), ['/bad']]]);
    expect(imported).toEqual([['/good']]);
  });
});
