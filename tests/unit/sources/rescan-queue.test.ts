// When the watcher re-scans: on fake timers, so the quiet period is exact and nothing waits.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WatchStatus } from '../../../src-main/contract/archive';
import { RescanQueue } from '../../../src-main/core/sources/rescan-queue';

let scans: string[];
let statuses: WatchStatus[];
/** Ends the scan under way; each scan waits for this, as a real import takes time. */
let finishScan: () => void;
let queue: RescanQueue;

beforeEach(() => {
  vi.useFakeTimers();
  scans = [];
  statuses = [];
  queue = new RescanQueue(
    (root, started) => {
      scans.push(root);
      started();
      return new Promise<void>((done) => (finishScan = done));
    },
    (status) => statuses.push(status),
    500,
  );
});
afterEach(() => vi.useRealTimers());

/** Lets the scan under way end, and the queue move on. */
async function endScan(): Promise<void> {
  finishScan();
  await vi.advanceTimersByTimeAsync(0);
}

describe('RescanQueue', () => {
  it('scans a folder once its changes have been quiet for the whole period', async () => {
    queue.touch('/a');
    await vi.advanceTimersByTimeAsync(400);
    queue.touch('/a');
    await vi.advanceTimersByTimeAsync(400);
    expect(scans).toEqual([]);
    await vi.advanceTimersByTimeAsync(100);
    expect(scans).toEqual(['/a']);
  });

  it('reports pending, importing, then idle', async () => {
    queue.touch('/a');
    queue.touch('/a');
    await vi.advanceTimersByTimeAsync(500);
    await endScan();
    expect(statuses).toEqual([{ state: 'pending', path: '/a' }, { state: 'importing', path: '/a' }, { state: 'idle' }]);
  });

  it('says importing only once the scan has really begun', async () => {
    queue = new RescanQueue(
      (root) => {
        scans.push(root);
        return new Promise<void>((done) => (finishScan = done));
      },
      (status) => statuses.push(status),
      500,
    );
    queue.touch('/a');
    await vi.advanceTimersByTimeAsync(500);
    expect(scans).toEqual(['/a']);
    expect(statuses).toEqual([{ state: 'pending', path: '/a' }]);
  });

  it('scans one folder at a time', async () => {
    queue.touch('/a');
    queue.touch('/b');
    await vi.advanceTimersByTimeAsync(500);
    expect(scans).toEqual(['/a']);
    await endScan();
    expect(scans).toEqual(['/a', '/b']);
  });

  it('scans a folder again when it changes during its scan', async () => {
    queue.touch('/a');
    await vi.advanceTimersByTimeAsync(500);
    queue.touch('/a');
    await vi.advanceTimersByTimeAsync(500);
    await endScan();
    expect(scans).toEqual(['/a', '/a']);
  });

  it('shows a folder still waiting, not idle, when a scan ends before its quiet period', async () => {
    queue.touch('/a');
    await vi.advanceTimersByTimeAsync(500);
    queue.touch('/b');
    await endScan();
    expect(statuses.at(-1)).toEqual({ state: 'pending', path: '/b' });
  });

  it('forgets changes of a folder cancelled before its scan, and says idle', async () => {
    queue.touch('/a');
    queue.cancel('/a');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(scans).toEqual([]);
    expect(statuses).toEqual([{ state: 'pending', path: '/a' }, { state: 'idle' }]);
  });

  it('ignores changes once stopped, and waits for the scan under way', async () => {
    queue.touch('/a');
    await vi.advanceTimersByTimeAsync(500);
    let stopped = false;
    const stopping = queue.stop().then(() => (stopped = true));
    queue.touch('/b');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(stopped).toBe(false);
    await endScan();
    await stopping;
    expect(scans).toEqual(['/a']);
  });
});
